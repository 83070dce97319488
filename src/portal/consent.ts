import type { Payload, PayloadRequest } from 'payload'

import { mediaOfArticle } from '@/website/mediaOfArticle'

/**
 * A guardian gives or withdraws their child's consent to publication (Personal Data Protection
 * Law 2025). The consent lives in `students.publicationConsent`, which every publication reads
 * live (`access/consent.ts`, `website/publicationConsent.ts`), so a withdrawal holds for new
 * publications at once. Items already published that show the child are listed in a
 * `consent-withdrawals` record for the website administrator to review.
 */
export const setGuardianConsent = async (
  req: PayloadRequest,
  guardianId: number,
  studentId: number,
  consent: boolean,
) => {
  const { payload } = req
  const student = await payload.findByID({
    collection: 'students',
    id: studentId,
    depth: 0,
    select: { publicationConsent: true },
    overrideAccess: true, // the confirmed child's consent, checked by the caller
    req,
  })
  const current = student.publicationConsent ?? {}
  await payload.update({
    collection: 'students',
    id: studentId,
    data: { publicationConsent: { ...current, guardianConsent: consent, guardianConsentDate: null } },
    depth: 0,
    overrideAccess: true, // the guardian changes only this field of their confirmed child; audited
    req,
  })
  if (consent) return { consent, published: [] }
  const published = await publishedItemsShowing(payload, studentId, req)
  await payload.create({
    collection: 'consent-withdrawals',
    data: { student: studentId, guardian: guardianId, items: published, reviewed: false },
    overrideAccess: true, // system record of the withdrawal for the website administrator
    req,
  })
  return { consent, published }
}

export type PublishedItem = { collection: 'articles' | 'media'; id: number; title: string }

/** Published articles whose images are tagged with the student, and those images. */
export const publishedItemsShowing = async (
  payload: Payload,
  studentId: number,
  req?: PayloadRequest,
): Promise<PublishedItem[]> => {
  const common = { depth: 0, pagination: false as const, overrideAccess: true, ...(req ? { req } : {}) } // listing for review only
  const media = await payload.find({
    collection: 'media',
    where: { students: { contains: studentId } },
    select: { filename: true, alt: true },
    ...common,
  })
  if (media.docs.length === 0) return []
  const mediaIds = new Set(media.docs.map((m) => String(m.id)))
  const articles = await payload.find({
    collection: 'articles',
    where: { _status: { equals: 'published' } },
    select: { title: true, coverImage: true, content: true },
    ...common,
  })
  const showing = articles.docs.filter((a) =>
    mediaOfArticle(a as unknown as Record<string, unknown>).some((id) => mediaIds.has(String(id))),
  )
  const usedMedia = new Set(showing.flatMap((a) => mediaOfArticle(a as unknown as Record<string, unknown>).map(String)))
  return [
    ...showing.map((a) => ({ collection: 'articles' as const, id: a.id, title: a.title })),
    ...media.docs
      .filter((m) => usedMedia.has(String(m.id)))
      .map((m) => ({ collection: 'media' as const, id: m.id, title: m.alt || m.filename || String(m.id) })),
  ]
}
