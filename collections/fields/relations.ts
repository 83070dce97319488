import type { CollectionSlug, SingleRelationshipField } from 'payload'

import { label } from '@/i18n/label'

type Options = Partial<Pick<SingleRelationshipField, 'access' | 'admin' | 'index' | 'label' | 'required'>>

/**
 * The relationships most records are keyed by (a student, a class, a term …): the same name, target
 * and label everywhere, required and indexed unless a collection says `required: false` / `index: false`
 * (then the key is left out, as it was written before: the schema does not change).
 */
const relation =
  (name: string, relationTo: CollectionSlug, vi: string, en: string) =>
  ({ required = true, index = true, ...rest }: Options = {}): SingleRelationshipField => ({
    name,
    type: 'relationship',
    relationTo,
    ...(required && { required }),
    ...(index && { index }),
    label: label(vi, en),
    ...rest,
  })

export const studentField = relation('student', 'students', 'Học sinh', 'Student')
export const classField = relation('class', 'classes', 'Lớp', 'Class')
export const termField = relation('term', 'terms', 'Học kỳ', 'Term')
export const subjectField = relation('subject', 'subjects', 'Môn học', 'Subject')
export const schoolYearField = relation('schoolYear', 'school-years', 'Năm học', 'School year')
export const guardianField = relation('guardian', 'guardians', 'Phụ huynh', 'Guardian')
export const teacherField = relation('teacher', 'users', 'Giáo viên', 'Teacher')
