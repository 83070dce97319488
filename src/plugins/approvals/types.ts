import type { Access, CollectionConfig, Field, PayloadRequest } from 'payload'

export type RequestStatus = 'pending' | 'approved' | 'rejected'

/** One kind of request: its own fields, who may ask, who may decide, and what approval does. */
export type ApprovalRequestType = {
  slug: string
  labels?: CollectionConfig['labels']
  admin?: CollectionConfig['admin']
  /** The request's own fields (what is asked for and why). */
  fields: Field[]
  /** May this user file this request? (collection create access; `data` is the request). */
  canRequest: (args: { req: PayloadRequest; data: Record<string, unknown> | undefined }) => boolean | Promise<boolean>
  /** Readers besides the requester (who always reads their own requests). */
  canRead?: Access
  /** May this user decide requests of this kind? The requester never decides their own. */
  canDecide: (args: { req: PayloadRequest; doc?: Record<string, unknown> }) => boolean | Promise<boolean>
  /** Completes and checks a new request (throw a ValidationError to refuse); returns the data to store. */
  prepare?: (args: { req: PayloadRequest; data: Record<string, unknown> }) => Promise<Record<string, unknown>>
  /** Carries out an approved request, in the same transaction as the decision (pass `req` on). */
  apply: (args: { req: PayloadRequest; request: Record<string, unknown> }) => Promise<void>
  /** Require a note with every decision (default: only with a rejection). */
  noteRequired?: 'always' | 'rejection'
}

export type ApprovalsPluginOptions = {
  /**
   * Off: the request collections are still added with all their fields (the schema does not change),
   * without the decision rules, the `apply` step and the admin control. Default true.
   */
  enabled?: boolean
  requests: ApprovalRequestType[]
  /** The users collection. Default: the admin's user collection. */
  usersCollection?: string
  /** The status field's admin component (a Payload component path). Default: the plugin's `DecisionField`. */
  decisionField?: string
}
