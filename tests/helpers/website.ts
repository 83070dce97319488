import type { Payload } from 'payload'

import type { TestUser } from './payload'

/** An article moved to a review stage by that person, with their access (the workflow's transition). */
export const moveArticle = (payload: Payload, user: TestUser, id: number, reviewStage: string, reviewNotes?: string) =>
  payload.update({
    collection: 'articles',
    id,
    data: { reviewStage, ...(reviewNotes ? { reviewNotes } : {}) } as never,
    draft: true,
    user,
    overrideAccess: false,
  })

/** A file uploaded to the media library by that person, with their access. */
export const uploadMedia = (
  payload: Payload,
  user: TestUser,
  file: { data: Buffer; name: string; mimetype: string },
  data: Record<string, unknown>,
) =>
  payload.create({
    collection: 'media',
    data: data as never,
    file: { ...file, size: file.data.length },
    user,
    overrideAccess: false,
  })
