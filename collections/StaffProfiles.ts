import type { CollectionConfig } from 'payload'

import { staffProfilesAccess } from '@/access/staff'
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
    {
      type: 'row',
      fields: [
        date('dateOfBirth', 'Ngày sinh', 'Date of birth'),
        {
          name: 'gender',
          type: 'select',
          label: label('Giới tính', 'Gender'),
          options: [
            { value: 'male', label: label('Nam', 'Male') },
            { value: 'female', label: label('Nữ', 'Female') },
          ],
        },
        text('ethnicity', 'Dân tộc', 'Ethnicity'),
      ],
    },
    {
      type: 'row',
      fields: [
        text('citizenId', 'Số CCCD', 'Citizen ID'),
        text('hometown', 'Quê quán', 'Hometown'),
        text('address', 'Nơi ở hiện nay', 'Address'),
      ],
    },
    {
      type: 'row',
      fields: [
        text('position', 'Chức vụ, vị trí việc làm', 'Position'),
        text('rank', 'Chức danh nghề nghiệp (hạng)', 'Professional rank'),
        text('salaryStep', 'Bậc lương, hệ số', 'Salary step'),
      ],
    },
    date('startDate', 'Ngày vào ngành', 'Entered service'),
    {
      name: 'qualifications',
      type: 'array',
      label: label('Trình độ đào tạo', 'Qualifications'),
      labels: { singular: label('Văn bằng', 'Qualification'), plural: label('Văn bằng', 'Qualifications') },
      fields: [
        {
          type: 'row',
          fields: [
            text('degree', 'Trình độ', 'Degree', true),
            text('major', 'Chuyên ngành', 'Major'),
            text('institution', 'Cơ sở đào tạo', 'Institution'),
            { name: 'year', type: 'number', label: label('Năm', 'Year') },
          ],
        },
      ],
    },
    {
      name: 'contracts',
      type: 'array',
      label: label('Hợp đồng, quyết định tuyển dụng', 'Contracts'),
      labels: {
        singular: label('Hợp đồng, quyết định', 'Contract'),
        plural: label('Hợp đồng, quyết định', 'Contracts'),
      },
      fields: [
        {
          type: 'row',
          fields: [
            text('kind', 'Loại', 'Kind', true),
            text('reference', 'Số quyết định / hợp đồng', 'Reference'),
            date('from', 'Từ ngày', 'From'),
            date('to', 'Đến ngày', 'To'),
          ],
        },
      ],
    },
    {
      name: 'training',
      type: 'array',
      label: label('Bồi dưỡng, tập huấn', 'Training'),
      labels: { singular: label('Khoá bồi dưỡng', 'Course'), plural: label('Khoá bồi dưỡng', 'Courses') },
      fields: [
        {
          type: 'row',
          fields: [
            text('course', 'Nội dung', 'Course', true),
            date('from', 'Từ ngày', 'From'),
            date('to', 'Đến ngày', 'To'),
            text('certificate', 'Chứng chỉ', 'Certificate'),
          ],
        },
      ],
    },
    {
      name: 'rewards',
      type: 'array',
      label: label('Khen thưởng', 'Rewards'),
      labels: { singular: label('Khen thưởng', 'Reward'), plural: label('Khen thưởng', 'Rewards') },
      fields: [
        {
          type: 'row',
          fields: [
            date('date', 'Ngày', 'Date'),
            text('title', 'Hình thức', 'Form', true),
            text('decision', 'Số quyết định', 'Decision'),
          ],
        },
      ],
    },
    {
      name: 'discipline',
      type: 'array',
      label: label('Kỷ luật', 'Discipline'),
      labels: { singular: label('Kỷ luật', 'Disciplinary record'), plural: label('Kỷ luật', 'Disciplinary records') },
      fields: [
        {
          type: 'row',
          fields: [
            date('date', 'Ngày', 'Date'),
            text('title', 'Hình thức', 'Form', true),
            text('decision', 'Số quyết định', 'Decision'),
          ],
        },
      ],
    },
  ],
}
