import type { CollectionConfig } from 'payload'

import { nobody } from '@/access/common'
import { canReadMessageAttachments, canUploadMessageAttachment } from '@/access/guardian-messages'
import { stampUploader } from '@/hooks/guardian-messages/stampUploader'
import { checkUploadedFile } from '@/hooks/website/checkUploadedFile'
import { label } from '@/i18n/label'

/**
 * Files a guardian attaches to a message: JPEG, PNG, WebP or PDF judged by content (no SVG, no
 * executables), 10 MB at most, images stripped of metadata. Private: never on the website.
 */
export const MessageAttachments: CollectionConfig = {
  slug: 'message-attachments',
  labels: {
    singular: label('Tệp đính kèm', 'Attachment'),
    plural: label('Tệp đính kèm tin nhắn', 'Message attachments'),
  },
  admin: { group: label('Phụ huynh', 'Parents'), defaultColumns: ['filename', 'guardian', 'class'] },
  access: {
    read: canReadMessageAttachments,
    create: canUploadMessageAttachment,
    update: nobody,
    delete: nobody,
  },
  hooks: {
    beforeOperation: [checkUploadedFile],
    beforeChange: [stampUploader],
  },
  upload: {
    staticDir: 'message-attachments',
    mimeTypes: ['image/jpeg', 'image/png', 'image/webp', 'application/pdf'],
  },
  fields: [
    { name: 'guardian', type: 'relationship', relationTo: 'guardians', index: true, admin: { readOnly: true } },
    { name: 'class', type: 'relationship', relationTo: 'classes', index: true, admin: { readOnly: true } },
  ],
}
