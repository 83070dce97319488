import type { Field, TextField } from 'payload'

import { label } from '@/i18n/label'
import { slugFromTitle } from '@/hooks/website/slugFromTitle'

/** The address of a page or category, made from its title when left empty. */
export const slugField = (extra: Partial<Pick<TextField, 'admin'>> = {}): TextField => ({
  name: 'slug',
  type: 'text',
  unique: true,
  index: true,
  label: label('Đường dẫn', 'Slug'),
  hooks: { beforeValidate: [slugFromTitle] },
  ...extra,
})

/** Fields every page of the website has: a title, its slug, the search-engine texts. */
export const titleAndSlug: Field[] = [
  { name: 'title', type: 'text', required: true, label: label('Tiêu đề', 'Title') },
  slugField({
    admin: { position: 'sidebar', description: label('Để trống: tạo từ tiêu đề.', 'Empty: made from the title.') },
  }),
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

/** The department an article or album belongs to (its head reviews it), in the sidebar. */
export const departmentField: Field = {
  name: 'department',
  type: 'relationship',
  relationTo: 'departments',
  index: true,
  label: label('Tổ chuyên môn', 'Department'),
  admin: { position: 'sidebar' },
}

export const publishDateField: Field = {
  name: 'publishDate',
  type: 'date',
  index: true,
  label: label('Ngày đăng', 'Publish date'),
  admin: { position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } },
}
