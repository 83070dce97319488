import type { CollectionConfig } from 'payload'

import { stockTakesAccess } from '@/access/assets'
import { label } from '@/i18n/label'
import { fillStockTakeLines } from '@/hooks/assets/fillStockTakeLines'

/** The yearly stock-take (kiểm kê): counted against the book, with the differences. */
export const AssetStockTakes: CollectionConfig = {
  slug: 'asset-stock-takes',
  labels: { singular: label('Kiểm kê tài sản', 'Stock-take'), plural: label('Kiểm kê tài sản', 'Stock-takes') },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'year', 'date'],
    group: label('Cơ sở vật chất', 'Facilities'),
  },
  access: stockTakesAccess,
  hooks: { beforeChange: [fillStockTakeLines] },
  fields: [
    { name: 'title', type: 'text', required: true, label: label('Tên đợt kiểm kê', 'Title') },
    { name: 'year', type: 'number', required: true, index: true, label: label('Năm', 'Year') },
    { name: 'date', type: 'date', required: true, label: label('Ngày kiểm kê', 'Date') },
    {
      name: 'lines',
      type: 'array',
      label: label('Kết quả kiểm kê', 'Lines'),
      labels: { singular: label('Dòng kiểm kê', 'Line'), plural: label('Kết quả kiểm kê', 'Lines') },
      fields: [
        { name: 'asset', type: 'relationship', relationTo: 'assets', required: true, label: label('Tài sản', 'Asset') },
        {
          name: 'bookQuantity',
          type: 'number',
          label: label('Số lượng theo sổ', 'Book quantity'),
          admin: { readOnly: true },
        },
        {
          name: 'countedQuantity',
          type: 'number',
          required: true,
          min: 0,
          label: label('Số lượng thực tế', 'Counted'),
        },
        { name: 'difference', type: 'number', label: label('Chênh lệch', 'Difference'), admin: { readOnly: true } },
        { name: 'note', type: 'text', label: label('Ghi chú', 'Note') },
      ],
    },
  ],
}
