import type { CollectionSlug, PayloadRequest } from 'payload'

/** A label: one string, or one per language (`{ en: 'Draft', de: 'Entwurf' }`). */
export type Label = string | Record<string, string>

export type WorkflowUser = { id: number | string; [key: string]: unknown }

/** What a permission function sees: the acting user, the document as it will be, the request. */
export type PermissionArgs = {
  user: WorkflowUser
  doc: Record<string, unknown>
  req: PayloadRequest
}

export type Permission = (args: PermissionArgs) => boolean | Promise<boolean>

export type Transition = {
  from: string | string[]
  to: string
  /** The admin's button for it (default: `editorialWorkflow:moveTo`, "Move to: <stage>"). */
  label?: Label
  /** Who may make this transition. */
  can: Permission
  /** An approving step: never by the document's author, whatever other roles they hold. */
  approval?: boolean
  /** A note (reviewer comment) must come with this transition (e.g. sending back). */
  requireNote?: boolean
}

export type EditorialWorkflowOptions = {
  /**
   * Off: the fields and the notifications collection are still added (the schema does not change),
   * without the guard, the endpoints, the notifications and the admin components. Default true.
   */
  enabled?: boolean
  /** Collections (with drafts enabled) the workflow governs. */
  collections: CollectionSlug[]
  stages: Array<{ value: string; label: Label }>
  /** The stage of a new document, and the one an edited approved or published document returns to. */
  initialStage: string
  /** Only from this stage may a document be published. */
  publishStage: string
  transitions: Transition[]
  /**
   * Stages at which the content is frozen (under review): an edit sends the document back to
   * `initialStage` (history event `reset`); a stage change carrying content edits is refused.
   */
  frozenStages?: string[]
  /** Who may publish (and unpublish) a document at the publish stage. */
  canPublish: Permission
  /**
   * Extra checks before publishing (e.g. consent of the people shown). Returns a message to refuse
   * with, or null. Runs for every publication, system ones included.
   */
  beforePublish?: (args: { doc: Record<string, unknown>; req: PayloadRequest }) => Promise<string | null>
  /** The users to notify when a document enters a stage. */
  notify?: (args: {
    doc: Record<string, unknown>
    collection: string
    from: string | null
    to: string
    req: PayloadRequest
  }) => Promise<Array<number | string>>
  /** Field names; defaults: workflowStage, author, assignee, reviewNotes, workflowHistory. */
  fieldNames?: Partial<WorkflowFieldNames>
  /** The auth collection of authors and reviewers (default `users`). */
  userCollection?: CollectionSlug
  /** Read access to reviewer notes, assignee and history (default: any signed-in user). */
  canReadReviewFields?: (req: PayloadRequest) => boolean
  /** The slug of the notifications collection the plugin adds (default `workflow-notifications`). */
  notificationsSlug?: CollectionSlug | string
  /** The admin group of the notifications collection. Default: Payload's. */
  notificationsGroup?: string | Record<string, string>
  /** The language of stored notifications and their e-mails. Default: the config's fallback language. */
  notificationLanguage?: string
}

export type WorkflowFieldNames = {
  stage: string
  author: string
  assignee: string
  notes: string
  history: string
}

type Optional = 'beforePublish' | 'notify' | 'notificationsGroup'

export type ResolvedOptions = Required<Omit<EditorialWorkflowOptions, 'fieldNames' | Optional>> &
  Pick<EditorialWorkflowOptions, Optional> & {
    fieldNames: WorkflowFieldNames
    /** A key of the plugin's translations in every language: a static label for the admin. */
    label: (key: string) => Record<string, string>
  }

export const resolveOptions = (
  options: EditorialWorkflowOptions,
  defaults: { userCollection: CollectionSlug; language: string; label: ResolvedOptions['label'] },
): ResolvedOptions => ({
  enabled: true,
  userCollection: defaults.userCollection,
  notificationsSlug: 'workflow-notifications',
  notificationLanguage: defaults.language,
  canReadReviewFields: (req) => Boolean(req.user),
  frozenStages: [],
  label: defaults.label,
  ...options,
  fieldNames: {
    stage: 'workflowStage',
    author: 'author',
    assignee: 'assignee',
    notes: 'reviewNotes',
    history: 'workflowHistory',
    ...options.fieldNames,
  },
})
