/** Enrolment statuses that hold a seat in the class. */
export const ENROLMENT_STATUSES = ['studying', 'transferred-in', 'transferred-out', 'dropped-out', 'graduated'] as const
export type EnrolmentStatus = (typeof ENROLMENT_STATUSES)[number]

export const SEAT_HOLDING_STATUSES: readonly EnrolmentStatus[] = ['studying', 'transferred-in']

export const holdsSeat = (status: string | null | undefined): boolean =>
  (SEAT_HOLDING_STATUSES as readonly string[]).includes(status ?? '')
