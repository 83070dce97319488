import type { CollectionConfig } from 'payload'

import { nobody } from '@/access/common'
import { canReadReceipts } from '@/access/guardian-messages'
import { label } from '@/i18n/label'

/**
 * Read receipts: a guardian confirmed in the portal that they read a message the school sent
 * (`parent-messages`). Written only by the portal (`POST /api/guardians/receipts`), never edited.
 */
export const MessageReceipts: CollectionConfig = {
  slug: 'message-receipts',
  labels: { singular: label('Xác nhận đã đọc', 'Read receipt'), plural: label('Xác nhận đã đọc', 'Read receipts') },
  admin: { group: label('Phụ huynh', 'Parents'), defaultColumns: ['message', 'guardian', 'student', 'readAt'] },
  access: {
    read: canReadReceipts,
    create: nobody,
    update: nobody,
    delete: nobody,
  },
  fields: [
    { name: 'message', type: 'relationship', relationTo: 'parent-messages', required: true, index: true },
    { name: 'guardian', type: 'relationship', relationTo: 'guardians', required: true, index: true },
    { name: 'student', type: 'relationship', relationTo: 'students', required: true },
    { name: 'readAt', type: 'date', required: true, admin: { date: { pickerAppearance: 'dayAndTime' } } },
  ],
}
