import { getFieldsToSign, jwtSign, type PayloadRequest } from 'payload'
import { addSessionToUser, generatePayloadCookie } from 'payload/shared'

/**
 * Signs a guardian in as Payload's password login does: a new session on the account, a token
 * naming it, the auth cookie. For the sign-in by code, once the code has been checked and spent.
 */
export const signedInResponse = async (req: PayloadRequest, guardianId: number) => {
  const collection = req.payload.collections.guardians.config
  const user = (await req.payload.db.findOne({
    collection: 'guardians',
    where: { id: { equals: guardianId } },
    req,
  })) as Record<string, unknown> & { id: number; email: string }
  const { sid } = await addSessionToUser({
    collectionConfig: collection,
    payload: req.payload,
    req,
    user: user as never,
  })
  const fieldsToSign = getFieldsToSign({ collectionConfig: collection, email: user.email, sid, user: user as never })
  const { exp, token } = await jwtSign({
    fieldsToSign,
    secret: req.payload.secret,
    tokenExpiration: collection.auth.tokenExpiration,
  })
  const cookie = generatePayloadCookie({
    collectionAuthConfig: collection.auth,
    cookiePrefix: req.payload.config.cookiePrefix,
    token,
  })
  return Response.json(
    {
      message: 'Đăng nhập thành công.',
      token,
      exp,
      user: { id: user.id, email: user.email, fullName: user.fullName, collection: 'guardians' },
    },
    { headers: { 'Set-Cookie': cookie as string } },
  )
}
