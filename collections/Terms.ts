import type { CollectionConfig } from 'payload'

import { structureAccess } from '@/access/structure'
import { options } from '@/collections/fields/options'
import { label } from '@/i18n/label'
import { schoolYearField } from '@/collections/fields/relations'
import { syncLocksOnTermStatus } from '@/hooks/gradeLocks/syncGradeLocks'
import { uniqueTogether } from '@/hooks/uniqueTogether'

export const Terms: CollectionConfig = {
  slug: 'terms',
  labels: { singular: label('Học kỳ', 'Term'), plural: label('Học kỳ', 'Terms') },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'schoolYear', 'status'],
    group: label('Cơ cấu trường', 'School structure'),
  },
  access: structureAccess,
  hooks: {
    beforeValidate: [uniqueTogether(['term', 'schoolYear'], 'Năm học này đã có học kỳ đó.')],
    afterChange: [syncLocksOnTermStatus],
  },
  fields: [
    schoolYearField(),
    {
      name: 'term',
      type: 'select',
      required: true,
      label: label('Học kỳ', 'Term'),
      options: options({
        I: ['Học kỳ I', 'Term I'],
        II: ['Học kỳ II', 'Term II'],
      }),
    },
    {
      name: 'name',
      type: 'text',
      required: true,
      label: label('Tên', 'Name'),
      admin: { description: label('Ví dụ: HK I 2026-2027', 'e.g. HK I 2026-2027') },
    },
    { name: 'startDate', type: 'date', label: label('Ngày bắt đầu', 'Start date') },
    { name: 'endDate', type: 'date', label: label('Ngày kết thúc', 'End date') },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'open',
      label: label('Trạng thái', 'Status'),
      options: options({
        open: ['Đang mở', 'Open'],
        locked: ['Đã khoá', 'Locked'],
      }),
    },
  ],
}
