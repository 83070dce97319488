import type { CollectionConfig } from 'payload'

import { assetsAccess, borrowableField, financialField, inventoryField } from '@/access/assets'
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
      options: [
        { value: 'asset', label: label('Tài sản', 'Asset') },
        { value: 'teaching-equipment', label: label('Thiết bị dạy học', 'Teaching equipment') },
        { value: 'lab-tool', label: label('Dụng cụ thí nghiệm', 'Laboratory tool') },
      ],
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
      options: [
        { value: 'good', label: label('Tốt', 'Good') },
        { value: 'worn', label: label('Đã cũ, dùng được', 'Worn') },
        { value: 'damaged', label: label('Hư hỏng, cần sửa', 'Damaged') },
        { value: 'written-off', label: label('Đã thanh lý', 'Written off') },
      ],
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
          options: [
            { value: 'state-budget', label: label('Ngân sách nhà nước', 'State budget') },
            { value: 'school-revenue', label: label('Nguồn thu sự nghiệp', 'School revenue') },
            { value: 'sponsorship', label: label('Tài trợ, xã hội hóa', 'Sponsorship') },
            { value: 'other', label: label('Khác', 'Other') },
          ],
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
