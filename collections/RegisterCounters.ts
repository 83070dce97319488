import type { CollectionConfig } from 'payload'

import { nobody } from '@/access/common'
import { label } from '@/i18n/label'

/**
 * The last number given in each register and year (outgoing and incoming documents). Written only
 * by `nextRegisterNumber` inside the registering transaction; nobody reads or edits it by API.
 */
export const RegisterCounters: CollectionConfig = {
  slug: 'register-counters',
  labels: { singular: label('Bộ đếm sổ', 'Register counter'), plural: label('Bộ đếm sổ', 'Register counters') },
  admin: { hidden: true },
  access: { read: nobody, create: nobody, update: nobody, delete: nobody },
  indexes: [{ fields: ['register', 'year'], unique: true }],
  fields: [
    { name: 'register', type: 'text', required: true, label: label('Sổ', 'Register') },
    { name: 'year', type: 'number', required: true, label: label('Năm', 'Year') },
    { name: 'value', type: 'number', required: true, label: label('Số cuối cùng', 'Last number') },
  ],
}
