import type { CollectionBeforeChangeHook } from 'payload'

import { guardianOf } from '@/access/guardians'

/** The uploader is the signed-in guardian; the class comes later with the message (system write). */
export const stampUploader: CollectionBeforeChangeHook = ({ data, operation, req }) => {
  const guardian = guardianOf(req)
  if (operation === 'create' && guardian) {
    data.guardian = guardian.id
    data.class = null
  }
  return data
}
