import type { CollectionConfig } from 'payload'

import { structureAccess } from '@/access/structure'
import { label } from '@/i18n/label'
import { classField, schoolYearField, subjectField, teacherField } from '@/collections/fields/relations'
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
    teacherField(),
    classField(),
    subjectField(),
    schoolYearField({
      required: false,
      admin: { readOnly: true, description: label('Lấy theo lớp', 'Taken from the class') },
    }),
  ],
}
