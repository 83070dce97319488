import type { Access, CollectionConfig, FieldAccess } from 'payload'

import type { ResolvedOptions } from './types'

const nobody = () => false
const ownOnly: Access = ({ req }) => (req.user ? { recipient: { equals: req.user.id } } : false)
const nobodyWrites: { create: FieldAccess; update: FieldAccess } = { create: nobody, update: nobody }

/** The in-app list of stage changes for each reviewer; written by the workflow only. */
export const notificationsCollection = (o: ResolvedOptions): CollectionConfig => ({
  slug: o.notificationsSlug,
  labels: {
    singular: { vi: 'Thông báo duyệt bài', en: 'Review notification' },
    plural: { vi: 'Thông báo duyệt bài', en: 'Review notifications' },
  },
  admin: {
    useAsTitle: 'message',
    defaultColumns: ['message', 'read', 'createdAt'],
    group: { vi: 'Website', en: 'Website' },
  },
  access: { read: ownOnly, update: ownOnly, create: nobody, delete: nobody },
  fields: [
    {
      name: 'recipient',
      type: 'relationship',
      relationTo: o.userCollection as 'users',
      required: true,
      index: true,
      access: nobodyWrites,
      label: { vi: 'Người nhận', en: 'Recipient' },
    },
    { name: 'message', type: 'text', required: true, access: nobodyWrites, label: { vi: 'Nội dung', en: 'Message' } },
    { name: 'documentCollection', type: 'text', access: nobodyWrites, label: { vi: 'Bộ sưu tập', en: 'Collection' } },
    { name: 'documentId', type: 'text', access: nobodyWrites, label: { vi: 'Mã bài', en: 'Document id' } },
    { name: 'fromStage', type: 'text', access: nobodyWrites, label: { vi: 'Từ bước', en: 'From' } },
    { name: 'toStage', type: 'text', access: nobodyWrites, label: { vi: 'Đến bước', en: 'To' } },
    { name: 'read', type: 'checkbox', defaultValue: false, label: { vi: 'Đã đọc', en: 'Read' } },
  ],
})
