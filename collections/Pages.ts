import type { CollectionConfig } from 'payload'

import { publishedByPublishers } from '@/access/website'
import { label } from '@/i18n/label'
import { refuseUnsafeContent } from '@/hooks/website/refuseUnsafeContent'
import { revalidateOnDelete, revalidateOnPublish } from '@/hooks/website/revalidateSite'

import { mediaUsage } from '@/hooks/media/mediaUsage'
import { mediaIn } from '@/website/mediaOfArticle'

import { seoGroup, titleAndSlug } from './website-fields'

const pageMedia = mediaUsage({
  published: { _status: { equals: 'published' } },
  mediaOf: mediaIn({ richText: ['content'] }),
})

/** Standing pages of the site (about the school, contacts), kept by the website's managers. */
export const Pages: CollectionConfig = {
  slug: 'pages',
  labels: { singular: label('Trang', 'Page'), plural: label('Trang', 'Pages') },
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'slug', '_status'], group: label('Website', 'Website') },
  access: publishedByPublishers,
  versions: { drafts: true, maxPerDoc: 20 },
  custom: pageMedia.custom,
  hooks: {
    beforeValidate: [
      refuseUnsafeContent({ richText: ['content'], texts: ['title'], plainTexts: ['seo.title', 'seo.description'] }),
    ],
    beforeChange: [pageMedia.beforeChange],
    afterChange: [revalidateOnPublish, pageMedia.afterChange],
    afterDelete: [revalidateOnDelete, pageMedia.afterDelete],
  },
  fields: [
    ...titleAndSlug,
    { name: 'content', type: 'richText', label: label('Nội dung', 'Content') },
    seoGroup,
    pageMedia.field,
  ],
}
