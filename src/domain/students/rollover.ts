/**
 * The yearly roll-over: each promoted student with a seat at the end of a year moves to the class
 * of the next grade with the same section in the new year (7A1 → 8A1); grade 9 finishes. Pure:
 * the plan is shown as a preview, then carried out as is.
 */
export type Seat = { studentId: number | string; className: string; grade: number }
export type TargetClass = { id: number | string; name: string; grade: number; capacity: number; seated: number }
export type Move = { studentId: number | string; fromClass: string; toClassId: number | string; toClass: string }
export type RolloverPlan = {
  moves: Move[]
  finishing: number
  keptBack: number
  alreadyPlaced: number
  problems: Array<{ className: string; message: string }>
}

/** `7A1` → `8A1`; null for grade 9 or a name outside the pattern. */
export const nextClassName = (name: string): string | null => {
  const match = /^([6-8])(.*)$/.exec(name.trim())
  return match ? `${Number(match[1]) + 1}${match[2]}` : null
}

export const planRollover = (
  seats: Seat[],
  targets: TargetClass[],
  options: { keptBack?: Set<string>; placed?: Set<string> } = {},
): RolloverPlan => {
  const plan: RolloverPlan = { moves: [], finishing: 0, keptBack: 0, alreadyPlaced: 0, problems: [] }
  const byName = new Map(targets.map((t) => [t.name, { ...t }]))
  const missing = new Set<string>()
  for (const seat of seats) {
    const key = String(seat.studentId)
    if (options.placed?.has(key)) {
      plan.alreadyPlaced += 1
      continue
    }
    if (options.keptBack?.has(key)) {
      plan.keptBack += 1
      continue
    }
    if (seat.grade >= 9) {
      plan.finishing += 1
      continue
    }
    const name = nextClassName(seat.className)
    const target = name ? byName.get(name) : undefined
    if (!target) {
      missing.add(name ?? seat.className)
      continue
    }
    target.seated += 1
    plan.moves.push({
      studentId: seat.studentId,
      fromClass: seat.className,
      toClassId: target.id,
      toClass: target.name,
    })
  }
  for (const name of missing) plan.problems.push({ className: name, message: `Năm học mới chưa có lớp ${name}.` })
  for (const target of byName.values()) {
    if (target.seated > target.capacity)
      plan.problems.push({
        className: target.name,
        message: `Lớp ${target.name} sẽ có ${target.seated} học sinh, vượt ${target.capacity}.`,
      })
  }
  return plan
}
