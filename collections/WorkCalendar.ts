import type { CollectionConfig } from 'payload'

import { anyRole, nobody } from '@/access/common'
import { revalidatePageOf } from '@/hooks/website/revalidateSite'
import { label } from '@/i18n/label'

const leadership = anyRole('principal', 'vice-principal', 'clerk')

/**
 * The leadership's work calendar (lịch công tác): the principal, vice-principals and the clerk keep
 * it; every staff member reads it; the public reads the entries marked public, on the website.
 */
const calendarPage = revalidatePageOf('/lich-cong-tac')

export const WorkCalendar: CollectionConfig = {
  slug: 'work-calendar',
  labels: { singular: label('Lịch công tác', 'Work calendar entry'), plural: label('Lịch công tác', 'Work calendar') },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['start', 'title', 'location', 'isPublic'],
    group: label('Hành chính', 'Administration'),
  },
  defaultSort: 'start',
  // The public entries are on /lich-cong-tac, a cached page.
  hooks: { afterChange: [calendarPage.afterChange], afterDelete: [calendarPage.afterDelete] },
  access: {
    read: ({ req }) => (req.user ? true : { isPublic: { equals: true } }),
    create: leadership,
    update: leadership,
    delete: leadership,
    readVersions: nobody,
  },
  fields: [
    { name: 'title', type: 'text', required: true, label: label('Nội dung công việc', 'Activity') },
    {
      type: 'row',
      fields: [
        {
          name: 'start',
          type: 'date',
          required: true,
          index: true,
          label: label('Bắt đầu', 'Start'),
          admin: { date: { pickerAppearance: 'dayAndTime' } },
        },
        {
          name: 'end',
          type: 'date',
          label: label('Kết thúc', 'End'),
          admin: { date: { pickerAppearance: 'dayAndTime' } },
        },
      ],
    },
    { name: 'location', type: 'text', label: label('Địa điểm', 'Location') },
    { name: 'chair', type: 'text', label: label('Chủ trì', 'Chair') },
    { name: 'participants', type: 'textarea', label: label('Thành phần', 'Participants') },
    {
      name: 'internalNotes',
      type: 'textarea',
      label: label('Ghi chú nội bộ', 'Internal notes'),
      access: { read: ({ req }) => Boolean(req.user) },
    },
    {
      name: 'isPublic',
      type: 'checkbox',
      defaultValue: false,
      label: label('Công khai trên website', 'Public'),
      admin: { position: 'sidebar' },
    },
  ],
}
