import type { CollectionConfig } from 'payload'

import { structureAccess } from '@/access/structure'
import { classGradebook } from '@/endpoints/books/classGradebook'
import { gradeOfClassName, MAX_CLASS_SIZE } from '@/domain/structure/classes'
import { label } from '@/i18n/label'
import { schoolYearField } from '@/collections/fields/relations'
import { uniqueTogether } from '@/hooks/uniqueTogether'

export const Classes: CollectionConfig = {
  slug: 'classes',
  labels: { singular: label('Lớp', 'Class'), plural: label('Lớp', 'Classes') },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'grade', 'schoolYear', 'homeroomTeacher'],
    group: label('Cơ cấu trường', 'School structure'),
  },
  defaultSort: 'name',
  endpoints: [classGradebook],
  access: structureAccess,
  hooks: {
    beforeValidate: [uniqueTogether(['name', 'schoolYear'], 'Năm học này đã có lớp trùng tên.')],
  },
  fields: [
    {
      name: 'books',
      type: 'ui',
      admin: { position: 'sidebar', components: { Field: '@/components/admin/books/BookLinks#ClassBookLinks' } },
    },
    {
      name: 'name',
      type: 'text',
      required: true,
      index: true,
      label: label('Tên lớp', 'Name'),
      admin: { description: label('Dạng 7A1: khối, chữ cái, số thứ tự', 'Like 7A1') },
      validate: (value: string | null | undefined, { siblingData }: { siblingData: { grade?: number } }) => {
        const grade = gradeOfClassName(value ?? '')
        if (grade === null) return 'Tên lớp có dạng 7A1 (khối 6–9, một chữ cái in hoa, số thứ tự).'
        if (siblingData?.grade && Number(siblingData.grade) !== grade)
          return `Tên lớp phải bắt đầu bằng khối ${siblingData.grade}.`
        return true
      },
    },
    {
      name: 'grade',
      type: 'number',
      required: true,
      min: 6,
      max: 9,
      label: label('Khối', 'Grade'),
      validate: (value: number | null | undefined) =>
        Number.isInteger(value) && value! >= 6 && value! <= 9 ? true : 'Khối lớp phải là 6, 7, 8 hoặc 9.',
    },
    schoolYearField(),
    {
      name: 'homeroomTeacher',
      type: 'relationship',
      relationTo: 'users',
      index: true,
      label: label('Giáo viên chủ nhiệm', 'Homeroom teacher'),
    },
    {
      name: 'maxStudents',
      type: 'number',
      defaultValue: MAX_CLASS_SIZE,
      min: 1,
      max: MAX_CLASS_SIZE,
      label: label('Sĩ số tối đa', 'Maximum size'),
    },
  ],
}
