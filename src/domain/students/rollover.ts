/**
 * The yearly roll-over from the year's final outcomes (Thông tư 22, after the principal's final
 * approval): a promoted student moves to the class of the next grade with the same section in the
 * new year (7A1 → 8A1); a student kept back (or over the absence limit) repeats the grade in the
 * class of the same name; a grade 9 student who completed the programme leaves as graduated. A
 * class not closed blocks the whole run. Pure: the plan is shown as a preview, then carried out as is.
 */
export type Seat = {
  studentId: number | string
  className: string
  classId?: number | string
  grade: number
  /** The final outcome (year-end result of a closed class). */
  outcome: string | null
}
export type TargetClass = { id: number | string; name: string; grade: number; capacity: number; seated: number }
export type Move = {
  studentId: number | string
  fromClass: string
  toClassId: number | string
  toClass: string
  kind: 'promote' | 'repeat'
}
export type Graduation = { studentId: number | string; fromClass: string; fromClassId?: number | string }
export type RolloverPlan = {
  moves: Move[]
  graduating: Graduation[]
  /** Counts, for a summary: graduating students, repeating students. */
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

const REPEATS = new Set(['kept-back', 'absences-over-limit'])

export const planRollover = (
  seats: Seat[],
  targets: TargetClass[],
  options: { placed?: Set<string>; notClosed?: string[] } = {},
): RolloverPlan => {
  const plan: RolloverPlan = { moves: [], graduating: [], finishing: 0, keptBack: 0, alreadyPlaced: 0, problems: [] }
  for (const name of options.notClosed ?? [])
    plan.problems.push({ className: name, message: `Lớp ${name} chưa được hiệu trưởng duyệt lần cuối (khoá sổ).` })
  const blocked = new Set(options.notClosed ?? [])
  const byName = new Map(targets.map((t) => [t.name, { ...t }]))
  const missing = new Set<string>()
  const undecided = new Map<string, number>()
  for (const seat of seats) {
    if (blocked.has(seat.className)) continue
    const key = String(seat.studentId)
    if (options.placed?.has(key)) {
      plan.alreadyPlaced += 1
      continue
    }
    if (seat.outcome === 'completed' || (seat.grade >= 9 && seat.outcome === 'promoted')) {
      plan.graduating.push({ studentId: seat.studentId, fromClass: seat.className, fromClassId: seat.classId })
      continue
    }
    const repeat = REPEATS.has(seat.outcome ?? '')
    if (!repeat && seat.outcome !== 'promoted') {
      undecided.set(seat.className, (undecided.get(seat.className) ?? 0) + 1)
      continue
    }
    const name = repeat ? seat.className : nextClassName(seat.className)
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
      kind: repeat ? 'repeat' : 'promote',
    })
  }
  plan.finishing = plan.graduating.length
  plan.keptBack = plan.moves.filter((m) => m.kind === 'repeat').length
  for (const [name, count] of undecided)
    plan.problems.push({ className: name, message: `Lớp ${name}: ${count} học sinh chưa có kết quả cuối năm.` })
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
