import type { CollectionConfig } from 'payload'

import { anyRole, nobody } from '@/access/common'
import { label } from '@/i18n/label'
import { guardianField, studentField } from '@/collections/fields/relations'

/**
 * A guardian withdrew their child's publication consent in the portal: the published items that
 * show the child, for the website administrator to review (take down or blur), then mark reviewed.
 */
export const ConsentWithdrawals: CollectionConfig = {
  slug: 'consent-withdrawals',
  labels: {
    singular: label('Rút đồng ý công bố', 'Consent withdrawal'),
    plural: label('Rút đồng ý công bố', 'Consent withdrawals'),
  },
  admin: { group: label('Website', 'Website'), defaultColumns: ['createdAt', 'student', 'reviewed'] },
  access: {
    read: anyRole('website-admin', 'principal'),
    create: nobody,
    update: anyRole('website-admin', 'principal'),
    delete: nobody,
  },
  fields: [
    studentField({ index: false, access: { update: () => false }, admin: { readOnly: true } }),
    guardianField({ required: false, index: false, access: { update: () => false }, admin: { readOnly: true } }),
    {
      name: 'items',
      type: 'json',
      label: label('Bài viết, ảnh đã đăng có học sinh', 'Published items showing the student'),
      access: { update: () => false },
      admin: {
        readOnly: true,
        components: { Field: '@/components/admin/consent/PublishedItemsField#PublishedItemsField' },
      },
    },
    { name: 'reviewed', type: 'checkbox', defaultValue: false, label: label('Đã xem xét', 'Reviewed') },
  ],
}
