import type { CollectionSlug, PayloadRequest } from 'payload'

/**
 * Ends every session of an account but `keep` (the session making the change; none when
 * undefined): Payload checks a token's session id against the account's `sessions`, so the tokens
 * issued before stop working at once.
 */
export const keepOnlySession = async (
  req: PayloadRequest,
  collection: CollectionSlug,
  id: number | string,
  keep: string | undefined,
) => {
  const stored = (await req.payload.db.findOne({ collection, where: { id: { equals: id } }, req })) as {
    sessions?: Array<{ id: string }>
  } | null
  const sessions = (stored?.sessions ?? []).filter((session) => keep !== undefined && session.id === keep)
  await req.payload.db.updateOne({ collection, id, data: { sessions }, req, returning: false })
}
