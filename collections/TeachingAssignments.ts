import type { CollectionConfig } from 'payload'

import { structureAccess } from '@/access/structure'
import { label } from '@/i18n/label'
import { deriveSchoolYearFromClass } from '@/hooks/structure/deriveSchoolYearFromClass'
import { requireSubjectInGrade } from '@/hooks/structure/requireSubjectInGrade'
import { uniqueTogether } from '@/hooks/uniqueTogether'

export const TeachingAssignments: CollectionConfig = {
  slug: 'teaching-assignments',
  labels: {
    singular: label('Phân công giảng dạy', 'Teaching assignment'),
    plural: label('Phân công giảng dạy', 'Teaching assignments'),
  },
  admin: {
    defaultColumns: ['teacher', 'class', 'subject', 'schoolYear'],
    group: label('Cơ cấu trường', 'School structure'),
  },
  access: structureAccess,
  hooks: {
    beforeValidate: [
      requireSubjectInGrade,
      uniqueTogether(['subject', 'class', 'teacher'], 'Giáo viên này đã được phân công môn này ở lớp này.'),
    ],
    beforeChange: [deriveSchoolYearFromClass],
  },
  fields: [
    {
      name: 'teacher',
      type: 'relationship',
      relationTo: 'users',
      required: true,
      index: true,
      label: label('Giáo viên', 'Teacher'),
    },
    {
      name: 'class',
      type: 'relationship',
      relationTo: 'classes',
      required: true,
      index: true,
      label: label('Lớp', 'Class'),
    },
    {
      name: 'subject',
      type: 'relationship',
      relationTo: 'subjects',
      required: true,
      index: true,
      label: label('Môn học', 'Subject'),
    },
    {
      name: 'schoolYear',
      type: 'relationship',
      relationTo: 'school-years',
      index: true,
      label: label('Năm học', 'School year'),
      admin: { readOnly: true, description: label('Lấy theo lớp', 'Taken from the class') },
    },
  ],
}
