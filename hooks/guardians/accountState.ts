import { APIError, type CollectionBeforeChangeHook, type CollectionBeforeLoginHook } from 'payload'

/** A deactivated guardian cannot sign in. */
export const refuseInactiveGuardian: CollectionBeforeLoginHook = ({ user }) => {
  if ((user as { active?: boolean | null }).active === false) {
    throw new APIError('Tài khoản phụ huynh này đã bị khoá. Vui lòng liên hệ nhà trường.', 403, null, true)
  }
  return user
}

/** Deactivating an account (or the school's "end sessions") drops every open session at once. */
export const revokeSessionsWhenDeactivated: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  // Only the school deactivates (the field's access refuses the guardian, later in the same update).
  if (req.user?.collection === 'guardians') return data
  if (data.active === false && (originalDoc as { active?: boolean } | undefined)?.active !== false) {
    return { ...data, sessions: [] }
  }
  return data
}
