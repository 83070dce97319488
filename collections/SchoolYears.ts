import type { CollectionConfig } from 'payload'

import { structureAccess } from '@/access/structure'
import { label } from '@/i18n/label'
import { keepSingleCurrentYear } from '@/hooks/structure/keepSingleCurrentYear'
import { followCurrentYear } from '@/hooks/students/followCurrentYear'

export const SchoolYears: CollectionConfig = {
  slug: 'school-years',
  labels: { singular: label('Năm học', 'School year'), plural: label('Năm học', 'School years') },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'startDate', 'endDate', 'isCurrent'],
    group: label('Cơ cấu trường', 'School structure'),
  },
  defaultSort: '-startDate',
  access: structureAccess,
  hooks: { afterChange: [keepSingleCurrentYear, followCurrentYear] },
  fields: [
    {
      name: 'name',
      type: 'text',
      required: true,
      unique: true,
      label: label('Tên năm học', 'Name'),
      admin: { description: label('Dạng 2026-2027', 'Like 2026-2027') },
      validate: (value: string | null | undefined) =>
        /^\d{4}-\d{4}$/.test(value ?? '') && Number(value!.slice(5)) === Number(value!.slice(0, 4)) + 1
          ? true
          : 'Tên năm học có dạng 2026-2027 (hai năm liên tiếp).',
    },
    { name: 'startDate', type: 'date', required: true, label: label('Ngày bắt đầu', 'Start date') },
    { name: 'endDate', type: 'date', required: true, label: label('Ngày kết thúc', 'End date') },
    {
      name: 'isCurrent',
      type: 'checkbox',
      defaultValue: false,
      label: label('Năm học hiện tại', 'Current year'),
      index: true,
    },
  ],
}
