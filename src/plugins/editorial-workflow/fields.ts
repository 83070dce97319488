import type { Field, FieldAccess } from 'payload'

import type { ResolvedOptions } from './types'

const nobody: FieldAccess = () => false

/** The fields the workflow adds to each collection it governs. */
export const workflowFields = (o: ResolvedOptions): Field[] => {
  const f = o.fieldNames
  const reviewRead: FieldAccess = ({ req }) => o.canReadReviewFields(req)
  return [
    {
      name: f.stage,
      type: 'select',
      required: true,
      index: true,
      defaultValue: o.initialStage,
      label: { vi: 'Bước duyệt', en: 'Review stage' },
      options: o.stages.map((s) => ({ value: s.value, label: s.label })),
      // the stage changes only through the control's buttons, which ask the server what is allowed
      admin: {
        position: 'sidebar',
        components: { Field: { path: '@/plugins/editorial-workflow/components/WorkflowControl#WorkflowControl' } },
      },
    },
    {
      name: f.author,
      type: 'relationship',
      relationTo: o.userCollection,
      index: true,
      label: { vi: 'Tác giả', en: 'Author' },
      // set by the workflow to the creating user; nobody chooses or changes it
      access: { create: nobody, update: nobody },
      admin: { position: 'sidebar', readOnly: true },
    },
    {
      name: f.assignee,
      type: 'relationship',
      relationTo: o.userCollection,
      label: { vi: 'Người được giao duyệt', en: 'Assignee' },
      access: { read: reviewRead },
      admin: { position: 'sidebar' },
    },
    {
      name: f.notes,
      type: 'textarea',
      label: { vi: 'Nhận xét của người duyệt', en: 'Reviewer notes' },
      access: { read: reviewRead },
      admin: { position: 'sidebar', description: { vi: 'Không bao giờ hiển thị công khai.', en: 'Never public.' } },
    },
    {
      name: f.history,
      type: 'array',
      label: { vi: 'Lịch sử duyệt', en: 'Review history' },
      // Row labels: without them Payload names each row from the field ("Review History 01").
      labels: { singular: { vi: 'Sự kiện', en: 'Event' }, plural: { vi: 'Sự kiện', en: 'Events' } },
      access: { read: reviewRead, create: nobody, update: nobody },
      admin: { readOnly: true, initCollapsed: true },
      fields: [
        {
          name: 'event',
          type: 'select',
          label: { vi: 'Sự kiện', en: 'Event' },
          options: [
            { value: 'create', label: { vi: 'Tạo bài', en: 'Created' } },
            { value: 'transition', label: { vi: 'Chuyển bước', en: 'Stage change' } },
            { value: 'reset', label: { vi: 'Trở lại bước đầu', en: 'Back to first stage' } },
            { value: 'publish', label: { vi: 'Xuất bản', en: 'Published' } },
            { value: 'unpublish', label: { vi: 'Gỡ xuất bản', en: 'Unpublished' } },
          ],
        },
        { name: 'from', type: 'text', label: { vi: 'Từ bước', en: 'From' } },
        { name: 'to', type: 'text', label: { vi: 'Đến bước', en: 'To' } },
        { name: 'by', type: 'relationship', relationTo: o.userCollection, label: { vi: 'Người thực hiện', en: 'By' } },
        {
          name: 'at',
          type: 'date',
          label: { vi: 'Thời điểm', en: 'At' },
          admin: { date: { pickerAppearance: 'dayAndTime' } },
        },
        { name: 'note', type: 'textarea', label: { vi: 'Ghi chú', en: 'Note' } },
      ],
    },
  ]
}
