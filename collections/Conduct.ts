import type { CollectionConfig } from 'payload'

import { classRecordAccess } from '@/access/gradebook'
import { LEVEL_LABELS, LEVELS } from '@/domain/grading'
import { label } from '@/i18n/label'
import { classField, studentField, termField } from '@/collections/fields/relations'
import { checkClassRecord } from '@/hooks/classRecords/checkClassRecord'
import { rejectLockedClassRecord } from '@/hooks/classRecords/rejectLockedClassRecord'
import { uniqueTogether } from '@/hooks/uniqueTogether'

/** Training (rèn luyện) result per student per term, set by the homeroom teacher (R4.6). */
export const Conduct: CollectionConfig = {
  slug: 'conduct',
  labels: { singular: label('Kết quả rèn luyện', 'Conduct'), plural: label('Rèn luyện', 'Conduct') },
  admin: { defaultColumns: ['student', 'class', 'term', 'level'], group: label('Sổ điểm', 'Gradebook') },
  access: classRecordAccess,
  indexes: [{ fields: ['student', 'term'], unique: true }],
  hooks: {
    beforeValidate: [
      uniqueTogether(['student', 'term'], 'Học sinh đã có kết quả rèn luyện học kỳ này.'),
      checkClassRecord(['student', 'class', 'term']),
    ],
    beforeChange: [rejectLockedClassRecord('kết quả rèn luyện')],
  },
  fields: [
    studentField(),
    classField(),
    termField(),
    {
      name: 'level',
      type: 'select',
      required: true,
      label: label('Mức rèn luyện', 'Training level'),
      options: [...LEVELS].reverse().map((value) => ({ value, label: LEVEL_LABELS[value] })),
    },
    { name: 'comment', type: 'textarea', label: label('Nhận xét', 'Comment') },
  ],
}
