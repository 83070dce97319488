import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-postgres'

import { rebuildMediaUse } from '../../hooks/media/mediaUsage'

/**
 * Hand-written (keep it after the generated migrations): documents saved before the media usage
 * mark existed get their `usedMedia` lists, and every file its `publicUse`, so that published
 * content keeps showing its images and public documents their attachments. Idempotent.
 */
export async function up({ req }: MigrateUpArgs): Promise<void> {
  await rebuildMediaUse(req as Parameters<typeof rebuildMediaUse>[0])
}

export async function down(_args: MigrateDownArgs): Promise<void> {
  // nothing to undo: the generated migrations' down drops the columns
}
