import type { Level } from './levels'

/** Year training result from the two terms (grading.md: rows term I, columns term II). */
const TABLE: Record<Level, Record<Level, Level>> = {
  tot: { tot: 'tot', kha: 'kha', dat: 'kha', 'chua-dat': 'chua-dat' },
  kha: { tot: 'tot', kha: 'kha', dat: 'dat', 'chua-dat': 'chua-dat' },
  dat: { tot: 'kha', kha: 'kha', dat: 'dat', 'chua-dat': 'chua-dat' },
  'chua-dat': { tot: 'kha', kha: 'dat', dat: 'dat', 'chua-dat': 'chua-dat' },
}

export const trainingYearResult = (termI: Level, termII: Level): Level => TABLE[termI][termII]
