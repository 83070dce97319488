import type { CollectionConfig } from 'payload'

import { nobody } from '@/access/common'
import { canReadGuardianMessages, canWriteGuardianMessage } from '@/access/guardian-messages'
import { replyToGuardianMessage } from '@/endpoints/guardianMessageReply'
import { checkAttachmentOwner, prepareMessage, stampAttachments } from '@/hooks/guardian-messages/prepareMessage'
import { options } from '@/collections/fields/options'
import { label } from '@/i18n/label'
import { classField, guardianField, studentField } from '@/collections/fields/relations'

const serverSet = { readOnly: true }

/**
 * Two-way messages between a guardian and their child's homeroom teacher (A9.5). Guardians write
 * from the portal; the teacher answers here in the admin (a new message in the thread); the
 * principal reads every class's threads. Messages are never edited or deleted, and every one is
 * in the audit log.
 */
export const GuardianMessages: CollectionConfig = {
  slug: 'guardian-messages',
  labels: {
    singular: label('Trao đổi với phụ huynh', 'Guardian message'),
    plural: label('Trao đổi với phụ huynh', 'Guardian messages'),
  },
  admin: {
    useAsTitle: 'body',
    defaultColumns: ['createdAt', 'student', 'guardian', 'direction', 'body', 'readAt'],
    group: label('Phụ huynh', 'Parents'),
    description: label(
      'Trả lời phụ huynh: mở tin nhắn của phụ huynh và bấm "Trả lời".',
      'To answer, open the guardian\'s message and press "Reply".',
    ),
  },
  defaultSort: '-createdAt',
  access: {
    read: canReadGuardianMessages,
    create: canWriteGuardianMessage,
    update: nobody,
    delete: nobody,
  },
  endpoints: [replyToGuardianMessage],
  hooks: {
    beforeValidate: [prepareMessage],
    beforeChange: [checkAttachmentOwner],
    afterChange: [stampAttachments],
  },
  fields: [
    studentField(),
    guardianField(),
    {
      name: 'direction',
      type: 'select',
      required: true,
      label: label('Chiều', 'Direction'),
      admin: serverSet,
      options: options({
        'from-guardian': ['Phụ huynh gửi', 'From the guardian'],
        'from-school': ['Nhà trường trả lời', 'From the school'],
      }),
    },
    {
      name: 'body',
      type: 'textarea',
      required: true,
      label: label('Nội dung (tối đa 2.000 ký tự)', 'Message (up to 2,000 characters)'),
    },
    {
      name: 'attachments',
      type: 'upload',
      relationTo: 'message-attachments',
      hasMany: true,
      maxRows: 3,
      label: label('Tệp đính kèm (ảnh, PDF)', 'Attachments (images, PDF)'),
    },
    classField({ required: false, admin: serverSet }),
    {
      name: 'author',
      type: 'relationship',
      relationTo: 'users',
      label: label('Người trả lời', 'Answered by'),
      admin: serverSet,
    },
    {
      name: 'readAt',
      type: 'date',
      label: label('Người nhận đã đọc lúc', 'Read by the recipient at'),
      admin: { ...serverSet, date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      // The homeroom teacher's "Trả lời" box under a guardian's message (POST /api/guardian-messages/:id/reply).
      name: 'reply',
      type: 'ui',
      admin: { components: { Field: '@/components/admin/GuardianReplyField#GuardianReplyField' } },
    },
  ],
}
