import type { Access, CollectionBeforeChangeHook, CollectionConfig } from 'payload'

import { userOf } from '@/access/common'
import { hasRole } from '@/access/roles'
import { label } from '@/i18n/label'
import { subjectField, teacherField } from '@/collections/fields/relations'

/** A teacher reads and changes only their own comments. */
const own: Access = ({ req }) => (req.user ? { teacher: { equals: req.user.id } } : false)
const teachers: Access = ({ req }) => hasRole(userOf(req), 'teacher', 'department-head')

/** The owner is whoever writes the comment first; it never changes hands. */
const stampTeacher: CollectionBeforeChangeHook = ({ data, operation, originalDoc, req }) => ({
  ...data,
  teacher: operation === 'create' ? req.user?.id : originalDoc.teacher,
})

/**
 * The teacher's bank of reusable comments (nhận xét) per subject, picked in the grade sheet and
 * for year comments. Each teacher sees and edits their own.
 */
export const CommentBank: CollectionConfig = {
  slug: 'comment-bank',
  labels: {
    singular: label('Nhận xét mẫu', 'Saved comment'),
    plural: label('Ngân hàng nhận xét', 'Comment bank'),
  },
  admin: { useAsTitle: 'text', defaultColumns: ['text', 'subject', 'teacher'], group: label('Sổ điểm', 'Gradebook') },
  access: { read: own, create: teachers, update: own, delete: own },
  hooks: { beforeChange: [stampTeacher] },
  fields: [
    subjectField(),
    {
      name: 'text',
      type: 'textarea',
      required: true,
      maxLength: 500,
      label: label('Nhận xét', 'Comment'),
    },
    teacherField({ required: false, admin: { readOnly: true } }),
  ],
}
