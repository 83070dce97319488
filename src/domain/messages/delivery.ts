/** Who a message goes to and how its delivery stands: pure, no database. */
/** `wrong-number`: the channel refused the address for good (recorded, never retried). */
export type RecipientStatus = 'pending' | 'sent' | 'failed' | 'no-address' | 'wrong-number'
export type Recipient = {
  student: number | string
  guardianName: string
  address: string | null
  status: RecipientStatus
  attempts: number
  lastError?: string | null
  sentAt?: string | null
}

type Student = {
  id: number | string
  guardians?: Array<{ name?: string | null; email?: string | null; phone?: string | null }> | null
}

/**
 * One recipient per guardian of each student; a guardian (or a student with no guardian at all)
 * without an address for the channel is kept with status `no-address`, so the school sees who
 * was not reached.
 */
export const recipientsFor = (
  students: Student[],
  addressOf: (guardian: { email?: string | null; phone?: string | null }) => string | null,
): Recipient[] =>
  students.flatMap((student) => {
    const guardians = student.guardians ?? []
    if (guardians.length === 0) {
      return [{ student: student.id, guardianName: '', address: null, status: 'no-address' as const, attempts: 0 }]
    }
    return guardians.map((guardian) => {
      const address = addressOf(guardian)
      return {
        student: student.id,
        guardianName: guardian.name ?? '',
        address,
        status: address ? ('pending' as const) : ('no-address' as const),
        attempts: 0,
      }
    })
  })

export type MessageStatus = 'draft' | 'queued' | 'sent' | 'partially-sent' | 'failed'

/** The message's status from its recipients, once delivery has been tried. */
export const deliveryStatus = (recipients: Array<{ status: RecipientStatus }>): MessageStatus => {
  const reachable = recipients.filter((r) => r.status !== 'no-address')
  if (reachable.some((r) => r.status === 'pending')) return 'queued'
  const sent = reachable.filter((r) => r.status === 'sent').length
  if (sent === 0) return 'failed'
  return sent === recipients.length ? 'sent' : 'partially-sent'
}
