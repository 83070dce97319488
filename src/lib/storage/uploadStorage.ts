import { s3Storage } from '@payloadcms/storage-s3'

/** The collections that hold uploaded files: where their files live is decided here, for all of them. */
export const UPLOAD_COLLECTIONS = ['media', 'exam-papers', 'export-runs', 'message-attachments'] as const

type StorageEnv = Record<string, string | undefined>

/**
 * Uploads in an S3 bucket when `S3_BUCKET` is set (several instances then share the files), else
 * in the local folders of each collection (`staticDir`). Files are still served through Payload's
 * `/api/<collection>/file/…` route, so a file's read access holds whichever storage keeps it. The
 * schema is the same both ways, so switching needs no migration.
 */
export const uploadStorage = (env: StorageEnv = process.env) => {
  const endpoint = env.S3_ENDPOINT || undefined
  return s3Storage({
    enabled: Boolean(env.S3_BUCKET),
    // The storage's fields (the object's key and prefix) exist either way: one schema, one migration.
    alwaysInsertFields: true,
    bucket: env.S3_BUCKET ?? '',
    collections: Object.fromEntries(UPLOAD_COLLECTIONS.map((slug) => [slug, true])),
    config: {
      region: env.S3_REGION || 'us-east-1',
      endpoint,
      // An S3-compatible server of the school's own (MinIO, Ceph, …) addresses buckets by path and
      // may not know the checksums AWS adds by default.
      forcePathStyle: Boolean(endpoint),
      ...(endpoint ? { requestChecksumCalculation: 'WHEN_REQUIRED', responseChecksumValidation: 'WHEN_REQUIRED' } : {}),
      credentials:
        env.S3_ACCESS_KEY_ID && env.S3_SECRET_ACCESS_KEY
          ? { accessKeyId: env.S3_ACCESS_KEY_ID, secretAccessKey: env.S3_SECRET_ACCESS_KEY }
          : undefined,
    },
  })
}
