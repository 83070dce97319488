import type { CollectionConfig, Field } from 'payload'

import { staffProfilesAccess } from '@/access/staff'
import { row } from '@/collections/fields/row'
import { genderField } from '@/collections/fields/gender'
import { label } from '@/i18n/label'
import { uniqueTogether } from '@/hooks/uniqueTogether'

const dayOnly = { date: { pickerAppearance: 'dayOnly' as const, displayFormat: 'dd/MM/yyyy' } }
const date = (name: string, vi: string, en: string) => ({
  name,
  type: 'date' as const,
  label: label(vi, en),
  admin: dayOnly,
})
const text = (name: string, vi: string, en: string, required = false) => ({
  name,
  type: 'text' as const,
  required,
  label: label(vi, en),
})

type Label = ReturnType<typeof label>
type Labels = { singular: Label; plural: Label }
/** A list in the file whose every entry is one row of fields. */
const list = (name: string, listLabel: Label, labels: Labels, ...fields: Field[]): Field => ({
  name,
  type: 'array',
  label: listLabel,
  labels,
  fields: [row(...fields)],
})
// A function, not a constant: Payload sanitizes a field config in place, so no two lists share one.
const period = () => [date('from', 'Từ ngày', 'From'), date('to', 'Đến ngày', 'To')]
/** Rewards and discipline: each entry a decision (its date, form and number). */
const decisions = (name: string, vi: string, en: string, singular: string, plural: string) =>
  list(
    name,
    label(vi, en),
    { singular: label(vi, singular), plural: label(vi, plural) },
    date('date', 'Ngày', 'Date'),
    text('title', 'Hình thức', 'Form', true),
    text('decision', 'Số quyết định', 'Decision'),
  )

/** The civil-servant file (hồ sơ viên chức, R9.3), one per staff account, kept by the HR officer. */
export const StaffProfiles: CollectionConfig = {
  slug: 'staff-profiles',
  labels: { singular: label('Hồ sơ viên chức', 'Staff profile'), plural: label('Hồ sơ viên chức', 'Staff profiles') },
  admin: {
    useAsTitle: 'fullName',
    defaultColumns: ['fullName', 'position', 'rank', 'startDate'],
    group: label('Nhân sự', 'Staff'),
  },
  defaultSort: 'fullName',
  access: staffProfilesAccess,
  hooks: { beforeValidate: [uniqueTogether(['user'], 'Tài khoản này đã có hồ sơ viên chức.')] },
  fields: [
    {
      name: 'user',
      type: 'relationship',
      relationTo: 'users',
      required: true,
      unique: true,
      label: label('Tài khoản', 'Account'),
    },
    text('fullName', 'Họ và tên', 'Full name', true),
    row(date('dateOfBirth', 'Ngày sinh', 'Date of birth'), genderField(), text('ethnicity', 'Dân tộc', 'Ethnicity')),
    row(
      text('citizenId', 'Số CCCD', 'Citizen ID'),
      text('hometown', 'Quê quán', 'Hometown'),
      text('address', 'Nơi ở hiện nay', 'Address'),
    ),
    row(
      text('position', 'Chức vụ, vị trí việc làm', 'Position'),
      text('rank', 'Chức danh nghề nghiệp (hạng)', 'Professional rank'),
      text('salaryStep', 'Bậc lương, hệ số', 'Salary step'),
    ),
    date('startDate', 'Ngày vào ngành', 'Entered service'),
    list(
      'qualifications',
      label('Trình độ đào tạo', 'Qualifications'),
      { singular: label('Văn bằng', 'Qualification'), plural: label('Văn bằng', 'Qualifications') },
      text('degree', 'Trình độ', 'Degree', true),
      text('major', 'Chuyên ngành', 'Major'),
      text('institution', 'Cơ sở đào tạo', 'Institution'),
      { name: 'year', type: 'number', label: label('Năm', 'Year') },
    ),
    list(
      'contracts',
      label('Hợp đồng, quyết định tuyển dụng', 'Contracts'),
      { singular: label('Hợp đồng, quyết định', 'Contract'), plural: label('Hợp đồng, quyết định', 'Contracts') },
      text('kind', 'Loại', 'Kind', true),
      text('reference', 'Số quyết định / hợp đồng', 'Reference'),
      ...period(),
    ),
    list(
      'training',
      label('Bồi dưỡng, tập huấn', 'Training'),
      { singular: label('Khoá bồi dưỡng', 'Course'), plural: label('Khoá bồi dưỡng', 'Courses') },
      text('course', 'Nội dung', 'Course', true),
      ...period(),
      text('certificate', 'Chứng chỉ', 'Certificate'),
    ),
    decisions('rewards', 'Khen thưởng', 'Rewards', 'Reward', 'Rewards'),
    decisions('discipline', 'Kỷ luật', 'Discipline', 'Disciplinary record', 'Disciplinary records'),
  ],
}
