import type { CollectionConfig } from 'payload'

import { structureAccess } from '@/access/structure'
import { label } from '@/i18n/label'

export const Departments: CollectionConfig = {
  slug: 'departments',
  labels: { singular: label('Tổ chuyên môn', 'Department'), plural: label('Tổ chuyên môn', 'Departments') },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'head'], group: label('Cơ cấu trường', 'School structure') },
  access: structureAccess,
  fields: [
    { name: 'name', type: 'text', required: true, unique: true, label: label('Tên tổ', 'Name') },
    { name: 'head', type: 'relationship', relationTo: 'users', index: true, label: label('Tổ trưởng', 'Head') },
    {
      name: 'members',
      type: 'join',
      collection: 'users',
      on: 'department',
      label: label('Thành viên', 'Members'),
    },
  ],
}
