import { BaseSequencer, type TestSpecification } from 'vitest/node'

/**
 * Integration files that take minutes (the whole year's archive above all) start first, so that the
 * two workers end together: a fresh clone has no timing cache, and Vitest then orders by file size,
 * which started the archive last in CI. A run given `--sequence.seed` is shuffled with that seed
 * instead (the check that files pass in any order).
 */
const SLOW_FIRST = ['year-archive.test.ts', 'auth-hardening.test.ts', 'backup.test.ts', 'users.test.ts']

const rank = (file: TestSpecification) => {
  const index = SLOW_FIRST.findIndex((name) => file.moduleId.endsWith(`/${name}`))
  return index === -1 ? SLOW_FIRST.length : index
}

/** Fisher–Yates with a small seeded generator (mulberry32), so a shuffled order can be replayed. */
const shuffled = <T>(items: T[], seed: number): T[] => {
  let state = seed >>> 0
  const random = () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = Math.imul(state ^ (state >>> 15), 1 | state)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const result = [...items]
  for (let i = result.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1))
    ;[result[i], result[j]] = [result[j]!, result[i]!]
  }
  return result
}

export class SlowFirstSequencer extends BaseSequencer {
  async sort(files: TestSpecification[]) {
    const { seed } = this.ctx.config.sequence
    if (seed !== undefined) return shuffled(files, seed)
    return [...(await super.sort(files))].sort((a, b) => rank(a) - rank(b))
  }
}
