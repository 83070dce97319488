import type { CollectionBeforeChangeHook } from 'payload'

/** The staff member who uploads a file is recorded by the server, whatever the request says. */
export const recordUploader: CollectionBeforeChangeHook = ({ data, operation, req }) => {
  if (operation === 'create') data.uploadedBy = req.user?.collection === 'users' ? req.user.id : null
  return data
}
