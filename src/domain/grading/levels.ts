/** The four levels of learning and training results, lowest first. */
export const LEVELS = ['chua-dat', 'dat', 'kha', 'tot'] as const
export type Level = (typeof LEVELS)[number]

export const LEVEL_LABELS: Record<Level, string> = { tot: 'Tốt', kha: 'Khá', dat: 'Đạt', 'chua-dat': 'Chưa đạt' }

export const rank = (level: Level): number => LEVELS.indexOf(level)
export const atLeast = (level: Level, floor: Level): boolean => rank(level) >= rank(floor)
