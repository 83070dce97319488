import type { CollectionConfig } from 'payload'

import { custodyField, examPapersAccess } from '@/access/exam-papers'
import { examPapersHandover } from '@/endpoints/examPapersHandover'
import { options } from '@/collections/fields/options'
import { label } from '@/i18n/label'
import { schoolYearField, subjectField } from '@/collections/fields/relations'
import { checkSubjectOfHead } from '@/hooks/exam-papers/checkSubjectOfHead'

const systemField = { create: () => false, update: () => false }

/**
 * The archive of periodic test papers (R8.1), one file per paper: kept by academic leadership
 * during the year, handed over to the library at year end (`POST /api/exam-papers/handover`).
 * Its own upload collection, so the files are served only to those who may read the record.
 */
export const ExamPapers: CollectionConfig = {
  slug: 'exam-papers',
  labels: { singular: label('Đề kiểm tra', 'Exam paper'), plural: label('Lưu trữ đề kiểm tra', 'Exam papers') },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'subject', 'grade', 'schoolYear', 'custody'],
    group: label('Chuyên môn', 'Academic'),
  },
  defaultSort: '-createdAt',
  access: examPapersAccess,
  endpoints: [examPapersHandover],
  hooks: { beforeChange: [checkSubjectOfHead] },
  upload: {
    staticDir: 'exam-papers',
    mimeTypes: [
      'application/pdf',
      'application/msword',
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    ],
  },
  fields: [
    { name: 'title', type: 'text', required: true, label: label('Tên đề', 'Title') },
    schoolYearField({ index: false }),
    subjectField({ index: false, label: label('Môn', 'Subject') }),
    { name: 'grade', type: 'number', required: true, min: 6, max: 9, label: label('Khối', 'Grade') },
    {
      name: 'assessment',
      type: 'select',
      required: true,
      label: label('Kỳ kiểm tra', 'Assessment'),
      options: options({
        'midterm-1': ['Giữa học kỳ I', 'Mid-term I'],
        'final-1': ['Cuối học kỳ I', 'End of term I'],
        'midterm-2': ['Giữa học kỳ II', 'Mid-term II'],
        'final-2': ['Cuối học kỳ II', 'End of term II'],
      }),
    },
    {
      name: 'custody',
      type: 'select',
      required: true,
      defaultValue: 'academic',
      access: custodyField,
      label: label('Nơi quản lý', 'Custody'),
      options: options({
        academic: ['Tổ chuyên môn / Ban giám hiệu', 'Academic leadership'],
        library: ['Thư viện (đã bàn giao)', 'Library (handed over)'],
      }),
      admin: { position: 'sidebar', readOnly: true },
    },
    {
      name: 'handedOverAt',
      type: 'date',
      access: { create: () => false, update: custodyField.update },
      label: label('Ngày bàn giao', 'Handed over'),
      admin: { position: 'sidebar', readOnly: true },
    },
    {
      name: 'uploadedBy',
      type: 'relationship',
      relationTo: 'users',
      access: systemField,
      label: label('Người lưu', 'Uploaded by'),
      admin: { position: 'sidebar', readOnly: true },
    },
  ],
}
