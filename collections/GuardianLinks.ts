import type { CollectionConfig } from 'payload'

import { nobody } from '@/access/common'
import { canCreateGuardianLinks, canReadGuardianLinks, canUpdateGuardianLinks } from '@/access/guardians'
import { checkLinkScope, stampLinkDecision } from '@/hooks/guardians/links'
import { uniqueTogether } from '@/hooks/uniqueTogether'
import { options } from '@/collections/fields/options'
import { label } from '@/i18n/label'
import { guardianField, studentField } from '@/collections/fields/relations'

const readOnly = { readOnly: true }

/**
 * Which student a guardian account may follow in the portal. A link counts only once the school
 * has confirmed it (`status: confirmed`); an invitation from the student's guardian entry is the
 * school's confirmation. Links are never deleted: a revoked link stays, with who revoked it.
 */
export const GuardianLinks: CollectionConfig = {
  slug: 'guardian-links',
  labels: {
    singular: label('Liên kết phụ huynh', 'Guardian link'),
    plural: label('Liên kết phụ huynh', 'Guardian links'),
  },
  admin: {
    useAsTitle: 'id',
    defaultColumns: ['guardian', 'student', 'relationship', 'status', 'confirmedAt'],
    group: label('Phụ huynh', 'Parents'),
  },
  access: {
    read: canReadGuardianLinks,
    create: canCreateGuardianLinks,
    update: canUpdateGuardianLinks,
    delete: nobody,
  },
  hooks: {
    beforeValidate: [uniqueTogether(['guardian', 'student'], 'Phụ huynh này đã được liên kết với học sinh.')],
    beforeChange: [checkLinkScope, stampLinkDecision],
  },
  fields: [
    guardianField(),
    studentField(),
    {
      name: 'guardianEntry',
      type: 'text',
      label: label('Mục phụ huynh trong hồ sơ học sinh', 'Guardian entry in the student record'),
      admin: readOnly,
    },
    { name: 'relationship', type: 'text', label: label('Quan hệ', 'Relationship') },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'pending',
      index: true,
      label: label('Trạng thái', 'Status'),
      options: options({
        pending: ['Chờ nhà trường xác nhận', 'Awaiting confirmation'],
        confirmed: ['Đã xác nhận', 'Confirmed'],
        revoked: ['Đã thu hồi', 'Revoked'],
      }),
    },
    {
      name: 'decidedBy',
      type: 'relationship',
      relationTo: 'users',
      label: label('Người xác nhận', 'Decided by'),
      access: { create: () => false, update: () => false },
      admin: readOnly,
    },
    {
      name: 'decidedAt',
      type: 'date',
      label: label('Thời điểm xác nhận', 'Decided at'),
      access: { create: () => false, update: () => false },
      admin: { ...readOnly, date: { pickerAppearance: 'dayAndTime' } },
    },
  ],
}
