import type { Field, GlobalConfig } from 'payload'

import { anyRole } from '@/access/common'
import { PUBLISHER_ROLES } from '@/access/website'
import { label } from '@/i18n/label'
import { globalMediaUsage } from '@/hooks/media/mediaUsage'
import { revalidateWholeSite } from '@/hooks/website/revalidateSite'
import { mediaIn } from '@/website/mediaOfArticle'

/** Links go to a web address or a page of the site, never to `javascript:` or another scheme. */
const safeUrl = (value: unknown) =>
  value === null || value === undefined || value === '' || /^(https?:\/\/|\/(?!\/))/.test(String(value))
    ? true
    : 'Địa chỉ phải bắt đầu bằng http://, https:// hoặc / (một trang của website).'

const link = (name: string, vi: string, en: string): Field => ({
  name,
  type: 'array',
  label: label(vi, en),
  labels: { singular: label('Liên kết', 'Link'), plural: label(vi, en) },
  fields: [
    { name: 'label', type: 'text', required: true, label: label('Nhãn', 'Label') },
    { name: 'url', type: 'text', required: true, validate: safeUrl, label: label('Địa chỉ', 'URL') },
  ],
})

// The crest and banner are shown on every public page: they are in public use.
const settingsMedia = globalMediaUsage(mediaIn({ uploads: ['crest', 'banner'] }))

/**
 * Who the school is and how to reach it, edited by the website administrator: the site's header,
 * footer, contact page, RSS, JSON-LD (`School`), Open Graph, favicon and menu read it. Public
 * (`GET /api/globals/site-settings`): everything here is meant to be published.
 */
export const SiteSettings: GlobalConfig = {
  slug: 'site-settings',
  label: label('Cấu hình website', 'Site settings'),
  admin: { group: label('Website', 'Website') },
  access: { read: () => true, update: anyRole(...PUBLISHER_ROLES) },
  custom: settingsMedia.custom,
  hooks: { afterChange: [revalidateWholeSite, settingsMedia.afterChange] },
  fields: [
    { name: 'schoolName', type: 'text', required: true, label: label('Tên trường', 'School name') },
    { name: 'tagline', type: 'text', label: label('Khẩu hiệu, giới thiệu ngắn', 'Tagline') },
    { name: 'crest', type: 'upload', relationTo: 'media', label: label('Logo (huy hiệu)', 'Crest') },
    { name: 'banner', type: 'upload', relationTo: 'media', label: label('Ảnh bìa', 'Banner') },
    {
      type: 'row',
      fields: [
        { name: 'address', type: 'text', label: label('Địa chỉ', 'Address') },
        { name: 'phone', type: 'text', label: label('Điện thoại', 'Phone') },
        { name: 'email', type: 'email', label: label('Thư điện tử', 'E-mail') },
      ],
    },
    { name: 'mapUrl', type: 'text', validate: safeUrl, label: label('Liên kết bản đồ', 'Map link') },
    {
      name: 'responsible',
      type: 'group',
      label: label('Người chịu trách nhiệm nội dung', 'Person responsible for the content'),
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'name', type: 'text', label: label('Họ tên', 'Name') },
            { name: 'title', type: 'text', label: label('Chức vụ', 'Title') },
          ],
        },
      ],
    },
    link('authorityLinks', 'Cơ quan quản lý (Bộ, Sở, Phòng)', 'Ministry, Department, District office'),
    link('socialLinks', 'Mạng xã hội', 'Social links'),
    link('menu', 'Mục menu', 'Menu items'),
  ],
}
