import type { CollectionConfig } from 'payload'

import { anyRole, nobody } from '@/access/common'
import { label } from '@/i18n/label'

/**
 * The student record (A9.1, R3.1). Field-by-field access for homeroom and subject teachers and
 * medical staff comes with the students issue; until then only leadership and the gradebook
 * administrator see students at all (deny by default).
 */
const managers = anyRole('principal', 'vice-principal', 'gradebook-admin')

export const Students: CollectionConfig = {
  slug: 'students',
  labels: { singular: label('Học sinh', 'Student'), plural: label('Học sinh', 'Students') },
  admin: { useAsTitle: 'fullName', defaultColumns: ['studentCode', 'fullName', 'dateOfBirth', 'gender'], group: label('Học sinh', 'Students') },
  defaultSort: 'fullName',
  access: { read: managers, create: managers, update: managers, delete: nobody },
  fields: [
    { name: 'studentCode', type: 'text', required: true, unique: true, label: label('Mã định danh học sinh', 'Student code') },
    { name: 'fullName', type: 'text', required: true, index: true, label: label('Họ và tên', 'Full name') },
    { name: 'dateOfBirth', type: 'date', required: true, label: label('Ngày sinh', 'Date of birth'), admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'dd/MM/yyyy' } } },
    {
      name: 'gender',
      type: 'select',
      required: true,
      label: label('Giới tính', 'Gender'),
      options: [
        { value: 'male', label: label('Nam', 'Male') },
        { value: 'female', label: label('Nữ', 'Female') },
      ],
    },
    { name: 'ethnicity', type: 'text', label: label('Dân tộc', 'Ethnicity') },
    { name: 'permanentAddress', type: 'text', label: label('Địa chỉ thường trú', 'Permanent address') },
    { name: 'policyStatus', type: 'text', label: label('Diện chính sách', 'Policy-family status') },
    { name: 'contactPhone', type: 'text', label: label('Điện thoại liên hệ', 'Contact phone') },
    { name: 'citizenId', type: 'text', label: label('Số định danh cá nhân (CCCD)', 'Citizen ID') },
    {
      name: 'guardians',
      type: 'array',
      label: label('Cha mẹ / người giám hộ', 'Guardians'),
      fields: [
        { name: 'name', type: 'text', required: true, label: label('Họ và tên', 'Name') },
        { name: 'relationship', type: 'text', label: label('Quan hệ', 'Relationship') },
        { name: 'phone', type: 'text', label: label('Điện thoại', 'Phone') },
        // For messages to parents (parent-messages, e-mail channel).
        { name: 'email', type: 'email', label: label('Thư điện tử', 'E-mail') },
        { name: 'occupation', type: 'text', label: label('Nghề nghiệp', 'Occupation') },
      ],
    },
  ],
}
