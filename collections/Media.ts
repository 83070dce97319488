import type { CollectionConfig } from 'payload'

import { changeMedia, createMedia, readMedia, staffOnlyField } from '@/access/website'
import { label } from '@/i18n/label'
import { checkUploadedFile } from '@/hooks/website/checkUploadedFile'
import { markShowsStudents } from '@/hooks/website/markShowsStudents'
import { recordUploader } from '@/hooks/website/recordUploader'

const webp = { format: 'webp' as const, options: { quality: 80 } }
const systemOnly = { create: () => false, update: () => false }

/**
 * Images and PDFs of the website. Judged by content (no SVG, no executables), 10 MB at most,
 * metadata stripped, WebP sizes for the pages. A file is public only while published content or a
 * public, published document uses it (`publicUse`, kept by the using collections'
 * `hooks/media/mediaUsage.ts`); media showing students are tagged with them and stay private until
 * a consent check clears them. The uploader changes their file only while nothing published uses it.
 */
export const Media: CollectionConfig = {
  slug: 'media',
  labels: { singular: label('Tệp media', 'Media'), plural: label('Thư viện media', 'Media') },
  admin: { group: label('Website', 'Website'), defaultColumns: ['filename', 'alt', 'mimeType', 'filesize'] },
  access: {
    read: readMedia,
    create: createMedia,
    update: changeMedia,
    delete: changeMedia,
  },
  hooks: {
    beforeOperation: [checkUploadedFile],
    beforeChange: [recordUploader, markShowsStudents],
  },
  upload: {
    staticDir: 'media',
    mimeTypes: ['image/jpeg', 'image/png', 'image/webp', 'application/pdf'],
    imageSizes: [
      { name: 'thumbnail', width: 400, height: 300, position: 'centre', formatOptions: webp, withoutEnlargement: true },
      { name: 'card', width: 800, formatOptions: webp, withoutEnlargement: true },
      { name: 'hero', width: 1600, formatOptions: webp, withoutEnlargement: true },
    ],
    adminThumbnail: 'thumbnail',
  },
  fields: [
    { name: 'alt', type: 'text', required: true, label: label('Mô tả ảnh (alt)', 'Alternative text') },
    {
      name: 'students',
      type: 'relationship',
      relationTo: 'students',
      hasMany: true,
      label: label('Học sinh có trong ảnh', 'Students shown'),
      access: { read: staffOnlyField },
    },
    { name: 'showsStudents', type: 'checkbox', defaultValue: false, access: systemOnly, admin: { hidden: true } },
    { name: 'publicationCleared', type: 'checkbox', defaultValue: false, access: systemOnly, admin: { hidden: true } },
    {
      name: 'uploadedBy',
      type: 'relationship',
      relationTo: 'users',
      index: true,
      label: label('Người tải lên', 'Uploaded by'),
      access: { read: staffOnlyField, ...systemOnly },
      admin: { readOnly: true, position: 'sidebar' },
    },
    // Set by the using collections' hooks: published content or a public document shows the file.
    {
      name: 'publicUse',
      type: 'checkbox',
      defaultValue: false,
      index: true,
      access: systemOnly,
      admin: { hidden: true },
    },
  ],
}
