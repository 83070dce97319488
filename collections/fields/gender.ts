import type { SelectField } from 'payload'

import { options } from '@/collections/fields/options'
import { label } from '@/i18n/label'

/** Giới tính as the ministry's forms record it (students' and staff files). */
export const genderField = (extra: Partial<Pick<SelectField, 'required'>> = {}): SelectField => ({
  name: 'gender',
  type: 'select',
  ...extra,
  label: label('Giới tính', 'Gender'),
  options: options({
    male: ['Nam', 'Male'],
    female: ['Nữ', 'Female'],
  }),
})
