import type { CollectionConfig } from 'payload'

import { publishedByPublishers } from '@/access/website'
import { label } from '@/i18n/label'
import { revalidateOnDelete, revalidateOnPublish } from '@/hooks/website/revalidateSite'

/** The three public disclosures of Thông tư 09/2024/TT-BGDĐT, in the order the site shows them. */
export const DISCLOSURE_KINDS = [
  { value: 'quality-commitment', label: label('Cam kết chất lượng giáo dục', 'Commitment to quality') },
  { value: 'quality-conditions', label: label('Điều kiện bảo đảm chất lượng giáo dục', 'Conditions for quality') },
  { value: 'finance', label: label('Thu, chi tài chính', 'Revenue and spending') },
]

/**
 * Công khai (Thông tư 09/2024): one disclosure per school year and kind, made of a page of the site
 * and/or published public documents (each shown only when the public may read it). Published by the
 * website's managers; the public reads published ones at /cong-khai.
 */
export const Disclosures: CollectionConfig = {
  slug: 'disclosures',
  labels: { singular: label('Công khai', 'Disclosure'), plural: label('Công khai', 'Disclosures') },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'schoolYear', 'kind', '_status'],
    group: label('Website', 'Website'),
  },
  defaultSort: '-schoolYear',
  access: publishedByPublishers,
  versions: { drafts: true, maxPerDoc: 20 },
  hooks: { afterChange: [revalidateOnPublish], afterDelete: [revalidateOnDelete] },
  fields: [
    { name: 'title', type: 'text', required: true, label: label('Tiêu đề', 'Title') },
    {
      name: 'schoolYear',
      type: 'text',
      required: true,
      index: true,
      label: label('Năm học', 'School year'),
      admin: { description: label('Dạng 2026-2027', 'As 2026-2027') },
      validate: (value: unknown) => {
        const match = /^(\d{4})-(\d{4})$/.exec(String(value ?? ''))
        return match && Number(match[2]) === Number(match[1]) + 1 ? true : 'Năm học phải có dạng 2026-2027.'
      },
    },
    {
      name: 'kind',
      type: 'select',
      required: true,
      options: DISCLOSURE_KINDS,
      label: label('Nội dung công khai', 'Kind'),
    },
    { name: 'page', type: 'relationship', relationTo: 'pages', label: label('Trang nội dung', 'Page') },
    {
      name: 'documents',
      type: 'relationship',
      relationTo: 'documents',
      hasMany: true,
      label: label('Văn bản công khai', 'Public documents'),
    },
  ],
}
