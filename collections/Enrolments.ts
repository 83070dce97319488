import type { CollectionConfig } from 'payload'

import { nobody } from '@/access/common'
import { canCreateEnrolments, canReadEnrolmentReason, canReadEnrolments } from '@/access/students'
import { ENROLMENT_STATUSES } from '@/domain/structure/enrolment'
import { rolloverPreview, rolloverRun } from '@/endpoints/rollover'
import { label } from '@/i18n/label'
import { classField, schoolYearField, studentField } from '@/collections/fields/relations'
import { enforceEnrolmentRules } from '@/hooks/enrolments/enforceEnrolmentRules'
import { followNewEnrolment, markNewEnrolmentLatest } from '@/hooks/enrolments/keepLatestEnrolment'
import { deriveSchoolYearFromClass } from '@/hooks/structure/deriveSchoolYearFromClass'

const STATUS_LABELS = {
  studying: label('Đang học', 'Studying'),
  'transferred-in': label('Chuyển đến', 'Transferred in'),
  'transferred-out': label('Chuyển đi', 'Transferred out'),
  'dropped-out': label('Thôi học', 'Dropped out'),
  graduated: label('Hoàn thành chương trình THCS (tốt nghiệp)', 'Graduated'),
} as const

/**
 * Enrolment history (R3.2): each change (enrolment, transfer in or out, drop-out) is a new record;
 * records are never edited or deleted. The latest record of a student in a year is their standing.
 */
export const Enrolments: CollectionConfig = {
  slug: 'enrolments',
  labels: { singular: label('Xếp lớp', 'Enrolment'), plural: label('Xếp lớp', 'Enrolments') },
  admin: { defaultColumns: ['student', 'class', 'schoolYear', 'status', 'date'], group: label('Học sinh', 'Students') },
  access: {
    read: canReadEnrolments,
    create: canCreateEnrolments,
    update: nobody,
    delete: nobody,
    readVersions: nobody,
  },
  disableDuplicate: true,
  endpoints: [rolloverPreview, rolloverRun],
  hooks: {
    beforeValidate: [enforceEnrolmentRules],
    beforeChange: [deriveSchoolYearFromClass, markNewEnrolmentLatest],
    afterChange: [followNewEnrolment],
  },
  fields: [
    studentField(),
    classField(),
    schoolYearField({ required: false, admin: { readOnly: true } }),
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'studying',
      index: true,
      label: label('Tình trạng', 'Status'),
      options: ENROLMENT_STATUSES.map((value) => ({ value, label: STATUS_LABELS[value] })),
    },
    {
      name: 'date',
      type: 'date',
      required: true,
      label: label('Ngày', 'Date'),
      admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'dd/MM/yyyy' } },
    },
    { name: 'reason', type: 'text', label: label('Lý do', 'Reason'), access: { read: canReadEnrolmentReason } },
    {
      name: 'isLatest',
      type: 'checkbox',
      defaultValue: true,
      index: true,
      label: label('Bản ghi mới nhất của năm', 'Latest record of the year'),
      access: { create: () => false, update: () => false },
      admin: { readOnly: true, position: 'sidebar' },
    },
  ],
}
