import type { CollectionConfig } from 'payload'

import { borrowingsAccess, borrowingTermsField } from '@/access/assets'
import { label } from '@/i18n/label'
import { checkBorrowingStock } from '@/hooks/assets/checkBorrowingStock'

/** The borrowing log (sổ mượn thiết bị): who borrowed what, until when, and when it came back. */
export const AssetBorrowings: CollectionConfig = {
  slug: 'asset-borrowings',
  labels: { singular: label('Lượt mượn thiết bị', 'Borrowing'), plural: label('Sổ mượn thiết bị', 'Borrowings') },
  admin: {
    defaultColumns: ['asset', 'borrower', 'quantity', 'borrowedAt', 'dueDate', 'returnedAt'],
    group: label('Cơ sở vật chất', 'Facilities'),
  },
  defaultSort: '-borrowedAt',
  access: borrowingsAccess,
  hooks: { beforeChange: [checkBorrowingStock] },
  fields: [
    {
      name: 'asset',
      type: 'relationship',
      relationTo: 'assets',
      required: true,
      access: borrowingTermsField,
      label: label('Thiết bị', 'Item'),
    },
    {
      name: 'borrower',
      type: 'relationship',
      relationTo: 'users',
      access: borrowingTermsField,
      label: label('Người mượn', 'Borrower'),
      admin: { description: label('Giáo viên mượn cho chính mình.', 'Teachers borrow for themselves.') },
    },
    {
      name: 'quantity',
      type: 'number',
      required: true,
      min: 1,
      defaultValue: 1,
      access: borrowingTermsField,
      label: label('Số lượng', 'Quantity'),
    },
    {
      name: 'borrowedAt',
      type: 'date',
      required: true,
      access: borrowingTermsField,
      label: label('Ngày mượn', 'Borrowed'),
    },
    { name: 'dueDate', type: 'date', required: true, access: borrowingTermsField, label: label('Hạn trả', 'Due') },
    { name: 'returnedAt', type: 'date', label: label('Ngày trả', 'Returned') },
    { name: 'purpose', type: 'text', access: borrowingTermsField, label: label('Mục đích (bài dạy, lớp)', 'Purpose') },
  ],
}
