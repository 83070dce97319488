import type { CollectionConfig } from 'payload'

import { signedIn, userOf } from '@/access/common'
import { canLockGradebook } from '@/access/gradebook'
import { options } from '@/collections/fields/options'
import { label } from '@/i18n/label'
import { termField } from '@/collections/fields/relations'
import { deadlineTitle } from '@/hooks/gradeEntryDeadlines/deadlineTitle'
import { uniqueTogether } from '@/hooks/uniqueTogether'

/**
 * Entry deadlines (A10.1): per term and assessment column, the day by which teachers enter it. Set
 * by the academic vice principal (and the gradebook administrator); every teacher reads them: the
 * grade sheet shows them, the worklist and the progress view count the cells still empty after.
 */
export const GradeEntryDeadlines: CollectionConfig = {
  slug: 'grade-entry-deadlines',
  labels: {
    singular: label('Hạn nhập điểm', 'Grade entry deadline'),
    plural: label('Hạn nhập điểm', 'Grade entry deadlines'),
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'term', 'column', 'dueDate'],
    group: label('Sổ điểm', 'Gradebook'),
  },
  defaultSort: 'dueDate',
  indexes: [{ fields: ['term', 'column'], unique: true }],
  access: {
    read: signedIn,
    create: ({ req }) => canLockGradebook(userOf(req)),
    update: ({ req }) => canLockGradebook(userOf(req)),
    delete: ({ req }) => canLockGradebook(userOf(req)),
  },
  hooks: {
    beforeValidate: [uniqueTogether(['term', 'column'], 'Học kỳ này đã có hạn nhập cho cột điểm đó.')],
  },
  fields: [
    termField(),
    {
      name: 'column',
      type: 'select',
      required: true,
      label: label('Cột điểm', 'Assessment column'),
      options: options({
        regular: ['Đánh giá thường xuyên (TX)', 'Regular (TX)'],
        midterm: ['Giữa kỳ (GK)', 'Mid-term (GK)'],
        final: ['Cuối kỳ (CK)', 'End of term (CK)'],
      }),
    },
    {
      name: 'dueDate',
      type: 'date',
      required: true,
      label: label('Hạn nhập (hết ngày)', 'Due (end of day)'),
      admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'dd/MM/yyyy' } },
    },
    { name: 'note', type: 'text', label: label('Ghi chú', 'Note') },
    {
      name: 'title',
      type: 'text',
      label: label('Hạn nhập', 'Deadline'),
      admin: { hidden: true },
      hooks: { beforeChange: [deadlineTitle] },
    },
  ],
}
