import type { Access, CollectionConfig, FieldAccess } from 'payload'

import type { ResolvedOptions } from './types'

const nobody = () => false
const ownOnly: Access = ({ req }) => (req.user ? { recipient: { equals: req.user.id } } : false)
const nobodyWrites: { create: FieldAccess; update: FieldAccess } = { create: nobody, update: nobody }

/** The in-app list of stage changes for each reviewer; written by the workflow only. */
export const notificationsCollection = (o: ResolvedOptions): CollectionConfig => ({
  slug: o.notificationsSlug,
  labels: { singular: o.label('notification'), plural: o.label('notifications') },
  admin: {
    useAsTitle: 'message',
    defaultColumns: ['message', 'read', 'createdAt'],
    ...(o.notificationsGroup ? { group: o.notificationsGroup } : {}),
  },
  access: { read: ownOnly, update: ownOnly, create: nobody, delete: nobody },
  fields: [
    {
      name: 'recipient',
      type: 'relationship',
      relationTo: o.userCollection,
      required: true,
      index: true,
      access: nobodyWrites,
      label: o.label('recipient'),
    },
    { name: 'message', type: 'text', required: true, access: nobodyWrites, label: o.label('message') },
    { name: 'documentCollection', type: 'text', access: nobodyWrites, label: o.label('documentCollection') },
    { name: 'documentId', type: 'text', access: nobodyWrites, label: o.label('documentId') },
    { name: 'fromStage', type: 'text', access: nobodyWrites, label: o.label('from') },
    { name: 'toStage', type: 'text', access: nobodyWrites, label: o.label('to') },
    { name: 'read', type: 'checkbox', defaultValue: false, label: o.label('read') },
  ],
})
