import type { CollectionConfig, Field } from 'payload'

import { nobody } from '@/access/common'
import {
  canCreateStudents,
  canReadFullStudentField,
  canReadGuardianContact,
  canReadStudents,
  canUpdateStudents,
} from '@/access/students'
import { csdlStudentImport } from '@/endpoints/exchange/csdlStudentImport'
import { importClassList, importTemplate } from '@/endpoints/studentImport'
import { studentTranscript } from '@/endpoints/books/transcript'
import { genderField } from '@/collections/fields/gender'
import { label } from '@/i18n/label'
import { stampConsentRecorder } from '@/hooks/students/stampConsentRecorder'
import { validateStudent } from '@/hooks/students/validateStudent'
import { uniqueTogether } from '@/hooks/uniqueTogether'

/**
 * The student record (A9.1, R3.1). Identity fields (code, name, date of birth, gender, current
 * class) follow the collection's scope; every other field has its own read access: the full record
 * for managers and the homeroom teacher, guardians' contact also for medical staff.
 */
const fullRecord = { read: canReadFullStudentField }
const guardianContact = { read: canReadGuardianContact }
const systemOnly = { create: () => false, update: () => false }
const dayOnly = { date: { pickerAppearance: 'dayOnly' as const, displayFormat: 'dd/MM/yyyy' } }

const consentFields: Field[] = [
  {
    name: 'guardianConsent',
    type: 'checkbox',
    defaultValue: false,
    label: label('Cha mẹ / người giám hộ đồng ý', 'Guardian consents'),
  },
  {
    name: 'guardianConsentDate',
    type: 'date',
    label: label('Ngày cha mẹ đồng ý', 'Guardian consent date'),
    admin: dayOnly,
  },
  {
    name: 'studentConsent',
    type: 'checkbox',
    defaultValue: false,
    label: label('Học sinh đồng ý (từ đủ 7 tuổi)', 'Student consents (age 7 and over)'),
  },
  {
    name: 'studentConsentDate',
    type: 'date',
    label: label('Ngày học sinh đồng ý', 'Student consent date'),
    admin: dayOnly,
  },
  {
    name: 'recordedBy',
    type: 'relationship',
    relationTo: 'users',
    label: label('Người ghi nhận', 'Recorded by'),
    access: systemOnly,
    admin: { readOnly: true },
  },
  {
    name: 'recordedAt',
    type: 'date',
    label: label('Thời điểm ghi nhận', 'Recorded at'),
    access: systemOnly,
    admin: { readOnly: true },
  },
]

export const Students: CollectionConfig = {
  slug: 'students',
  labels: { singular: label('Học sinh', 'Student'), plural: label('Học sinh', 'Students') },
  admin: {
    useAsTitle: 'fullName',
    defaultColumns: ['studentCode', 'fullName', 'dateOfBirth', 'gender', 'currentClass'],
    group: label('Học sinh', 'Students'),
  },
  defaultSort: 'fullName',
  endpoints: [importClassList, importTemplate, csdlStudentImport, studentTranscript],
  access: {
    read: canReadStudents,
    create: canCreateStudents,
    update: canUpdateStudents,
    delete: nobody,
    readVersions: nobody,
  },
  hooks: {
    beforeValidate: [validateStudent, uniqueTogether(['studentCode'], 'Mã định danh học sinh đã tồn tại.')],
    beforeChange: [stampConsentRecorder],
  },
  fields: [
    {
      name: 'books',
      type: 'ui',
      admin: { position: 'sidebar', components: { Field: '@/components/admin/books/BookLinks#StudentBookLinks' } },
    },
    {
      name: 'studentCode',
      type: 'text',
      required: true,
      unique: true,
      label: label('Mã định danh học sinh', 'Student code'),
    },
    { name: 'fullName', type: 'text', required: true, index: true, label: label('Họ và tên', 'Full name') },
    {
      name: 'dateOfBirth',
      type: 'date',
      required: true,
      label: label('Ngày sinh', 'Date of birth'),
      admin: {
        ...dayOnly,
        description: label(
          'Tuổi vào ngày 5/9 năm nay phải từ 10 đến 17. Ngoài 11–15 vẫn được lưu nhưng nên kiểm tra lại (học sớm, học muộn, lưu ban).',
          'Age on 5 September this year must be 10–17. Outside 11–15 it is saved but worth a second look (early or late schooling, repeated years).',
        ),
      },
    },
    genderField({ required: true }),
    {
      name: 'currentClass',
      type: 'relationship',
      relationTo: 'classes',
      index: true,
      label: label('Lớp hiện tại', 'Current class'),
      access: systemOnly,
      admin: {
        readOnly: true,
        position: 'sidebar',
        description: label(
          'Theo hồ sơ xếp lớp của năm học hiện tại.',
          'From the enrolments of the current school year.',
        ),
      },
    },
    { name: 'ethnicity', type: 'text', label: label('Dân tộc', 'Ethnicity'), access: fullRecord },
    {
      name: 'permanentAddress',
      type: 'text',
      label: label('Địa chỉ thường trú', 'Permanent address'),
      access: fullRecord,
    },
    { name: 'policyStatus', type: 'text', label: label('Diện chính sách', 'Policy-family status'), access: fullRecord },
    {
      name: 'contactPhone',
      type: 'text',
      label: label('Điện thoại liên hệ', 'Contact phone'),
      access: guardianContact,
    },
    { name: 'citizenId', type: 'text', label: label('Số định danh cá nhân (CCCD)', 'Citizen ID'), access: fullRecord },
    {
      name: 'nationalStudentId',
      type: 'text',
      unique: true,
      label: label('Mã học sinh trên CSDL ngành', 'Student ID in the education database'),
      access: fullRecord,
      admin: { description: label('Khớp hồ sơ khi nhập danh sách từ CSDL ngành.', 'Matches records on CSDL imports.') },
    },
    { name: 'placeOfBirth', type: 'text', label: label('Nơi sinh', 'Place of birth'), access: fullRecord },
    { name: 'photo', type: 'upload', relationTo: 'media', label: label('Ảnh', 'Photo'), access: fullRecord },
    {
      name: 'guardians',
      type: 'array',
      label: label('Cha mẹ / người giám hộ', 'Guardians'),
      labels: { singular: label('Người giám hộ', 'Guardian'), plural: label('Cha mẹ / người giám hộ', 'Guardians') },
      access: guardianContact,
      fields: [
        { name: 'name', type: 'text', required: true, label: label('Họ và tên', 'Name') },
        { name: 'relationship', type: 'text', label: label('Quan hệ', 'Relationship') },
        { name: 'phone', type: 'text', label: label('Điện thoại', 'Phone') },
        // For messages to parents (parent-messages, e-mail channel): contact, like the phone.
        { name: 'email', type: 'email', label: label('Thư điện tử', 'E-mail') },
        { name: 'occupation', type: 'text', label: label('Nghề nghiệp', 'Occupation'), access: fullRecord },
        {
          // "Gửi lời mời" to the parents' portal by e-mail or SMS (POST /api/guardians/invite decides who may).
          name: 'portalInvite',
          type: 'ui',
          label: label('Mời vào cổng thông tin phụ huynh', "Invite to the parents' portal"),
          admin: { components: { Field: '@/components/admin/GuardianInviteField#GuardianInviteField' } },
        },
      ],
    },
    {
      name: 'healthHistory',
      type: 'ui',
      label: label('Lịch sử sức khỏe', 'Health history'),
      admin: { components: { Field: '@/components/admin/HealthHistory#HealthHistory' } },
    },
    {
      name: 'publicationConsent',
      type: 'group',
      label: label('Đồng ý công bố ảnh, tên trên website', 'Consent to publish photo or name'),
      access: fullRecord,
      fields: consentFields,
    },
  ],
}
