import type { CollectionConfig } from 'payload'

import { structureAccess } from '@/access/structure'
import { GRADES } from '@/domain/structure/regular-assessments'
import { options } from '@/collections/fields/options'
import { label } from '@/i18n/label'
import { deriveRegularAssessments } from '@/hooks/structure/deriveRegularAssessments'

const perGrade = (readOnly: boolean) =>
  GRADES.map((grade) => ({
    name: `grade${grade}`,
    type: 'number' as const,
    min: 0,
    label: label(`Khối ${grade}`, `Grade ${grade}`),
    admin: { readOnly, width: '25%' },
  }))

export const Subjects: CollectionConfig = {
  slug: 'subjects',
  labels: { singular: label('Môn học', 'Subject'), plural: label('Môn học', 'Subjects') },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'code', 'assessment', 'department'],
    group: label('Cơ cấu trường', 'School structure'),
  },
  defaultSort: 'order',
  access: structureAccess,
  hooks: { beforeChange: [deriveRegularAssessments] },
  fields: [
    { name: 'name', type: 'text', required: true, label: label('Tên môn', 'Name') },
    { name: 'code', type: 'text', required: true, unique: true, label: label('Mã môn', 'Code') },
    {
      name: 'assessment',
      type: 'select',
      required: true,
      defaultValue: 'score',
      label: label('Hình thức đánh giá', 'Assessment'),
      options: options({
        score: ['Bằng điểm số kết hợp nhận xét', 'Score'],
        comment: ['Bằng nhận xét (Đạt / Chưa đạt)', 'Comment only'],
      }),
    },
    {
      name: 'department',
      type: 'relationship',
      relationTo: 'departments',
      label: label('Tổ chuyên môn', 'Department'),
    },
    { name: 'order', type: 'number', label: label('Thứ tự', 'Order'), admin: { position: 'sidebar' } },
    {
      name: 'periods',
      type: 'group',
      label: label('Số tiết mỗi năm', 'Periods per year'),
      fields: [{ type: 'row', fields: perGrade(false) }],
    },
    {
      name: 'regularAssessments',
      type: 'group',
      label: label('Số lần đánh giá thường xuyên mỗi học kỳ (tự tính)', 'Regular assessments per term (derived)'),
      admin: {
        description: label(
          'Theo Thông tư 22/2021: ≤ 35 tiết: 2; đến 70 tiết: 3; trên 70 tiết: 4; môn đánh giá bằng nhận xét: 2.',
          'Per Circular 22/2021',
        ),
      },
      fields: [{ type: 'row', fields: perGrade(true) }],
    },
  ],
}
