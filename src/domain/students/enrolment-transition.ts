import { holdsSeat } from '../structure/enrolment'

/**
 * Enrolment history is a list of records, never rewritten: a student's standing in a school year
 * is their latest record of that year. A leaving record (transfer out, drop-out) must follow a
 * seat in the same class; a seat-holding record needs no seat held elsewhere that year.
 */
export type LatestRecord = { status: string; classId: number | string } | null

export const transitionError = (
  latest: LatestRecord,
  next: { status: string; classId: number | string },
): { path: string; message: string } | null => {
  const seated = latest !== null && holdsSeat(latest.status)
  if (holdsSeat(next.status)) {
    return seated ? { path: 'student', message: 'Học sinh đã có lớp trong năm học này.' } : null
  }
  if (!seated || String(latest!.classId) !== String(next.classId)) {
    return { path: 'status', message: 'Học sinh không đang học ở lớp này nên không thể chuyển đi hoặc thôi học.' }
  }
  return null
}
