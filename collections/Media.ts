import type { CollectionConfig } from 'payload'

import { anyRole, signedIn } from '@/access/common'
import { label } from '@/i18n/label'

/**
 * Images and PDFs. Staff upload; the website issue refines who may read what (public images of
 * published content, consent for images showing students).
 */
export const Media: CollectionConfig = {
  slug: 'media',
  labels: { singular: label('Tệp media', 'Media'), plural: label('Thư viện media', 'Media') },
  admin: { group: label('Website', 'Website'), defaultColumns: ['filename', 'alt', 'mimeType', 'filesize'] },
  access: {
    read: signedIn,
    create: signedIn,
    update: signedIn,
    delete: anyRole('website-admin', 'principal', 'sysadmin'),
  },
  upload: {
    staticDir: 'media',
    mimeTypes: ['image/jpeg', 'image/png', 'image/webp', 'application/pdf'],
  },
  fields: [
    { name: 'alt', type: 'text', required: true, label: label('Mô tả ảnh (alt)', 'Alternative text') },
  ],
}
