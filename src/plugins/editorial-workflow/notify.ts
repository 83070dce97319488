import { type CollectionAfterChangeHook, type CollectionSlug, getLocalI18n, type PayloadRequest } from 'payload'

import { stageLabel } from './rules'
import type { ResolvedOptions } from './types'

/** The notice in the notifications' language, whatever language the acting user reads. */
const noticeOf = async (o: ResolvedOptions, req: PayloadRequest, vars: { title: string; to: string }) => {
  const language = o.notificationLanguage
  const i18n =
    req.i18n?.language === language
      ? req.i18n
      : await getLocalI18n({ config: req.payload.config, language: language as never })
  const t = i18n.t as unknown as (key: string, vars?: Record<string, unknown>) => string
  const to = stageLabel(o.stages, vars.to, language, req.payload.config.i18n.fallbackLanguage)
  return t('editorialWorkflow:notificationTitle', { title: vars.title, to })
}

/**
 * After a stage change, tells the next reviewers: an in-app notification each, and an e-mail when
 * the project configured an e-mail adapter.
 */
export const notifyStageChange =
  (o: ResolvedOptions): CollectionAfterChangeHook =>
  async ({ collection, doc, operation, previousDoc, req }) => {
    if (!o.notify || operation !== 'update') return doc
    const f = o.fieldNames
    const from = (previousDoc?.[f.stage] as string | undefined) ?? null
    const to = doc[f.stage] as string
    if (from === to) return doc
    const acting = String(req.user?.id ?? '')
    const recipients = [
      ...new Map(
        (await o.notify({ doc, collection: collection.slug, from, to, req })).map((id) => [String(id), id]),
      ).values(),
    ].filter((id) => String(id) !== acting)
    if (recipients.length === 0) return doc
    const message = await noticeOf(o, req, { title: String(doc.title ?? doc.id), to })
    for (const recipient of recipients) {
      // system action: users cannot create notifications; the workflow writes them for the recipients
      await req.payload.create({
        collection: o.notificationsSlug as CollectionSlug,
        data: {
          recipient,
          message,
          documentCollection: collection.slug,
          documentId: String(doc.id),
          fromStage: from,
          toStage: to,
        } as never,
        overrideAccess: true,
        req,
      })
    }
    if (req.payload.config.email) {
      // system action: the recipients' addresses are read only to send them the notice
      const users = await req.payload.find({
        collection: o.userCollection,
        where: { id: { in: recipients } },
        overrideAccess: true,
        pagination: false,
        depth: 0,
        req,
      })
      for (const user of users.docs as Array<{ email?: string }>) {
        if (!user.email) continue
        await req.payload.sendEmail({ to: user.email, subject: message, text: message }).catch((error: unknown) => {
          req.payload.logger.error({ err: error, msg: 'editorial-workflow: e-mail failed' })
        })
      }
    }
    return doc
  }
