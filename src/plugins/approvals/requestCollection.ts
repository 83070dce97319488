import { APIError, type CollectionConfig, ValidationError, type Where } from 'payload'

import { messages, t } from './translations'
import type { ApprovalRequestType, RequestStatus } from './types'

/** The `req.context` key naming the request (`{ collection, id }`) while its `apply` step runs. */
export const APPROVAL_REQUEST_CONTEXT = 'approvalRequest'

const forbidden = (message: string) => new APIError(message, 403, undefined, true)

/** The collection of one kind of request: ask → decide once → apply, with the two-person rule. */
export const requestCollection = (type: ApprovalRequestType, usersCollection: string): CollectionConfig => {
  const ownFields = new Set(type.fields.flatMap((f) => ('name' in f ? [f.name] : [])))

  return {
    slug: type.slug,
    labels: type.labels,
    admin: { group: t.group, defaultColumns: ['status', 'requestedBy', 'createdAt'], ...type.admin },
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
    hooks: {
      beforeChange: [
        async ({ data, originalDoc, req, operation, collection }) => {
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
          if (original.status !== 'pending') throw forbidden(messages.alreadyDecided)
          const requester =
            original.requestedBy && typeof original.requestedBy === 'object'
              ? (original.requestedBy as { id: unknown }).id
              : original.requestedBy
          const decider = req.user?.id ?? data.decidedBy ?? null
          if (decider === null) throw forbidden(messages.notDecider)
          if (String(requester) === String(decider)) throw forbidden(messages.ownRequest)
          if (req.user && !(await type.canDecide({ req, doc: original }))) throw forbidden(messages.notDecider)
          const status = data.status as RequestStatus
          if (status !== 'approved' && status !== 'rejected') {
            throw new ValidationError({
              collection: collection.slug,
              errors: [{ path: 'status', message: messages.badStatus }],
            })
          }
          const note = typeof data.decisionNote === 'string' ? data.decisionNote.trim() : ''
          if (!note && (type.noteRequired === 'always' || status === 'rejected')) {
            throw new ValidationError({
              collection: collection.slug,
              errors: [{ path: 'decisionNote', message: messages.noteRequired }],
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
        },
      ],
    },
    fields: [
      ...type.fields,
      {
        name: 'status',
        type: 'select',
        required: true,
        defaultValue: 'pending',
        index: true,
        label: t.status,
        options: [
          { value: 'pending', label: t.pending },
          { value: 'approved', label: t.approved },
          { value: 'rejected', label: t.rejected },
        ],
        // The state as words, and "approve" / "reject" buttons for whoever may decide.
        admin: {
          position: 'sidebar',
          components: { Field: '@/plugins/approvals/components/DecisionField#DecisionField' },
        },
      },
      {
        name: 'requestedBy',
        type: 'relationship',
        relationTo: usersCollection as 'users',
        index: true,
        label: t.requestedBy,
        admin: { readOnly: true, position: 'sidebar' },
      },
      {
        name: 'decidedBy',
        type: 'relationship',
        relationTo: usersCollection as 'users',
        label: t.decidedBy,
        admin: { readOnly: true, position: 'sidebar' },
      },
      { name: 'decidedAt', type: 'date', label: t.decidedAt, admin: { readOnly: true, position: 'sidebar' } },
      { name: 'decisionNote', type: 'textarea', label: t.decisionNote, admin: { position: 'sidebar' } },
    ],
  }
}
