import type { CollectionConfig } from 'payload'

import { anyRole, nobody } from '@/access/common'
import { ENROLMENT_STATUSES } from '@/domain/structure/enrolment'
import { label } from '@/i18n/label'
import { enforceEnrolmentRules } from '@/hooks/enrolments/enforceEnrolmentRules'
import { deriveSchoolYearFromClass } from '@/hooks/structure/deriveSchoolYearFromClass'

const managers = anyRole('principal', 'vice-principal', 'gradebook-admin')

const STATUS_LABELS = {
  studying: label('Đang học', 'Studying'),
  'transferred-in': label('Chuyển đến', 'Transferred in'),
  'transferred-out': label('Chuyển đi', 'Transferred out'),
  'dropped-out': label('Thôi học', 'Dropped out'),
} as const

export const Enrolments: CollectionConfig = {
  slug: 'enrolments',
  labels: { singular: label('Xếp lớp', 'Enrolment'), plural: label('Xếp lớp', 'Enrolments') },
  admin: { defaultColumns: ['student', 'class', 'schoolYear', 'status', 'date'], group: label('Học sinh', 'Students') },
  access: { read: managers, create: managers, update: managers, delete: nobody },
  hooks: {
    beforeValidate: [enforceEnrolmentRules],
    beforeChange: [deriveSchoolYearFromClass],
  },
  fields: [
    { name: 'student', type: 'relationship', relationTo: 'students', required: true, index: true, label: label('Học sinh', 'Student') },
    { name: 'class', type: 'relationship', relationTo: 'classes', required: true, index: true, label: label('Lớp', 'Class') },
    { name: 'schoolYear', type: 'relationship', relationTo: 'school-years', index: true, label: label('Năm học', 'School year'), admin: { readOnly: true } },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'studying',
      index: true,
      label: label('Tình trạng', 'Status'),
      options: ENROLMENT_STATUSES.map((value) => ({ value, label: STATUS_LABELS[value] })),
    },
    { name: 'date', type: 'date', required: true, label: label('Ngày', 'Date'), admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'dd/MM/yyyy' } } },
    { name: 'reason', type: 'text', label: label('Lý do', 'Reason') },
  ],
}
