import type { Field, FieldAccess } from 'payload'

import type { ResolvedOptions } from './types'

const nobody: FieldAccess = () => false

/** The stage's admin control (see `exports/client.ts`). */
const WORKFLOW_CONTROL = '@haugiang/payload-plugin-editorial-workflow/client#WorkflowControl'

/** The fields the workflow adds to each collection it governs. */
export const workflowFields = (o: ResolvedOptions): Field[] => {
  const f = o.fieldNames
  const t = o.label
  const reviewRead: FieldAccess = ({ req }) => o.canReadReviewFields(req)
  return [
    {
      name: f.stage,
      type: 'select',
      required: true,
      index: true,
      defaultValue: o.initialStage,
      label: t('stage'),
      options: o.stages.map((s) => ({ value: s.value, label: s.label })),
      // the stage changes only through the control's buttons, which ask the server what is allowed
      admin: { position: 'sidebar', ...(o.enabled ? { components: { Field: { path: WORKFLOW_CONTROL } } } : {}) },
    },
    {
      name: f.author,
      type: 'relationship',
      relationTo: o.userCollection,
      index: true,
      label: t('author'),
      // set by the workflow to the creating user; nobody chooses or changes it
      access: { create: nobody, update: nobody },
      admin: { position: 'sidebar', readOnly: true },
    },
    {
      name: f.assignee,
      type: 'relationship',
      relationTo: o.userCollection,
      label: t('assignee'),
      access: { read: reviewRead },
      admin: { position: 'sidebar' },
    },
    {
      name: f.notes,
      type: 'textarea',
      label: t('reviewNotes'),
      access: { read: reviewRead },
      admin: { position: 'sidebar', description: t('reviewNotesDescription') },
    },
    {
      name: f.history,
      type: 'array',
      label: t('history'),
      // Row labels: without them Payload names each row from the field ("Review History 01").
      labels: { singular: t('event'), plural: t('events') },
      access: { read: reviewRead, create: nobody, update: nobody },
      admin: { readOnly: true, initCollapsed: true },
      fields: [
        {
          name: 'event',
          type: 'select',
          label: t('event'),
          options: [
            { value: 'create', label: t('eventCreate') },
            { value: 'transition', label: t('eventTransition') },
            { value: 'reset', label: t('eventReset') },
            { value: 'publish', label: t('eventPublish') },
            { value: 'unpublish', label: t('eventUnpublish') },
          ],
        },
        { name: 'from', type: 'text', label: t('from') },
        { name: 'to', type: 'text', label: t('to') },
        { name: 'by', type: 'relationship', relationTo: o.userCollection, label: t('by') },
        {
          name: 'at',
          type: 'date',
          label: t('at'),
          admin: { date: { pickerAppearance: 'dayAndTime' } },
        },
        { name: 'note', type: 'textarea', label: t('historyNote') },
      ],
    },
  ]
}
