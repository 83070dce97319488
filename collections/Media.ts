import type { CollectionConfig } from 'payload'

import { anyRole, signedIn } from '@/access/common'
import { readMedia, staffOnlyField } from '@/access/website'
import { label } from '@/i18n/label'
import { checkUploadedFile } from '@/hooks/website/checkUploadedFile'
import { markShowsStudents } from '@/hooks/website/markShowsStudents'

const webp = { format: 'webp' as const, options: { quality: 80 } }
const systemOnly = { create: () => false, update: () => false }

/**
 * Images and PDFs of the website. Judged by content (no SVG, no executables), 10 MB at most,
 * metadata stripped, WebP sizes for the pages. Media showing students are tagged with them and
 * stay private until an article's consent check clears them. Attachments of official documents are
 * public only while a document listing them is public and published (`syncAttachmentVisibility`).
 */
export const Media: CollectionConfig = {
  slug: 'media',
  labels: { singular: label('Tệp media', 'Media'), plural: label('Thư viện media', 'Media') },
  admin: { group: label('Website', 'Website'), defaultColumns: ['filename', 'alt', 'mimeType', 'filesize'] },
  access: {
    read: readMedia,
    create: signedIn,
    update: signedIn,
    delete: anyRole('website-admin', 'principal', 'sysadmin'),
  },
  hooks: {
    beforeOperation: [checkUploadedFile],
    beforeChange: [markShowsStudents],
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
    // Set by the documents' hook: an official document's attachment follows the document's publication.
    {
      name: 'documentAttachment',
      type: 'checkbox',
      defaultValue: false,
      index: true,
      access: systemOnly,
      admin: { hidden: true },
    },
    {
      name: 'publicDocument',
      type: 'checkbox',
      defaultValue: false,
      index: true,
      access: systemOnly,
      admin: { hidden: true },
    },
  ],
}
