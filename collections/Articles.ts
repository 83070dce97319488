import type { CollectionConfig } from 'payload'

import { articleAccess } from '@/access/website'
import { articlePreviewLink } from '@/endpoints/articlePreviewLink'
import { editorialBoardReport } from '@/endpoints/editorialBoardReport'
import { label } from '@/i18n/label'
import { defaultDepartment } from '@/hooks/website/defaultDepartment'
import { refuseUnsafeContent } from '@/hooks/website/refuseUnsafeContent'
import { revalidateOnDelete, revalidateOnPublish } from '@/hooks/website/revalidateSite'
import { mediaOfArticle } from '@/website/mediaOfArticle'
import { previewUrl } from '@/website/preview'
import { mediaUsage } from '@/hooks/media/mediaUsage'

import { departmentField, publishDateField, seoGroup, titleAndSlug } from './website-fields'

/** Its cover and images are public only while the article is published. */
const articleMedia = mediaUsage({ published: { _status: { equals: 'published' } }, mediaOf: mediaOfArticle })

/**
 * News articles (R7). The review stages, author, reviewer notes and history come from the
 * editorial-workflow plugin (configured in src/website/articleWorkflow.ts), which also guards
 * publication. Drafts autosave; publishing can be scheduled.
 */
export const Articles: CollectionConfig = {
  slug: 'articles',
  labels: { singular: label('Bài viết', 'Article'), plural: label('Bài viết', 'Articles') },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'reviewStage', 'department', 'author', '_status', 'publishDate'],
    group: label('Website', 'Website'),
    preview: (doc) => (typeof doc.slug === 'string' ? previewUrl(doc.slug) : null),
  },
  defaultSort: '-publishDate',
  access: articleAccess,
  endpoints: [editorialBoardReport, articlePreviewLink],
  custom: articleMedia.custom,
  versions: {
    drafts: { autosave: { interval: 2000 }, schedulePublish: true },
    maxPerDoc: 50,
  },
  hooks: {
    beforeValidate: [
      refuseUnsafeContent({
        richText: ['content'],
        texts: ['title', 'excerpt'],
        plainTexts: ['seo.title', 'seo.description'],
      }),
    ],
    beforeChange: [defaultDepartment, articleMedia.beforeChange],
    afterChange: [revalidateOnPublish, articleMedia.afterChange],
    afterDelete: [revalidateOnDelete, articleMedia.afterDelete],
  },
  fields: [
    ...titleAndSlug,
    departmentField,
    {
      name: 'category',
      type: 'relationship',
      relationTo: 'categories',
      index: true,
      label: label('Chuyên mục', 'Category'),
      admin: { position: 'sidebar' },
    },
    publishDateField,
    { name: 'coverImage', type: 'upload', relationTo: 'media', label: label('Ảnh bìa', 'Cover image') },
    { name: 'excerpt', type: 'textarea', maxLength: 400, label: label('Tóm tắt', 'Excerpt') },
    { name: 'content', type: 'richText', label: label('Nội dung', 'Content') },
    seoGroup,
    // no data: the reviewer's button for a 24-hour preview link to the draft
    {
      name: 'previewLink',
      type: 'ui',
      admin: { position: 'sidebar', components: { Field: '@/components/admin/PreviewLink#PreviewLink' } },
    },
    articleMedia.field,
  ],
}
