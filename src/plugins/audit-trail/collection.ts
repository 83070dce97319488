import type { Access, CollectionConfig, CollectionSlug, Config } from 'payload'

import { labelIn } from '@haugiang/payload-plugin-i18n'
import { maskForReader, onlyPerEntry } from './readerAccess'

export const AUDIT_ACTIONS = ['create', 'update', 'delete', 'read'] as const
export type AuditAction = (typeof AUDIT_ACTIONS)[number]

const never: Access = () => false
const readOnly = { create: () => false, update: () => false }

export type LogCollectionOptions = {
  slug: string
  userCollection: CollectionSlug
  read: Access
  maskText: string
  /** Admin components (Payload component paths): the `collection` cell and the `changes` field. */
  collectionCell?: string
  changesField?: string
  /** Off: the same fields, without the admin components. */
  enabled: boolean
}

/**
 * The append-only log. Nobody creates, updates or deletes entries through any API: the plugin's
 * hooks write them through the Local API as a system action; the database refuses UPDATE and
 * DELETE as well (a trigger, see the README).
 */
export const auditLogCollection = (config: Config, o: LogCollectionOptions): CollectionConfig => {
  const t = (key: string) => labelIn(config, 'auditTrail', key)
  return {
    slug: o.slug,
    labels: { singular: t('auditLog'), plural: t('auditLog') },
    admin: {
      group: t('group'),
      defaultColumns: ['createdAt', 'action', 'collection', 'documentId', 'user'],
      useAsTitle: 'documentId',
    },
    defaultSort: '-createdAt',
    disableDuplicate: true,
    access: { read: o.read, create: never, update: never, delete: never, readVersions: never, unlock: never },
    timestamps: true,
    fields: [
      {
        name: 'action',
        type: 'select',
        required: true,
        index: true,
        label: t('action'),
        access: readOnly,
        options: AUDIT_ACTIONS.map((value) => ({ value, label: t(value) })),
      },
      {
        name: 'collection',
        type: 'text',
        required: true,
        index: true,
        label: t('collection'),
        access: readOnly,
        // the collection's name in the admin's language, not its slug
        admin: o.enabled && o.collectionCell ? { components: { Cell: o.collectionCell } } : {},
      },
      { name: 'documentId', type: 'text', index: true, label: t('documentId'), access: readOnly },
      {
        name: 'user',
        type: 'relationship',
        relationTo: o.userCollection,
        index: true,
        label: t('user'),
        access: readOnly,
      },
      // A signed-in user of another auth collection (e.g. a parent on a portal): `collection:id`.
      { name: 'actor', type: 'text', index: true, label: t('actor'), access: readOnly },
      // shown with the access of the collection the entry describes, never filtered or sorted on
      {
        name: 'changes',
        type: 'json',
        label: t('changes'),
        access: { ...readOnly, read: onlyPerEntry },
        // kept when the plugin is off: entries already written stay masked for their readers
        hooks: { afterRead: [maskForReader(o.maskText)] },
        admin: o.enabled && o.changesField ? { components: { Field: o.changesField } } : {},
      },
      { name: 'ip', type: 'text', label: t('ip'), access: readOnly },
      // What caused the change when server code names it (e.g. the approved request it carries out).
      { name: 'causeCollection', type: 'text', label: t('causeCollection'), access: readOnly },
      { name: 'causeId', type: 'text', index: true, label: t('causeId'), access: readOnly },
    ],
  }
}
