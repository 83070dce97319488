import type { CollectionConfig } from 'payload'

import { nobody } from '@/access/common'
import { canReadClassRecords, canUpdateYearEndResult } from '@/access/gradebook'
import { LEVEL_LABELS, LEVELS, TITLE_LABELS } from '@/domain/grading'
import { csdlYearResultsExport } from '@/endpoints/exchange/csdlExports'
import {
  approveClassYearEnd,
  closeClassYearEnd,
  computeClassYearEnd,
  correctYearEndResult,
  enterSummerResults,
  missingClassYearEnd,
  proposeClassYearEnd,
} from '@/endpoints/yearEnd/endpoints'
import { options } from '@/collections/fields/options'
import { label } from '@/i18n/label'
import { classField, schoolYearField, studentField } from '@/collections/fields/relations'
import { recomputeYearEnd } from '@/hooks/yearEnd/recomputeYearEnd'

const levelOptions = [...LEVELS].reverse().map((value) => ({ value, label: LEVEL_LABELS[value] }))
const readOnly = { readOnly: true }

/**
 * A student's year: computed from grades, conduct and attendance by the domain rules (R4.6); the
 * homeroom teacher comments and proposes; the principal approves a whole class once complete (R4.7).
 */
export const YearEndResults: CollectionConfig = {
  slug: 'year-end-results',
  labels: {
    singular: label('Kết quả cuối năm', 'Year-end result'),
    plural: label('Kết quả cuối năm', 'Year-end results'),
  },
  admin: {
    defaultColumns: ['student', 'class', 'learning', 'training', 'outcome', 'title', 'status'],
    group: label('Sổ điểm', 'Gradebook'),
  },
  access: {
    read: canReadClassRecords,
    create: nobody,
    update: canUpdateYearEndResult,
    delete: nobody,
    readVersions: nobody,
  },
  indexes: [{ fields: ['student', 'schoolYear'], unique: true }],
  endpoints: [
    computeClassYearEnd,
    missingClassYearEnd,
    proposeClassYearEnd,
    approveClassYearEnd,
    enterSummerResults,
    closeClassYearEnd,
    correctYearEndResult,
    csdlYearResultsExport,
  ],
  hooks: { beforeChange: [recomputeYearEnd] },
  fields: [
    studentField({ admin: readOnly }),
    classField({ admin: readOnly }),
    schoolYearField({ admin: readOnly }),
    {
      name: 'subjects',
      type: 'json',
      label: label('Kết quả các môn (HK I, HK II, cả năm)', 'Subject results'),
      admin: { ...readOnly, components: { Field: '@/components/admin/JsonView#JsonView' } },
    },
    {
      name: 'trainingTermI',
      type: 'select',
      options: levelOptions,
      label: label('Rèn luyện HK I', 'Training term I'),
      admin: readOnly,
    },
    {
      name: 'trainingTermII',
      type: 'select',
      options: levelOptions,
      label: label('Rèn luyện HK II', 'Training term II'),
      admin: readOnly,
    },
    {
      name: 'training',
      type: 'select',
      options: levelOptions,
      label: label('Rèn luyện cả năm', 'Training (year)'),
      admin: readOnly,
    },
    {
      name: 'learning',
      type: 'select',
      options: levelOptions,
      label: label('Học tập cả năm', 'Learning (year)'),
      admin: readOnly,
    },
    { name: 'absentSessions', type: 'number', label: label('Số buổi nghỉ', 'Sessions absent'), admin: readOnly },
    {
      name: 'outcome',
      type: 'select',
      label: label('Kết quả', 'Outcome'),
      admin: readOnly,
      options: [
        { value: 'promoted', label: label('Được lên lớp', 'Promoted') },
        { value: 'completed', label: label('Hoàn thành chương trình THCS', 'Programme completed') },
        { value: 'summer-training', label: label('Rèn luyện trong hè', 'Summer training') },
        { value: 'summer-reassessment', label: label('Kiểm tra, đánh giá lại trong hè', 'Summer re-assessment') },
        { value: 'kept-back', label: label('Không được lên lớp', 'Kept back') },
        {
          value: 'absences-over-limit',
          label: label('Nghỉ quá 45 buổi: không được lên lớp', 'Absences over the limit'),
        },
      ],
    },
    {
      name: 'reassessmentSubjects',
      type: 'json',
      label: label('Môn kiểm tra lại', 'Subjects to re-take'),
      admin: { ...readOnly, components: { Field: '@/components/admin/JsonView#JsonView' } },
    },
    {
      name: 'title',
      type: 'select',
      label: label('Danh hiệu', 'Title'),
      admin: readOnly,
      options: Object.entries(TITLE_LABELS).map(([value, vi]) => ({ value, label: label(vi, vi) })),
    },
    {
      name: 'comment',
      type: 'textarea',
      maxLength: 500,
      label: label('Nhận xét cuối năm của GVCN', 'Homeroom comment'),
    },
    {
      name: 'summerList',
      type: 'json',
      label: label('Danh sách hè (khi hiệu trưởng duyệt)', 'Summer list (at approval)'),
      admin: { ...readOnly, components: { Field: '@/components/admin/JsonView#JsonView' } },
    },
    {
      name: 'summerResults',
      type: 'json',
      label: label('Kết quả kiểm tra lại trong hè (theo mã môn)', 'Summer results by subject code'),
      admin: { components: { Field: '@/components/admin/CodeScoresField#CodeScoresField' } },
    },
    {
      name: 'summerTraining',
      type: 'select',
      options: levelOptions,
      label: label('Rèn luyện sau hè', 'Training after summer'),
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'draft',
      index: true,
      label: label('Trạng thái', 'Status'),
      options: options({
        draft: ['Đang lập', 'Draft'],
        proposed: ['GVCN đã đề xuất', 'Proposed'],
        approved: ['Hiệu trưởng đã duyệt (giai đoạn hè)', 'Approved (summer phase)'],
        closed: ['Đã duyệt lần cuối, khoá sổ', 'Closed'],
      }),
    },
    {
      name: 'proposedBy',
      type: 'relationship',
      relationTo: 'users',
      label: label('GVCN đề xuất', 'Proposed by'),
      admin: readOnly,
    },
    { name: 'proposedAt', type: 'date', label: label('Ngày đề xuất', 'Proposed at'), admin: readOnly },
    {
      name: 'approvedBy',
      type: 'relationship',
      relationTo: 'users',
      label: label('Người duyệt', 'Approved by'),
      admin: readOnly,
    },
    { name: 'approvedAt', type: 'date', label: label('Ngày duyệt', 'Approved at'), admin: readOnly },
    {
      name: 'closedBy',
      type: 'relationship',
      relationTo: 'users',
      label: label('Hiệu trưởng xác nhận', 'Confirmed by (principal)'),
      admin: readOnly,
    },
    { name: 'closedAt', type: 'date', label: label('Ngày xác nhận', 'Confirmed at'), admin: readOnly },
    {
      name: 'corrections',
      type: 'json',
      label: label('Điều chỉnh sau khoá sổ (lý do, người duyệt, ngày)', 'Corrections after closing'),
      admin: { ...readOnly, components: { Field: '@/components/admin/JsonView#JsonView' } },
    },
  ],
}
