import { type CollectionBeforeChangeHook, type CollectionSlug, type PayloadRequest, ValidationError } from 'payload'

import { translate } from '@haugiang/payload-plugin-i18n'
import { operationFacts } from './operation'
import { transitionRefusal } from './permissions'
import { contentChanged, findTransition, stageLabel as labelOf } from './rules'
import type { ResolvedOptions, WorkflowUser } from './types'

type Doc = Record<string, unknown>
type HistoryEvent = 'create' | 'transition' | 'reset' | 'publish' | 'unpublish'

/** Whether the live (non-version) document is published now. */
const liveIsPublished = async (req: PayloadRequest, collection: CollectionSlug, id: unknown): Promise<boolean> => {
  if (id === undefined || id === null) return false
  const live = await req.payload.db.findOne({ collection, req, where: { id: { equals: id } } })
  return (live as Doc | null)?._status === 'published'
}

/**
 * The workflow's server-side guard, a beforeChange hook on every governed collection: it runs for
 * every door that writes a document (REST, GraphQL, Local API, admin, bulk update, version restore,
 * scheduled publish job), whatever access was overridden. It
 * - allows only configured transitions, each only to those the transition names, never an approval
 *   by the author;
 * - sends an approved document edited afterwards, one edited while under review (`frozenStages`),
 *   or a restored version, back to the first stage;
 * - publishes (or unpublishes) only from the publish stage, only by a publisher, after the
 *   extra checks;
 * - appends every change of stage or publication to the history.
 * A user is checked whenever there is one; a call with no user is a system action (seed, job run
 * without a user) and is still held to the transitions graph and the publish stage.
 */
export const guardWorkflow =
  (o: ResolvedOptions): CollectionBeforeChangeHook =>
  async ({ collection, data, operation, originalDoc, req }) => {
    const f = o.fieldNames
    const language = req.i18n?.language
    const m = (key: string, vars?: Record<string, unknown>) => translate(req, `editorialWorkflow:${key}`, vars)
    const stageLabel = (value: string | null) =>
      labelOf(o.stages, value, language, req.payload.config.i18n.fallbackLanguage)
    const fail = (path: string, message: string): never => {
      throw new ValidationError({ collection: collection.slug, errors: [{ path, message }] }, req.t)
    }
    const user = (req.user as WorkflowUser | null | undefined) ?? null
    const facts = operationFacts(req)
    const original = operation === 'update' ? (originalDoc as Doc | undefined) : undefined
    const ignored = new Set([
      f.stage,
      f.author,
      f.assignee,
      f.notes,
      f.history,
      '_status',
      'updatedAt',
      'createdAt',
      'id',
      'deletedAt',
    ])

    const from = original ? ((original[f.stage] as string | undefined) ?? o.initialStage) : null
    let to = (data[f.stage] as string | undefined) ?? from ?? o.initialStage
    const note = typeof data[f.notes] === 'string' ? (data[f.notes] as string).trim() : ''
    const events: Array<{ event: HistoryEvent; from: string | null; to: string; note?: string }> = []
    let editedAfterApproval = false
    const frozen = from !== null && o.frozenStages.includes(from)

    if (operation === 'create') {
      if (user) {
        // a user's new document (a duplicate too) starts at the first stage, written by them
        data[f.author] = user.id
        to = o.initialStage
      }
      events.push({ event: 'create', from: null, to })
    } else if (facts.restoring) {
      // An older version comes back as a new draft: it is reviewed again like any edit.
      to = o.initialStage
      if (from !== to) events.push({ event: 'reset', from, to, note: m('restoredToDraft') })
    } else if (to === from && from === o.publishStage && contentChanged(data, original, ignored)) {
      to = o.initialStage
      editedAfterApproval = true
      events.push({ event: 'reset', from, to, note: m('editedAfterApproval') })
    } else if (to === from && frozen && contentChanged(data, original, ignored)) {
      // content under review is frozen: an edit withdraws it from review, the history keeps both
      to = o.initialStage
      events.push({ event: 'reset', from, to, note: m('editedDuringReview', { stage: stageLabel(from) }) })
    } else if (from !== null && to !== from) {
      if (frozen && contentChanged(data, original, ignored))
        fail(f.stage, m('frozenDuringReview', { stage: stageLabel(from) }))
      const transition = findTransition(o.transitions, from, to)
      if (!transition) return fail(f.stage, m('transitionNotAllowed', { from: stageLabel(from), to: stageLabel(to) }))
      const doc = { ...original, ...data }
      if (user) {
        const refusal = await transitionRefusal(o, transition, { user, doc, req })
        if (refusal === 'selfApproval') fail(f.stage, m('selfApproval'))
        if (refusal === 'forbidden')
          fail(f.stage, m('transitionForbidden', { from: stageLabel(from), to: stageLabel(to) }))
      }
      if (transition.requireNote && !note) fail(f.notes, m('noteRequired'))
      events.push({ event: 'transition', from, to, note: note || undefined })
    }
    data[f.stage] = to

    // Publication: a write of the live document (not a draft version) that leaves it published.
    const requestedStatus = (data._status as string | undefined) ?? (original?._status as string | undefined) ?? 'draft'
    const savingDraft = facts.draft && requestedStatus !== 'published'
    if (facts.restoring) data._status = 'draft'
    const nextStatus = facts.restoring ? 'draft' : requestedStatus
    const doc = { ...original, ...data }
    if (!savingDraft && nextStatus === 'published') {
      const wasLive = operation === 'update' && (await liveIsPublished(req, collection.slug, original?.id))
      const republishUnchanged = wasLive && original?._status === 'published' && events.length === 0
      if (!republishUnchanged) {
        if (to !== o.publishStage) {
          fail(
            '_status',
            editedAfterApproval
              ? m('editedAfterApproval')
              : m('publishFromStage', { stage: stageLabel(to), required: stageLabel(o.publishStage) }),
          )
        }
        if (user && !(await o.canPublish({ user, doc, req }))) fail('_status', m('publishForbidden'))
        const refusal = o.beforePublish ? await o.beforePublish({ doc, req }) : null
        if (refusal) fail('_status', refusal)
        events.push({ event: 'publish', from: to, to })
      }
    } else if (!savingDraft && operation === 'update' && (await liveIsPublished(req, collection.slug, original?.id))) {
      if (user && !(await o.canPublish({ user, doc, req }))) fail('_status', m('publishForbidden'))
      events.push({ event: 'unpublish', from: to, to })
    }

    if (events.length > 0) {
      const at = new Date().toISOString()
      const previous = (original?.[f.history] as Doc[] | undefined) ?? []
      data[f.history] = [...previous, ...events.map((e) => ({ ...e, by: user?.id ?? null, at, note: e.note ?? null }))]
    }
    return data
  }
