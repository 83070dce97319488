import type { CollectionConfig } from 'payload'

import { nobody } from '@/access/common'
import { canReadExportRuns } from '@/access/exportRuns'
import { EXPORT_KIND_LABELS, EXPORT_KINDS, EXPORT_STATUSES } from '@/domain/exports/kinds'
import { startExport } from '@/endpoints/exports/startExport'
import { label } from '@/i18n/label'
import { schoolYearField } from '@/collections/fields/relations'

const readOnly = { readOnly: true }

/**
 * Whole-year exports built by the jobs queue: the year's archive (every class's sổ theo dõi, every
 * student's học bạ, the year's results, a manifest of SHA-256 hashes) and the CSDL exports of a
 * whole year. A run is started with `POST /api/export-runs/start`; the `buildExport` job reports
 * its progress here (queued, running n of N, done, failed) and stores the file on the run. Its own
 * upload collection, so the file is served only to those who may read the run.
 */
export const ExportRuns: CollectionConfig = {
  slug: 'export-runs',
  labels: {
    singular: label('Tệp xuất cả năm', 'Year export'),
    plural: label('Xuất dữ liệu và lưu trữ năm học', 'Year exports and archives'),
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'kind', 'schoolYear', 'status', 'done', 'total', 'createdAt'],
    group: label('Hành chính', 'Administration'),
  },
  defaultSort: '-createdAt',
  access: { read: canReadExportRuns, create: nobody, update: nobody, delete: nobody },
  endpoints: [startExport],
  upload: {
    staticDir: 'export-runs',
    filesRequiredOnCreate: false,
    mimeTypes: ['application/zip', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
  },
  fields: [
    { name: 'title', type: 'text', label: label('Tên', 'Title'), admin: readOnly },
    {
      name: 'kind',
      type: 'select',
      required: true,
      index: true,
      label: label('Loại', 'Kind'),
      options: EXPORT_KINDS.map((value) => ({ value, label: EXPORT_KIND_LABELS[value] })),
      admin: readOnly,
    },
    schoolYearField({ index: false, admin: readOnly }),
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'queued',
      label: label('Trạng thái', 'Status'),
      options: EXPORT_STATUSES.map((value) => ({
        value,
        label: {
          queued: label('Đang chờ', 'Queued'),
          running: label('Đang chạy', 'Running'),
          done: label('Đã xong', 'Done'),
          failed: label('Thất bại', 'Failed'),
        }[value],
      })),
      admin: readOnly,
    },
    {
      type: 'row',
      fields: [
        { name: 'done', type: 'number', defaultValue: 0, label: label('Đã làm', 'Done'), admin: readOnly },
        { name: 'total', type: 'number', defaultValue: 0, label: label('Tổng số', 'Total'), admin: readOnly },
      ],
    },
    { name: 'message', type: 'text', label: label('Ghi chú / lỗi', 'Message'), admin: readOnly },
    {
      name: 'requestedBy',
      type: 'relationship',
      relationTo: 'users',
      label: label('Người yêu cầu', 'Requested by'),
      admin: readOnly,
    },
    { name: 'finishedAt', type: 'date', label: label('Hoàn thành lúc', 'Finished at'), admin: readOnly },
    {
      name: 'document',
      type: 'relationship',
      relationTo: 'documents',
      label: label('Văn bản lưu trữ', 'Archive record'),
      admin: { ...readOnly, description: label('Bản ghi trong sổ văn bản (lưu trữ)', 'Its record in the register') },
    },
  ],
}
