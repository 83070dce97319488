import type { CollectionConfig } from 'payload'

import { nobody, userOf } from '@/access/common'
import { canLockGradebook, readsWholeGradebook } from '@/access/gradebook'
import { label } from '@/i18n/label'
import { classField, subjectField, termField } from '@/collections/fields/relations'
import { prepareGradeLock } from '@/hooks/gradeLocks/prepareGradeLock'
import { lockGradesInScope, unlockGradesInScope } from '@/hooks/gradeLocks/syncGradeLocks'

/**
 * Lock scopes of the gradebook: a term, a class in a term, or a subject of a class in a term.
 * Creating one locks; deleting it unlocks. The grade write checks read these on every write path.
 */
export const GradeLocks: CollectionConfig = {
  slug: 'grade-locks',
  labels: { singular: label('Khoá sổ điểm', 'Gradebook lock'), plural: label('Khoá sổ điểm', 'Gradebook locks') },
  admin: {
    defaultColumns: ['term', 'class', 'subject', 'lockedBy', 'createdAt'],
    group: label('Sổ điểm', 'Gradebook'),
  },
  access: {
    read: ({ req }) => readsWholeGradebook(userOf(req)),
    create: ({ req }) => canLockGradebook(userOf(req)),
    update: nobody,
    delete: ({ req }) => canLockGradebook(userOf(req)),
  },
  hooks: { beforeChange: [prepareGradeLock], afterChange: [lockGradesInScope], afterDelete: [unlockGradesInScope] },
  fields: [
    termField(),
    classField({ required: false, label: label('Lớp (trống: cả trường)', 'Class (empty: whole school)') }),
    subjectField({ required: false, label: label('Môn (trống: mọi môn)', 'Subject (empty: all)') }),
    { name: 'note', type: 'text', label: label('Ghi chú', 'Note') },
    {
      name: 'lockedBy',
      type: 'relationship',
      relationTo: 'users',
      label: label('Người khoá', 'Locked by'),
      admin: { readOnly: true },
    },
  ],
}
