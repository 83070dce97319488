import type { CollectionConfig } from 'payload'

import { anyRole } from '@/access/common'
import { ANNOUNCER_ROLES, publishedOr } from '@/access/website'
import { label } from '@/i18n/label'
import { refuseUnsafeContent } from '@/hooks/website/refuseUnsafeContent'
import { revalidateOnDelete, revalidateOnPublish } from '@/hooks/website/revalidateSite'
import { mediaUsage } from '@/hooks/media/mediaUsage'
import { mediaIn } from '@/website/mediaOfArticle'

export const ANNOUNCEMENT_KINDS = [
  { value: 'timetable', label: label('Thời khóa biểu', 'Timetable') },
  { value: 'lunch-menu', label: label('Thực đơn bán trú', 'Lunch menu') },
  { value: 'test-schedule', label: label('Lịch kiểm tra', 'Test schedule') },
  { value: 'gifted-exam-schedule', label: label('Lịch thi học sinh giỏi', 'Gifted-student exam schedule') },
  { value: 'notice', label: label('Thông báo', 'Notice') },
]

const announcementMedia = mediaUsage({
  published: { _status: { equals: 'published' } },
  mediaOf: mediaIn({ uploads: ['attachments'], richText: ['body'] }),
})

/** Announcements (R7.4, A17.3–4): the website administrator and leadership post and publish. */
export const Announcements: CollectionConfig = {
  slug: 'announcements',
  labels: { singular: label('Thông báo', 'Announcement'), plural: label('Thông báo', 'Announcements') },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'kind', 'validFrom', 'validTo', '_status'],
    group: label('Website', 'Website'),
  },
  defaultSort: '-validFrom',
  access: {
    read: publishedOr(...ANNOUNCER_ROLES),
    readVersions: anyRole(...ANNOUNCER_ROLES),
    create: anyRole(...ANNOUNCER_ROLES),
    update: anyRole(...ANNOUNCER_ROLES),
    delete: anyRole(...ANNOUNCER_ROLES),
  },
  versions: { drafts: true, maxPerDoc: 20 },
  custom: announcementMedia.custom,
  hooks: {
    beforeValidate: [refuseUnsafeContent({ richText: ['body'], urls: ['link'], texts: ['title'] })],
    beforeChange: [announcementMedia.beforeChange],
    afterChange: [revalidateOnPublish, announcementMedia.afterChange],
    afterDelete: [revalidateOnDelete, announcementMedia.afterDelete],
  },
  fields: [
    { name: 'title', type: 'text', required: true, label: label('Tiêu đề', 'Title') },
    {
      name: 'kind',
      type: 'select',
      required: true,
      index: true,
      options: ANNOUNCEMENT_KINDS,
      label: label('Loại thông báo', 'Kind'),
    },
    {
      type: 'row',
      fields: [
        {
          name: 'validFrom',
          type: 'date',
          required: true,
          index: true,
          label: label('Hiệu lực từ', 'Valid from'),
          admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'dd/MM/yyyy' } },
        },
        {
          name: 'validTo',
          type: 'date',
          index: true,
          label: label('Hiệu lực đến', 'Valid to'),
          admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'dd/MM/yyyy' } },
        },
      ],
    },
    { name: 'body', type: 'richText', label: label('Nội dung', 'Body') },
    { name: 'link', type: 'text', label: label('Liên kết', 'Link') },
    {
      name: 'attachments',
      type: 'upload',
      relationTo: 'media',
      hasMany: true,
      label: label('Tệp đính kèm', 'Attachments'),
    },
    announcementMedia.field,
  ],
}
