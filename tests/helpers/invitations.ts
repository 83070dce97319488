import type { TestContext } from './payload'

/** An invitation's link used after its expiry (moved into the past), as a guardian would: the answer. */
export const acceptExpiredInvite = async (t: TestContext, guardianId: number, token: string) => {
  await t.payload.update({
    collection: 'guardians',
    id: guardianId,
    data: { inviteExpiresAt: new Date(Date.now() - 1000).toISOString() },
  })
  return t.api.rest('POST', '/guardians/accept-invite', { body: { token, password: 'Moi123456789' } })
}
