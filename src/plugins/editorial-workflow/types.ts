import type { CollectionSlug, PayloadRequest } from 'payload'

/** A label in the admin's languages. */
export type Label = { vi: string; en: string }

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
  /** The admin's button for it (default: "Chuyển sang: <stage>"). */
  label?: Label
  /** Who may make this transition. */
  can: Permission
  /** An approving step: never by the document's author, whatever other roles they hold. */
  approval?: boolean
  /** A note (reviewer comment) must come with this transition (e.g. sending back). */
  requireNote?: boolean
}

export type EditorialWorkflowOptions = {
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
}

export type WorkflowFieldNames = {
  stage: string
  author: string
  assignee: string
  notes: string
  history: string
}

export type ResolvedOptions = Required<Omit<EditorialWorkflowOptions, 'fieldNames' | 'beforePublish' | 'notify'>> &
  Pick<EditorialWorkflowOptions, 'beforePublish' | 'notify'> & { fieldNames: WorkflowFieldNames }

export const resolveOptions = (options: EditorialWorkflowOptions): ResolvedOptions => ({
  userCollection: 'users',
  notificationsSlug: 'workflow-notifications',
  canReadReviewFields: (req) => Boolean(req.user),
  frozenStages: [],
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
