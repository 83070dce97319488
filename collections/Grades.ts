import type { CollectionConfig } from 'payload'

import { nobody } from '@/access/common'
import { canCreateGrade, canReadGrades, canUpdateGrade } from '@/access/gradebook'
import { csdlScoresExport } from '@/endpoints/exchange/csdlExports'
import { gradeProgress, remindGradeEntry } from '@/endpoints/gradeProgress/endpoints'
import { exportGradeSheet, importGradeSheet } from '@/endpoints/gradeSheet/excel'
import { readGradeSheet, saveGradeSheet } from '@/endpoints/gradeSheet/gradeSheet'
import { label } from '@/i18n/label'
import { classField, studentField, subjectField, termField } from '@/collections/fields/relations'
import { computeGradeAverage } from '@/hooks/grades/computeGradeAverage'
import { computeRegularFilled } from '@/hooks/grades/computeRegularFilled'
import { rejectLockedGrade } from '@/hooks/grades/rejectLockedGrade'
import { validateGrade } from '@/hooks/grades/validateGrade'
import { uniqueTogether } from '@/hooks/uniqueTogether'

const cell = (name: 'midterm' | 'final', vi: string, en: string) => ({
  name,
  type: 'text' as const,
  label: label(vi, en),
  admin: {
    description: label(
      'Điểm 0–10 (một chữ số thập phân) hoặc Đ/CĐ với môn đánh giá bằng nhận xét',
      'Score 0–10 or D/CD',
    ),
  },
})

/** One document per student × subject × term (Thông tư 22): regular, mid-term, end-of-term, average. */
export const Grades: CollectionConfig = {
  slug: 'grades',
  labels: { singular: label('Điểm', 'Grade'), plural: label('Sổ điểm', 'Grades') },
  admin: {
    defaultColumns: ['student', 'subject', 'class', 'term', 'average', 'locked'],
    group: label('Sổ điểm', 'Gradebook'),
  },
  access: { read: canReadGrades, create: canCreateGrade, update: canUpdateGrade, delete: nobody, readVersions: nobody },
  indexes: [{ fields: ['student', 'subject', 'term'], unique: true }],
  endpoints: [
    readGradeSheet,
    saveGradeSheet,
    exportGradeSheet,
    importGradeSheet,
    gradeProgress,
    remindGradeEntry,
    csdlScoresExport,
  ],
  hooks: {
    beforeValidate: [
      validateGrade,
      uniqueTogether(['student', 'subject', 'term'], 'Học sinh này đã có điểm môn này trong học kỳ.'),
    ],
    beforeChange: [rejectLockedGrade, computeGradeAverage, computeRegularFilled],
  },
  fields: [
    studentField(),
    subjectField(),
    classField(),
    termField(),
    {
      name: 'regular',
      type: 'json',
      label: label('Điểm đánh giá thường xuyên (ĐĐGtx)', 'Regular assessments'),
      admin: {
        // TX1…TXn boxes instead of Payload's JSON editor, which loads its code from a CDN.
        components: { Field: '@/components/admin/grades/RegularScoresField#RegularScoresField' },
      },
    },
    cell('midterm', 'Giữa kỳ (ĐĐGgk)', 'Mid-term'),
    cell('final', 'Cuối kỳ (ĐĐGck)', 'End of term'),
    {
      name: 'comment',
      type: 'textarea',
      maxLength: 500,
      label: label('Nhận xét của giáo viên bộ môn (học kỳ)', "Subject teacher's comment (term)"),
    },
    {
      name: 'yearComment',
      type: 'textarea',
      maxLength: 500,
      label: label('Nhận xét cả năm (ghi ở học kỳ II)', "Subject teacher's year comment (on term II)"),
    },
    {
      name: 'average',
      type: 'text',
      index: true,
      label: label('Điểm trung bình môn học kỳ (tự tính)', 'Term average (computed)'),
      admin: { readOnly: true },
    },
    {
      name: 'locked',
      type: 'checkbox',
      defaultValue: false,
      index: true,
      label: label('Đã khoá', 'Locked'),
      admin: { readOnly: true, position: 'sidebar' },
    },
    {
      // Bit i: regular assessment i holds a value (computed), what the progress report counts.
      name: 'regularFilled',
      type: 'number',
      defaultValue: 0,
      label: label('Ô ĐĐGtx đã có điểm (tự tính)', 'Regular cells filled (computed)'),
      admin: { hidden: true, readOnly: true },
    },
    {
      name: 'revision',
      type: 'number',
      defaultValue: 0,
      label: label('Lần lưu', 'Revision'),
      admin: { readOnly: true, position: 'sidebar' },
    },
  ],
}
