import type { CollectionConfig } from 'payload'

import { anyRole } from '@/access/common'
import { PUBLISHER_ROLES } from '@/access/website'
import { label } from '@/i18n/label'

import { slugField } from './website-fields'

/** News categories; everyone reads them, the website's managers keep them. */
export const Categories: CollectionConfig = {
  slug: 'categories',
  labels: { singular: label('Chuyên mục', 'Category'), plural: label('Chuyên mục', 'Categories') },
  admin: { useAsTitle: 'title', group: label('Website', 'Website') },
  access: {
    read: () => true,
    create: anyRole(...PUBLISHER_ROLES),
    update: anyRole(...PUBLISHER_ROLES),
    delete: anyRole(...PUBLISHER_ROLES),
  },
  fields: [{ name: 'title', type: 'text', required: true, label: label('Tên chuyên mục', 'Title') }, slugField()],
}
