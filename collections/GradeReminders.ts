import type { CollectionConfig } from 'payload'

import { nobody } from '@/access/common'
import { canReadGradeReminders, canUpdateOwnReminder } from '@/access/gradebook'
import { options } from '@/collections/fields/options'
import { label } from '@/i18n/label'
import { classField, subjectField, teacherField, termField } from '@/collections/fields/relations'

const systemOnly = { create: () => false, update: () => false }

/**
 * Reminders to a teacher about grade cells still missing (the progress dashboard's "remind"): the
 * teacher's in-app list, and the record of who reminded whom when, which the dashboard shows.
 * Written by the remind endpoint only; the e-mail goes out through the jobs queue.
 */
export const GradeReminders: CollectionConfig = {
  slug: 'grade-reminders',
  labels: {
    singular: label('Nhắc nhập điểm', 'Grade entry reminder'),
    plural: label('Nhắc nhập điểm', 'Grade entry reminders'),
  },
  admin: {
    useAsTitle: 'message',
    defaultColumns: ['message', 'teacher', 'sentBy', 'createdAt', 'read'],
    group: label('Sổ điểm', 'Gradebook'),
  },
  defaultSort: '-createdAt',
  access: {
    read: canReadGradeReminders,
    create: nobody,
    update: canUpdateOwnReminder,
    delete: nobody,
    readVersions: nobody,
  },
  disableDuplicate: true,
  fields: [
    teacherField({ access: systemOnly }),
    termField({ access: systemOnly }),
    classField({ index: false, access: systemOnly }),
    subjectField({ index: false, access: systemOnly }),
    { name: 'missing', type: 'number', label: label('Số ô điểm còn thiếu', 'Missing cells'), access: systemOnly },
    { name: 'message', type: 'text', required: true, label: label('Nội dung', 'Message'), access: systemOnly },
    {
      name: 'sentBy',
      type: 'relationship',
      relationTo: 'users',
      index: true,
      label: label('Người nhắc', 'Sent by'),
      access: systemOnly,
    },
    {
      name: 'emailStatus',
      type: 'select',
      defaultValue: 'queued',
      label: label('Thư điện tử', 'E-mail'),
      access: systemOnly,
      options: options({
        queued: ['Đang chờ gửi', 'Queued'],
        sent: ['Đã gửi', 'Sent'],
        failed: ['Gửi lỗi', 'Failed'],
      }),
      admin: { position: 'sidebar' },
    },
    {
      name: 'read',
      type: 'checkbox',
      defaultValue: false,
      label: label('Đã đọc', 'Read'),
      admin: { position: 'sidebar' },
    },
  ],
}
