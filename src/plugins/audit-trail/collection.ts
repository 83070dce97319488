import type { Access, CollectionConfig } from 'payload'

import { maskForReader, onlyPerEntry } from './readerAccess'
import { t } from './translations'

export const AUDIT_ACTIONS = ['create', 'update', 'delete', 'read'] as const
export type AuditAction = (typeof AUDIT_ACTIONS)[number]

const never: Access = () => false
const readOnly = { create: () => false, update: () => false }

/**
 * The append-only log. Nobody creates, updates or deletes entries through any API: the plugin's
 * hooks write them through the Local API as a system action; the database refuses UPDATE and
 * DELETE as well (a trigger, see the README).
 */
export const auditLogCollection = (slug: string, userCollection: string, read: Access): CollectionConfig => ({
  slug,
  labels: { singular: t.auditLog, plural: t.auditLog },
  admin: {
    group: t.group,
    defaultColumns: ['createdAt', 'action', 'collection', 'documentId', 'user'],
    useAsTitle: 'documentId',
  },
  defaultSort: '-createdAt',
  disableDuplicate: true,
  access: { read, create: never, update: never, delete: never, readVersions: never, unlock: never },
  timestamps: true,
  fields: [
    {
      name: 'action',
      type: 'select',
      required: true,
      index: true,
      label: t.action,
      access: readOnly,
      options: AUDIT_ACTIONS.map((value) => ({ value, label: t[value] })),
    },
    {
      name: 'collection',
      type: 'text',
      required: true,
      index: true,
      label: t.collection,
      access: readOnly,
      // the collection's name in the admin's language, not its slug
      admin: { components: { Cell: '@/plugins/audit-trail/components/CollectionCell#CollectionCell' } },
    },
    { name: 'documentId', type: 'text', index: true, label: t.documentId, access: readOnly },
    {
      name: 'user',
      type: 'relationship',
      relationTo: userCollection as 'users',
      index: true,
      label: t.user,
      access: readOnly,
    },
    // A signed-in user of another auth collection (e.g. a parent on a portal): `collection:id`.
    { name: 'actor', type: 'text', index: true, label: t.actor, access: readOnly },
    // shown with the access of the collection the entry describes, never filtered or sorted on
    {
      name: 'changes',
      type: 'json',
      label: t.changes,
      access: { ...readOnly, read: onlyPerEntry },
      hooks: { afterRead: [maskForReader] },
      // read-only tables, not Payload's code editor (fetched from a CDN)
      admin: { components: { Field: '@/components/admin/JsonView#JsonView' } },
    },
    { name: 'ip', type: 'text', label: t.ip, access: readOnly },
    // What caused the change when server code names it (e.g. the approved request it carries out).
    { name: 'causeCollection', type: 'text', label: t.causeCollection, access: readOnly },
    { name: 'causeId', type: 'text', index: true, label: t.causeId, access: readOnly },
  ],
})
