import type { CollectionConfig } from 'payload'

import { parentMessagesAccess } from '@/access/parent-messages'
import { options } from '@/collections/fields/options'
import { label } from '@/i18n/label'
import { classField, studentField } from '@/collections/fields/relations'
import { channelOptions } from '@/lib/messaging'
import { generateResultsMessages } from '@/endpoints/resultsMessages'
import { prepareMessage } from '@/hooks/parent-messages/prepareMessage'
import { queueDelivery } from '@/hooks/parent-messages/queueDelivery'

const systemField = { create: () => false, update: () => false }

/**
 * Messages to parents (R6.1): ad-hoc notices per class or student, and periodic results messages
 * generated per class from the gradebook (`POST /api/parent-messages/generate-results`). Saving with status `queued` fixes the recipients and queues the delivery job
 * (`deliverParentMessage`), which records the outcome per recipient.
 */
export const ParentMessages: CollectionConfig = {
  slug: 'parent-messages',
  labels: {
    singular: label('Tin nhắn phụ huynh', 'Parent message'),
    plural: label('Tin nhắn phụ huynh', 'Parent messages'),
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'kind', 'audience', 'class', 'status', 'queuedAt'],
    group: label('Học sinh', 'Students'),
    components: { beforeListTable: ['@/components/admin/ResultsMessagesButton#ResultsMessagesButton'] },
  },
  defaultSort: '-createdAt',
  access: parentMessagesAccess,
  endpoints: [generateResultsMessages],
  hooks: { beforeChange: [prepareMessage], afterChange: [queueDelivery] },
  fields: [
    {
      name: 'kind',
      type: 'select',
      required: true,
      defaultValue: 'notice',
      label: label('Loại tin', 'Kind'),
      options: options({
        notice: ['Thông báo', 'Notice'],
        results: ['Kết quả học tập, rèn luyện', 'Results'],
      }),
    },
    {
      name: 'audience',
      type: 'select',
      required: true,
      defaultValue: 'class',
      label: label('Gửi cho', 'Audience'),
      options: options({
        class: ['Phụ huynh cả lớp', 'A class’s parents'],
        student: ['Phụ huynh một học sinh', 'One student’s parents'],
      }),
    },
    classField({ required: false, index: false }),
    studentField({ required: false, index: false, admin: { condition: (data) => data?.audience === 'student' } }),
    { name: 'title', type: 'text', required: true, label: label('Tiêu đề', 'Subject') },
    { name: 'body', type: 'textarea', required: true, label: label('Nội dung', 'Message') },
    {
      name: 'channel',
      type: 'select',
      required: true,
      defaultValue: 'email',
      options: channelOptions(),
      label: label('Kênh gửi', 'Channel'),
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'draft',
      label: label('Trạng thái', 'Status'),
      admin: {
        position: 'sidebar',
        description: label('Chọn "Gửi đi" để đưa vào hàng đợi gửi.', 'Choose “Queued” to send.'),
      },
      options: options({
        draft: ['Bản nháp', 'Draft'],
        queued: ['Gửi đi (đang gửi)', 'Queued'],
        sent: ['Đã gửi', 'Sent'],
        'partially-sent': ['Gửi được một phần', 'Partially sent'],
        failed: ['Gửi không thành công', 'Failed'],
      }),
    },
    {
      name: 'author',
      type: 'relationship',
      relationTo: 'users',
      access: systemField,
      label: label('Người soạn', 'Author'),
      admin: { readOnly: true, position: 'sidebar' },
    },
    {
      name: 'queuedAt',
      type: 'date',
      access: systemField,
      label: label('Thời điểm gửi', 'Queued at'),
      admin: { readOnly: true, position: 'sidebar' },
    },
    {
      name: 'sentAt',
      type: 'date',
      access: systemField,
      label: label('Gửi xong lúc', 'Sent at'),
      admin: { readOnly: true, position: 'sidebar' },
    },
    {
      name: 'recipients',
      type: 'array',
      access: systemField,
      label: label('Người nhận và tình trạng gửi', 'Recipients and delivery'),
      labels: { singular: label('Người nhận', 'Recipient'), plural: label('Người nhận', 'Recipients') },
      admin: { readOnly: true },
      fields: [
        studentField({ required: false, index: false }),
        { name: 'guardianName', type: 'text', label: label('Phụ huynh', 'Guardian') },
        { name: 'address', type: 'text', label: label('Địa chỉ', 'Address') },
        {
          name: 'status',
          type: 'select',
          label: label('Tình trạng', 'Status'),
          options: [
            { value: 'pending', label: label('Chờ gửi', 'Pending') },
            { value: 'sent', label: label('Đã gửi', 'Sent') },
            { value: 'failed', label: label('Lỗi, sẽ thử lại', 'Failed') },
            { value: 'no-address', label: label('Không có địa chỉ', 'No address') },
            {
              value: 'wrong-number',
              label: label('Sai số / không nhận được (không thử lại)', 'Wrong number (not retried)'),
            },
          ],
        },
        { name: 'attempts', type: 'number', label: label('Số lần thử', 'Attempts') },
        { name: 'lastError', type: 'text', label: label('Lỗi gần nhất', 'Last error') },
        { name: 'sentAt', type: 'date', label: label('Gửi lúc', 'Sent at') },
      ],
    },
  ],
}
