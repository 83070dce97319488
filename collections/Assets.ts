import type { CollectionConfig } from 'payload'

import { assetsAccess, borrowableField, financialField, inventoryField } from '@/access/assets'
import { options } from '@/collections/fields/options'
import { label } from '@/i18n/label'

const dayOnly = { date: { pickerAppearance: 'dayOnly' as const, displayFormat: 'dd/MM/yyyy' } }

/**
 * Assets, teaching equipment and laboratory tools (R9.2). The equipment officer keeps the
 * inventory; the financial fields are the accountant's alone.
 */
export const Assets: CollectionConfig = {
  slug: 'assets',
  labels: { singular: label('Tài sản, thiết bị', 'Asset'), plural: label('Tài sản, thiết bị', 'Assets') },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['code', 'name', 'kind', 'room', 'quantity', 'condition'],
    group: label('Cơ sở vật chất', 'Facilities'),
  },
  // By name: teachers may not read (so not sort by) the code.
  defaultSort: 'name',
  access: assetsAccess,
  fields: [
    {
      name: 'code',
      type: 'text',
      required: true,
      unique: true,
      access: inventoryField,
      label: label('Mã tài sản', 'Code'),
    },
    { name: 'name', type: 'text', required: true, access: borrowableField, label: label('Tên', 'Name') },
    {
      name: 'kind',
      type: 'select',
      required: true,
      access: inventoryField,
      label: label('Loại', 'Kind'),
      options: options({
        asset: ['Tài sản', 'Asset'],
        'teaching-equipment': ['Thiết bị dạy học', 'Teaching equipment'],
        'lab-tool': ['Dụng cụ thí nghiệm', 'Laboratory tool'],
      }),
    },
    { name: 'room', type: 'text', access: borrowableField, label: label('Vị trí (phòng)', 'Location (room)') },
    {
      name: 'quantity',
      type: 'number',
      required: true,
      min: 0,
      defaultValue: 1,
      access: inventoryField,
      label: label('Số lượng', 'Quantity'),
    },
    {
      name: 'condition',
      type: 'select',
      required: true,
      defaultValue: 'good',
      access: borrowableField,
      label: label('Tình trạng', 'Condition'),
      options: options({
        good: ['Tốt', 'Good'],
        worn: ['Đã cũ, dùng được', 'Worn'],
        damaged: ['Hư hỏng, cần sửa', 'Damaged'],
        'written-off': ['Đã thanh lý', 'Written off'],
      }),
    },
    {
      name: 'acquiredDate',
      type: 'date',
      access: inventoryField,
      label: label('Ngày nhập', 'Acquired'),
      admin: dayOnly,
    },
    {
      type: 'collapsible',
      label: label('Tài chính (kế toán)', 'Financial (accountant)'),
      fields: [
        {
          name: 'originalCost',
          type: 'number',
          min: 0,
          access: financialField,
          label: label('Nguyên giá (đồng)', 'Original cost (VND)'),
        },
        {
          name: 'fundingSource',
          type: 'select',
          access: financialField,
          label: label('Nguồn kinh phí', 'Funding source'),
          options: options({
            'state-budget': ['Ngân sách nhà nước', 'State budget'],
            'school-revenue': ['Nguồn thu sự nghiệp', 'School revenue'],
            sponsorship: ['Tài trợ, xã hội hóa', 'Sponsorship'],
            other: ['Khác', 'Other'],
          }),
        },
        {
          name: 'depreciationRate',
          type: 'number',
          min: 0,
          max: 100,
          access: financialField,
          label: label('Tỷ lệ hao mòn (%/năm)', 'Depreciation (% per year)'),
        },
        {
          name: 'accumulatedDepreciation',
          type: 'number',
          min: 0,
          access: financialField,
          label: label('Hao mòn lũy kế (đồng)', 'Accumulated depreciation (VND)'),
        },
      ],
    },
  ],
}
