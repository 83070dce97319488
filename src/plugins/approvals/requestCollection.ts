import {
  APIError,
  type CollectionBeforeChangeHook,
  type CollectionConfig,
  type CollectionSlug,
  type Config,
  type PayloadRequest,
  ValidationError,
  type Where,
} from 'payload'

import { labelIn, translate } from '@haugiang/payload-plugin-i18n'
import type { ApprovalRequestType, RequestStatus } from './types'

/** The `req.context` key naming the request (`{ collection, id }`) while its `apply` step runs. */
export const APPROVAL_REQUEST_CONTEXT = 'approvalRequest'

const forbidden = (req: PayloadRequest, key: string) =>
  new APIError(translate(req, `approvals:${key}`), 403, undefined, true)

type Built = { config: Config; usersCollection: CollectionSlug; enabled: boolean; decisionField: string }

/**
 * The collection of one kind of request: ask → decide once → apply, with the two-person rule.
 * Disabled, it keeps its fields (the schema does not change) and loses its rules and its control.
 */
export const requestCollection = (type: ApprovalRequestType, built: Built): CollectionConfig => {
  const { config, usersCollection, enabled } = built
  const t = (key: string) => labelIn(config, 'approvals', key)
  const ownFields = new Set(type.fields.flatMap((f) => ('name' in f ? [f.name] : [])))

  const decide: CollectionBeforeChangeHook = async ({ data, originalDoc, req, operation, collection }) => {
    if (operation === 'create') {
      const base = Object.fromEntries(Object.entries(data).filter(([key]) => ownFields.has(key)))
      const prepared = type.prepare ? await type.prepare({ req, data: base }) : base
      return {
        ...prepared,
        status: 'pending',
        // Server code without a user (a seed, a job) names the requester itself.
        requestedBy: req.user?.id ?? data.requestedBy ?? null,
        decidedBy: null,
        decidedAt: null,
        decisionNote: null,
      }
    }
    const original = originalDoc as Record<string, unknown>
    if (original.status !== 'pending') throw forbidden(req, 'alreadyDecided')
    const requester =
      original.requestedBy && typeof original.requestedBy === 'object'
        ? (original.requestedBy as { id: unknown }).id
        : original.requestedBy
    const decider = req.user?.id ?? data.decidedBy ?? null
    if (decider === null) throw forbidden(req, 'notDecider')
    if (String(requester) === String(decider)) throw forbidden(req, 'ownRequest')
    if (req.user && !(await type.canDecide({ req, doc: original }))) throw forbidden(req, 'notDecider')
    const status = data.status as RequestStatus
    if (status !== 'approved' && status !== 'rejected') {
      throw new ValidationError({
        collection: collection.slug,
        errors: [{ path: 'status', message: translate(req, 'approvals:badStatus') }],
      })
    }
    const note = typeof data.decisionNote === 'string' ? data.decisionNote.trim() : ''
    if (!note && (type.noteRequired === 'always' || status === 'rejected')) {
      throw new ValidationError({
        collection: collection.slug,
        errors: [{ path: 'decisionNote', message: translate(req, 'approvals:noteRequired') }],
      })
    }
    // Everything but the decision stays as it was asked.
    const decided = {
      ...original,
      status,
      decisionNote: note || null,
      decidedBy: decider,
      decidedAt: new Date().toISOString(),
    }
    if (status === 'approved') {
      // Writes made by `apply` can tell what caused them (e.g. an audit trail links the request).
      const previous = req.context[APPROVAL_REQUEST_CONTEXT]
      req.context[APPROVAL_REQUEST_CONTEXT] = { collection: collection.slug, id: original.id }
      try {
        await type.apply({ req, request: decided })
      } finally {
        if (previous === undefined) delete req.context[APPROVAL_REQUEST_CONTEXT]
        else req.context[APPROVAL_REQUEST_CONTEXT] = previous
      }
    }
    return decided
  }

  return {
    slug: type.slug,
    labels: type.labels,
    admin: { group: t('group'), defaultColumns: ['status', 'requestedBy', 'createdAt'], ...type.admin },
    access: {
      create: ({ req, data }) => Boolean(req.user) && type.canRequest({ req, data }),
      read: async (args) => {
        const user = args.req.user
        if (!user) return false
        const own: Where = { requestedBy: { equals: user.id } }
        const others = type.canRead ? await type.canRead(args) : false
        if (others === true) return true
        return others ? { or: [own, others] } : own
      },
      // Only pending requests, never one's own; the decision hook checks the rest per document.
      update: async ({ req }) => {
        if (!req.user || !(await type.canDecide({ req }))) return false
        const and: Where[] = [{ status: { equals: 'pending' } }, { requestedBy: { not_equals: req.user.id } }]
        return { and }
      },
      // Requests are kept for good.
      delete: () => false,
      readVersions: () => false,
    },
    hooks: enabled ? { beforeChange: [decide] } : {},
    fields: [
      ...type.fields,
      {
        name: 'status',
        type: 'select',
        required: true,
        defaultValue: 'pending',
        index: true,
        label: t('status'),
        options: [
          { value: 'pending', label: t('pending') },
          { value: 'approved', label: t('approved') },
          { value: 'rejected', label: t('rejected') },
        ],
        // The state as words, and "approve" / "reject" buttons for whoever may decide.
        admin: {
          position: 'sidebar',
          components: enabled ? { Field: built.decisionField } : {},
        },
      },
      {
        name: 'requestedBy',
        type: 'relationship',
        relationTo: usersCollection,
        index: true,
        label: t('requestedBy'),
        admin: { readOnly: true, position: 'sidebar' },
      },
      {
        name: 'decidedBy',
        type: 'relationship',
        relationTo: usersCollection,
        label: t('decidedBy'),
        admin: { readOnly: true, position: 'sidebar' },
      },
      { name: 'decidedAt', type: 'date', label: t('decidedAt'), admin: { readOnly: true, position: 'sidebar' } },
      { name: 'decisionNote', type: 'textarea', label: t('decisionNote'), admin: { position: 'sidebar' } },
    ],
  }
}
