import type { CollectionConfig, Validate } from 'payload'

import {
  clerkField,
  documentsAccess,
  PUBLISHED_DOCUMENTS,
  publicationField,
  registrationField,
  routingField,
} from '@/access/documents'
import { DOCUMENT_TYPES, INCOMING_STATUSES } from '@/domain/documents/numbering'
import { documentRegister } from '@/endpoints/documentRegister'
import { options } from '@/collections/fields/options'
import { label } from '@/i18n/label'
import { assignRegisterNumber } from '@/hooks/documents/assignRegisterNumber'
import { flagOverdue } from '@/hooks/documents/flagOverdue'
import { mediaUsage } from '@/hooks/media/mediaUsage'
import { revalidatePageOf } from '@/hooks/website/revalidateSite'
import { mediaIn } from '@/website/mediaOfArticle'

const dayOnly = { date: { pickerAppearance: 'dayOnly' as const, displayFormat: 'dd/MM/yyyy' } }
const incomingOnly = { condition: (data: { direction?: string }) => data?.direction === 'incoming' }
const outgoingOnly = { condition: (data: { direction?: string }) => data?.direction === 'outgoing' }

const requiredWhen =
  (direction: 'incoming' | 'outgoing', message: string): Validate =>
  (value, { siblingData }) =>
    (siblingData as { direction?: string })?.direction === direction &&
    (value === null || value === undefined || value === '')
      ? message
      : true

/** Attachments are public only while a public and published document lists them. */
const attachmentUse = mediaUsage({ published: PUBLISHED_DOCUMENTS, mediaOf: mediaIn({ uploads: ['attachments'] }) })

/**
 * Official incoming and outgoing documents (Nghị định 30/2020, R9.1). Numbers are given by the
 * system in order within the calendar year (`assignRegisterNumber`); the registers print as books.
 */
/** The public ones are listed on /van-ban, a cached page. */
const documentsPage = revalidatePageOf('/van-ban')

export const Documents: CollectionConfig = {
  slug: 'documents',
  labels: { singular: label('Văn bản', 'Document'), plural: label('Văn bản đi / đến', 'Documents') },
  admin: {
    useAsTitle: 'summary',
    defaultColumns: ['direction', 'number', 'symbol', 'date', 'summary', 'status'],
    group: label('Hành chính', 'Administration'),
    components: { beforeListTable: ['@/components/admin/RegisterPrintButtons#RegisterPrintButtons'] },
  },
  defaultSort: '-createdAt',
  access: documentsAccess,
  endpoints: [documentRegister],
  custom: attachmentUse.custom,
  hooks: {
    beforeChange: [assignRegisterNumber, attachmentUse.beforeChange],
    afterChange: [attachmentUse.afterChange, documentsPage.afterChange],
    afterDelete: [attachmentUse.afterDelete, documentsPage.afterDelete],
  },
  indexes: [{ fields: ['direction', 'year', 'number'], unique: true }],
  fields: [
    {
      name: 'direction',
      type: 'select',
      required: true,
      access: registrationField,
      label: label('Sổ', 'Register'),
      options: options({
        outgoing: ['Văn bản đi', 'Outgoing'],
        incoming: ['Văn bản đến', 'Incoming'],
        internal: ['Hồ sơ lưu trữ nội bộ', 'Internal archive record'],
      }),
    },
    {
      type: 'row',
      fields: [
        {
          name: 'year',
          type: 'number',
          access: { create: () => false, update: () => false },
          index: true,
          label: label('Năm', 'Year'),
          admin: { readOnly: true },
        },
        {
          name: 'number',
          type: 'number',
          min: 1,
          access: registrationField,
          label: label('Số (số đi / số đến)', 'Number'),
          admin: {
            description: label(
              'Hệ thống tự cấp theo thứ tự trong năm.',
              'Given by the system in order within the year.',
            ),
          },
        },
        {
          name: 'symbol',
          type: 'text',
          access: { create: () => false, update: () => false },
          label: label('Số, ký hiệu', 'Number and symbol'),
          admin: { readOnly: true, condition: outgoingOnly.condition },
        },
      ],
    },
    {
      name: 'documentType',
      type: 'select',
      access: clerkField,
      label: label('Loại văn bản', 'Type'),
      options: DOCUMENT_TYPES.map((t) => ({ value: t.value, label: label(t.vi, t.en) })),
      validate: requiredWhen('outgoing', 'Văn bản đi phải có loại văn bản.'),
    },
    {
      name: 'date',
      type: 'date',
      required: true,
      access: clerkField,
      label: label('Ngày văn bản', 'Date'),
      admin: dayOnly,
    },
    {
      name: 'summary',
      type: 'textarea',
      required: true,
      access: clerkField,
      label: label('Trích yếu nội dung', 'Summary'),
    },
    // Outgoing
    {
      name: 'signer',
      type: 'text',
      access: clerkField,
      label: label('Người ký', 'Signer'),
      admin: outgoingOnly,
      validate: requiredWhen('outgoing', 'Văn bản đi phải có người ký.'),
    },
    {
      name: 'recipients',
      type: 'textarea',
      access: clerkField,
      label: label('Nơi nhận', 'Recipients'),
      admin: outgoingOnly,
    },
    {
      name: 'copies',
      type: 'number',
      min: 1,
      access: clerkField,
      label: label('Số lượng bản', 'Copies'),
      admin: outgoingOnly,
    },
    // Incoming
    {
      name: 'sender',
      type: 'text',
      access: clerkField,
      label: label('Nơi gửi (cơ quan ban hành)', 'Sender'),
      admin: incomingOnly,
      validate: requiredWhen('incoming', 'Văn bản đến phải có nơi gửi.'),
    },
    {
      name: 'senderReference',
      type: 'text',
      access: clerkField,
      label: label('Số, ký hiệu của nơi gửi', 'Sender’s number and symbol'),
      admin: incomingOnly,
    },
    {
      name: 'receivedDate',
      type: 'date',
      access: { ...clerkField, read: routingField.read },
      label: label('Ngày đến', 'Received'),
      admin: { ...incomingOnly, ...dayOnly },
    },
    {
      name: 'instruction',
      type: 'textarea',
      access: routingField,
      label: label('Ý kiến chỉ đạo của lãnh đạo', 'Leader’s instruction'),
      admin: incomingOnly,
    },
    {
      name: 'handlers',
      type: 'relationship',
      relationTo: 'users',
      hasMany: true,
      access: routingField,
      label: label('Người xử lý', 'Handlers'),
      admin: incomingOnly,
    },
    {
      name: 'deadline',
      type: 'date',
      access: routingField,
      label: label('Hạn xử lý', 'Deadline'),
      admin: { ...incomingOnly, ...dayOnly },
    },
    {
      name: 'status',
      type: 'select',
      access: routingField,
      defaultValue: 'received',
      label: label('Tình trạng xử lý', 'Status'),
      options: INCOMING_STATUSES.map((value) => ({
        value,
        label: {
          received: label('Đã tiếp nhận', 'Received'),
          assigned: label('Đã giao xử lý', 'Assigned'),
          'in-progress': label('Đang xử lý', 'In progress'),
          done: label('Đã xử lý xong', 'Done'),
        }[value],
      })),
      admin: incomingOnly,
    },
    {
      name: 'overdue',
      type: 'checkbox',
      virtual: true,
      access: { read: routingField.read, create: () => false, update: () => false },
      label: label('Quá hạn', 'Overdue'),
      hooks: { afterRead: [flagOverdue] },
      admin: { ...incomingOnly, readOnly: true },
    },
    {
      name: 'attachments',
      type: 'relationship',
      relationTo: 'media',
      hasMany: true,
      access: clerkField,
      label: label('Tệp đính kèm', 'Attachments'),
      admin: {
        description: label(
          'Tệp đính kèm chỉ công khai khi văn bản được công khai và duyệt đăng.',
          'Attachments are public only while the document is public and published.',
        ),
      },
    },
    {
      name: 'isPublic',
      type: 'checkbox',
      defaultValue: false,
      access: { create: routingField.create, update: routingField.update },
      label: label('Công khai trên website', 'Public'),
      admin: { position: 'sidebar' },
    },
    {
      name: 'published',
      type: 'checkbox',
      defaultValue: false,
      access: publicationField,
      label: label('Đã duyệt đăng website', 'Published'),
      admin: { position: 'sidebar' },
    },
    attachmentUse.field,
  ],
}
