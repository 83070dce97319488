import { BaseSequencer, type TestSpecification } from 'vitest/node'

/**
 * Integration files share one seeded database. Most leave it as they found it; these move
 * students between classes for good (imports, transfers, roll-over), so they run last, and the
 * order is the same on every machine instead of depending on vitest's timing cache.
 */
const LAST = ['student-import', 'students-access', 'rollover']

const rank = (spec: TestSpecification) => {
  const name = spec.moduleId
    .split('/')
    .pop()!
    .replace(/\.test\.ts$/, '')
  const index = LAST.indexOf(name)
  return index === -1 ? -1 : index
}

export default class SharedDatabaseSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]) {
    return [...files].sort((a, b) => rank(a) - rank(b) || a.moduleId.localeCompare(b.moduleId))
  }
}
