import type { CollectionConfig } from 'payload'

import { articleAccess } from '@/access/website'
import { label } from '@/i18n/label'
import { mediaUsage } from '@/hooks/media/mediaUsage'
import { defaultDepartment } from '@/hooks/website/defaultDepartment'
import { refuseUnsafeContent } from '@/hooks/website/refuseUnsafeContent'
import { revalidateOnDelete, revalidateOnPublish } from '@/hooks/website/revalidateSite'

import { mediaOfArticle } from '@/website/mediaOfArticle'

import { departmentField, publishDateField, titleAndSlug } from './website-fields'

// A published album's photos are in public use (the media read rule follows that mark).
const albumMedia = mediaUsage({ published: { _status: { equals: 'published' } }, mediaOf: mediaOfArticle })

/**
 * Photo albums of the school's events. Reviewed and published like articles (the editorial
 * workflow of src/website/articleWorkflow.ts, with its consent check on every photo showing
 * students); the same read and write rules as articles.
 */
export const Albums: CollectionConfig = {
  slug: 'albums',
  labels: { singular: label('Album ảnh', 'Photo album'), plural: label('Album ảnh', 'Photo albums') },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'reviewStage', 'department', '_status', 'publishDate'],
    group: label('Website', 'Website'),
  },
  defaultSort: '-publishDate',
  access: articleAccess,
  versions: { drafts: true, maxPerDoc: 20 },
  custom: albumMedia.custom,
  hooks: {
    beforeValidate: [refuseUnsafeContent({ richText: [], texts: ['title', 'description'] })],
    beforeChange: [defaultDepartment, albumMedia.beforeChange],
    afterChange: [revalidateOnPublish, albumMedia.afterChange],
    afterDelete: [revalidateOnDelete, albumMedia.afterDelete],
  },
  fields: [
    ...titleAndSlug,
    albumMedia.field,
    departmentField,
    publishDateField,
    { name: 'description', type: 'textarea', maxLength: 1000, label: label('Mô tả', 'Description') },
    {
      name: 'photos',
      type: 'upload',
      relationTo: 'media',
      hasMany: true,
      required: true,
      minRows: 1,
      maxRows: 200,
      label: label('Ảnh', 'Photos'),
    },
  ],
}
