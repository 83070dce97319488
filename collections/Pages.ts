import type { CollectionConfig } from 'payload'

import { anyRole } from '@/access/common'
import { PUBLISHER_ROLES, publishedOr } from '@/access/website'
import { label } from '@/i18n/label'
import { refuseUnsafeContent } from '@/hooks/website/refuseUnsafeContent'
import { revalidateOnDelete, revalidateOnPublish } from '@/hooks/website/revalidateSite'

import { seoGroup, titleAndSlug } from './website-fields'

/** Standing pages of the site (about the school, contacts), kept by the website's managers. */
export const Pages: CollectionConfig = {
  slug: 'pages',
  labels: { singular: label('Trang', 'Page'), plural: label('Trang', 'Pages') },
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'slug', '_status'], group: label('Website', 'Website') },
  access: {
    read: publishedOr(...PUBLISHER_ROLES),
    readVersions: anyRole(...PUBLISHER_ROLES),
    create: anyRole(...PUBLISHER_ROLES),
    update: anyRole(...PUBLISHER_ROLES),
    delete: anyRole(...PUBLISHER_ROLES),
  },
  versions: { drafts: true, maxPerDoc: 20 },
  hooks: {
    beforeValidate: [
      refuseUnsafeContent({ richText: ['content'], texts: ['title'], plainTexts: ['seo.title', 'seo.description'] }),
    ],
    afterChange: [revalidateOnPublish],
    afterDelete: [revalidateOnDelete],
  },
  fields: [...titleAndSlug, { name: 'content', type: 'richText', label: label('Nội dung', 'Content') }, seoGroup],
}
