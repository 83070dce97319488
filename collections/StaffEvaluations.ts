import type { CollectionConfig, Field } from 'payload'

import { staffEvaluationsAccess } from '@/access/staff'
import { CLASSIFICATIONS, CRITERIA, RATING_LABELS, RATINGS, STANDARDS } from '@/domain/evaluation/standards'
import { EVALUATION_STAGES } from '@/domain/evaluation/workflow'
import { label } from '@/i18n/label'
import { schoolYearField } from '@/collections/fields/relations'
import { uniqueTogether } from '@/hooks/uniqueTogether'
import { enforceEvaluationWorkflow } from '@/hooks/staff/enforceEvaluationWorkflow'

const ratingOptions = RATINGS.map((value) => ({ value, label: RATING_LABELS[value] }))
const systemField = { create: () => false, update: () => false }

/** One select per criterion, grouped by standard (Thông tư 20/2018). */
const criterionFields: Field[] = STANDARDS.map((s) => ({
  type: 'collapsible' as const,
  label: label(`Tiêu chuẩn ${s.standard}. ${s.vi}`, `Standard ${s.standard}`),
  fields: [
    {
      type: 'row' as const,
      fields: CRITERIA.filter((c) => c.standard === s.standard).map((c) => ({
        name: `c${c.criterion}`,
        type: 'select' as const,
        options: ratingOptions,
        label: label(`Tiêu chí ${c.criterion}`, `Criterion ${c.criterion}`),
      })),
    },
  ],
}))

const STAGE_LABELS = {
  'self-assessment': label('Giáo viên tự đánh giá', 'Self-assessment'),
  'department-review': label('Tổ chuyên môn góp ý', 'Department review'),
  'principal-review': label('Chờ hiệu trưởng phê duyệt', 'Awaiting principal'),
  finalised: label('Đã phê duyệt', 'Finalised'),
}

/**
 * The yearly evaluation of a staff member: teacher professional standards (15 criteria, overall
 * rating computed) and the civil-servant classification, through self-assessment, department
 * review and the principal's approval (`enforceEvaluationWorkflow`).
 */
export const StaffEvaluations: CollectionConfig = {
  slug: 'staff-evaluations',
  labels: { singular: label('Phiếu đánh giá', 'Evaluation'), plural: label('Đánh giá, xếp loại', 'Evaluations') },
  admin: {
    defaultColumns: ['staff', 'schoolYear', 'status', 'overallRating', 'classification'],
    group: label('Nhân sự', 'Staff'),
  },
  access: staffEvaluationsAccess,
  hooks: {
    beforeValidate: [uniqueTogether(['staff', 'schoolYear'], 'Người này đã có phiếu đánh giá của năm học này.')],
    beforeChange: [enforceEvaluationWorkflow],
  },
  indexes: [{ fields: ['staff', 'schoolYear'], unique: true }],
  fields: [
    {
      name: 'staff',
      type: 'relationship',
      relationTo: 'users',
      required: true,
      label: label('Cán bộ, giáo viên', 'Staff member'),
    },
    schoolYearField({ index: false }),
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'self-assessment',
      label: label('Bước', 'Stage'),
      options: EVALUATION_STAGES.map((value) => ({ value, label: STAGE_LABELS[value] })),
      admin: { position: 'sidebar' },
    },
    {
      name: 'ratings',
      type: 'group',
      label: label('Mức đánh giá các tiêu chí', 'Criterion ratings'),
      fields: criterionFields,
    },
    {
      name: 'overallRating',
      type: 'select',
      options: ratingOptions,
      access: systemField,
      label: label('Xếp loại chuẩn nghề nghiệp (tự tính)', 'Overall rating (computed)'),
      admin: { readOnly: true, position: 'sidebar' },
    },
    {
      name: 'selfComment',
      type: 'textarea',
      label: label('Tự nhận xét (điểm mạnh, hạn chế, kế hoạch)', 'Self-assessment comment'),
    },
    {
      name: 'departmentHeadComment',
      type: 'textarea',
      label: label('Ý kiến của tổ trưởng', 'Department head’s input'),
    },
    { name: 'principalComment', type: 'textarea', label: label('Ý kiến của hiệu trưởng', 'Principal’s comment') },
    {
      name: 'classification',
      type: 'select',
      label: label('Xếp loại chất lượng viên chức', 'Civil-servant classification'),
      options: CLASSIFICATIONS.map((c) => ({ value: c.value, label: label(c.vi, c.en) })),
    },
    {
      name: 'approvedBy',
      type: 'relationship',
      relationTo: 'users',
      access: systemField,
      label: label('Người phê duyệt', 'Approved by'),
      admin: { readOnly: true, position: 'sidebar' },
    },
    {
      name: 'approvedAt',
      type: 'date',
      access: systemField,
      label: label('Ngày phê duyệt', 'Approved at'),
      admin: { readOnly: true, position: 'sidebar' },
    },
  ],
}
