import type { Field } from 'payload'

import { label } from '@/i18n/label'
import { slugFromTitle } from '@/hooks/website/slugFromTitle'

/** Fields every page of the website has: a title, its slug, the search-engine texts. */
export const titleAndSlug: Field[] = [
  { name: 'title', type: 'text', required: true, label: label('Tiêu đề', 'Title') },
  {
    name: 'slug',
    type: 'text',
    unique: true,
    index: true,
    label: label('Đường dẫn', 'Slug'),
    hooks: { beforeValidate: [slugFromTitle] },
    admin: { position: 'sidebar', description: label('Để trống: tạo từ tiêu đề.', 'Empty: made from the title.') },
  },
]

export const seoGroup: Field = {
  name: 'seo',
  type: 'group',
  label: label('Tối ưu tìm kiếm (SEO)', 'SEO'),
  fields: [
    { name: 'title', type: 'text', maxLength: 70, label: label('Tiêu đề SEO', 'SEO title') },
    { name: 'description', type: 'textarea', maxLength: 200, label: label('Mô tả SEO', 'SEO description') },
  ],
}
