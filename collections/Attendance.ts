import type { CollectionConfig } from 'payload'

import { classRecordAccess } from '@/access/gradebook'
import { label } from '@/i18n/label'
import { classField, studentField } from '@/collections/fields/relations'
import { checkClassRecord } from '@/hooks/classRecords/checkClassRecord'
import { rejectLockedClassRecord } from '@/hooks/classRecords/rejectLockedClassRecord'
import { uniqueTogether } from '@/hooks/uniqueTogether'

const sessions = (name: string, vi: string, en: string) => ({
  name,
  type: 'number' as const,
  required: true,
  defaultValue: 0,
  min: 0,
  max: 62,
  label: label(vi, en),
  validate: (value: number | null | undefined) =>
    Number.isInteger(value) && value! >= 0 && value! <= 62 ? true : 'Số buổi nghỉ là số nguyên từ 0 đến 62.',
})

/** Sessions missed per student per month, kept by the homeroom teacher (R4.6). */
export const Attendance: CollectionConfig = {
  slug: 'attendance',
  labels: { singular: label('Chuyên cần', 'Attendance'), plural: label('Chuyên cần', 'Attendance') },
  admin: {
    defaultColumns: ['student', 'class', 'month', 'excused', 'unexcused'],
    group: label('Sổ điểm', 'Gradebook'),
  },
  access: classRecordAccess,
  indexes: [{ fields: ['student', 'class', 'month'], unique: true }],
  hooks: {
    beforeValidate: [
      uniqueTogether(['student', 'class', 'month'], 'Học sinh đã có số liệu chuyên cần tháng này.'),
      checkClassRecord(['student', 'class', 'month']),
    ],
    beforeChange: [rejectLockedClassRecord('chuyên cần')],
  },
  fields: [
    studentField(),
    classField(),
    {
      name: 'month',
      type: 'text',
      required: true,
      index: true,
      label: label('Tháng (YYYY-MM)', 'Month (YYYY-MM)'),
      validate: (value: string | null | undefined) =>
        /^\d{4}-(0[1-9]|1[0-2])$/.test(value ?? '') ? true : 'Tháng có dạng YYYY-MM, ví dụ 2026-09.',
    },
    sessions('excused', 'Nghỉ có phép (buổi)', 'Excused (sessions)'),
    sessions('unexcused', 'Nghỉ không phép (buổi)', 'Unexcused (sessions)'),
  ],
}
