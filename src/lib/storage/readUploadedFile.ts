import fs from 'node:fs/promises'
import path from 'node:path'

import { type CollectionSlug, createLocalReq, type Payload } from 'payload'

/**
 * The bytes of an uploaded file wherever its collection keeps it: through the collection's upload
 * handlers (a storage adapter's, e.g. S3), else from its local folder; null when it is missing.
 * For the server's own use of a file it already decided to show (the crest as the favicon).
 */
export const readUploadedFile = async (
  payload: Payload,
  slug: CollectionSlug,
  doc: { filename?: string | null },
): Promise<Buffer | null> => {
  const upload = payload.collections[slug]?.config.upload
  const filename = doc.filename ? path.basename(doc.filename) : null
  if (!upload || !filename) return null
  const handlers = upload.handlers ?? []
  // One request for all of them, and none when the files are only local.
  const req = handlers.length > 0 ? await createLocalReq({}, payload) : null
  for (const handler of handlers) {
    if (!req) break
    const response = await handler(req, {
      doc: doc as never,
      headers: new Headers(),
      params: { collection: slug, filename },
    })
    if (response instanceof Response && response.ok) return Buffer.from(await response.arrayBuffer())
  }
  if (upload.disableLocalStorage || !upload.staticDir) return null
  return fs.readFile(path.join(path.resolve(upload.staticDir), filename)).catch(() => null)
}
