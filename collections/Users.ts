import type { CollectionConfig } from 'payload'

import { fieldForRoles } from '@/access/common'
import { canManageUsers, ROLES, type RoleHolder, VICE_AREAS } from '@/access/roles'
import { canChangeRoles, canReadPrivateUserField, usersAccess } from '@/access/users'
import { accountSecurityReport } from '@/endpoints/accountSecurityReport'
import { label } from '@/i18n/label'
import { enforcePasswordPolicy, enforcePasswordPolicyOnReset } from '@/hooks/users/enforcePasswordPolicy'
import { guardCredentialChange } from '@/hooks/users/guardCredentialChange'
import { guardSignIn } from '@/hooks/users/guardSignIn'
import { recordLastLogin } from '@/hooks/users/recordLastLogin'
import { recordSignOut } from '@/hooks/users/recordSignOut'
import { refuseRoleChange } from '@/hooks/users/refuseRoleChange'
import { revokeSessionsOnPasswordChange } from '@/hooks/users/revokeSessionsOnPasswordChange'
import { sendResetEmail } from '@/hooks/users/sendResetEmail'
import { stampPasswordChange } from '@/hooks/users/stampPasswordChange'

import { signInPolicy } from './signInPolicy'

export const ROLE_LABELS: Record<(typeof ROLES)[number], { vi: string; en: string }> = {
  sysadmin: label('Quản trị hệ thống', 'System administrator'),
  principal: label('Hiệu trưởng', 'Principal'),
  'vice-principal': label('Phó hiệu trưởng', 'Vice principal'),
  'department-head': label('Tổ trưởng chuyên môn', 'Department head'),
  teacher: label('Giáo viên', 'Teacher'),
  'gradebook-admin': label('Quản trị sổ điểm', 'Gradebook administrator'),
  'medical-staff': label('Nhân viên y tế', 'Medical staff'),
  clerk: label('Văn thư', 'Clerk'),
  accountant: label('Kế toán', 'Accountant'),
  'hr-officer': label('Cán bộ tổ chức – nhân sự', 'HR officer'),
  'website-admin': label('Quản trị website', 'Website administrator'),
  'equipment-officer': label('Nhân viên thiết bị', 'Equipment officer'),
  librarian: label('Thủ thư', 'Librarian'),
  'editorial-board': label('Ban biên tập', 'Editorial board'),
}

const privateField = { read: canReadPrivateUserField }
const systemOnly = { create: () => false, update: () => false }

export const Users: CollectionConfig = {
  slug: 'users',
  labels: { singular: label('Tài khoản', 'User'), plural: label('Tài khoản', 'Users') },
  auth: {
    ...signInPolicy,
    // The cookie is Secure behind TLS.
    cookies: { secure: Boolean(process.env.SERVER_URL?.startsWith('https://')), sameSite: 'Lax' },
  },
  admin: {
    useAsTitle: 'fullName',
    defaultColumns: ['fullName', 'email', 'roles', 'department', 'lastLoginAt'],
    group: label('Hệ thống', 'System'),
  },
  access: usersAccess,
  endpoints: [accountSecurityReport],
  hooks: {
    beforeOperation: [guardSignIn, guardCredentialChange, refuseRoleChange, enforcePasswordPolicyOnReset],
    beforeValidate: [enforcePasswordPolicy],
    beforeChange: [stampPasswordChange],
    afterChange: [revokeSessionsOnPasswordChange],
    afterLogin: [recordLastLogin],
    afterLogout: [recordSignOut],
    afterOperation: [sendResetEmail],
  },
  fields: [
    {
      name: 'email',
      type: 'email',
      required: true,
      unique: true,
      label: label('Thư điện tử', 'E-mail'),
      // Read by the person and managers; changed only by the principal or sysadmin (the sign-in name).
      access: { ...privateField, update: ({ req }) => canManageUsers(req.user as RoleHolder) },
    },
    {
      // Asked when changing one's own password (`guardCredentialChange`); never stored or returned.
      name: 'currentPassword',
      type: 'text',
      virtual: true,
      label: label('Mật khẩu hiện tại (để đổi mật khẩu)', 'Current password (to change it)'),
      access: { read: () => false },
      admin: {
        condition: (data, _sibling, { user }) => Boolean(user && data?.id && String(user.id) === String(data.id)),
        components: { Field: '@/components/admin/CurrentPasswordField#CurrentPasswordField' },
      },
    },
    { name: 'fullName', type: 'text', required: true, label: label('Họ và tên', 'Full name') },
    { name: 'phone', type: 'text', label: label('Điện thoại', 'Phone'), access: privateField },
    {
      name: 'roles',
      type: 'select',
      hasMany: true,
      required: true,
      defaultValue: ['teacher'],
      label: label('Vai trò', 'Roles'),
      options: ROLES.map((value) => ({ value, label: ROLE_LABELS[value] })),
      access: { create: canChangeRoles, update: canChangeRoles },
      saveToJWT: true,
    },
    {
      name: 'viceArea',
      type: 'select',
      label: label('Phụ trách (phó hiệu trưởng)', 'Vice-principal area'),
      options: [
        { value: VICE_AREAS[0], label: label('Chuyên môn', 'Academic') },
        { value: VICE_AREAS[1], label: label('Cơ sở vật chất', 'Facilities') },
      ],
      access: { create: canChangeRoles, update: canChangeRoles },
      admin: { condition: (data) => Array.isArray(data?.roles) && data.roles.includes('vice-principal') },
      saveToJWT: true,
    },
    {
      name: 'department',
      type: 'relationship',
      relationTo: 'departments',
      label: label('Tổ chuyên môn', 'Department'),
      access: { create: fieldForRoles('sysadmin', 'principal'), update: fieldForRoles('sysadmin', 'principal') },
    },
    {
      type: 'collapsible',
      label: label('Bảo mật tài khoản', 'Account security'),
      admin: { initCollapsed: true },
      fields: [
        {
          name: 'lastLoginAt',
          type: 'date',
          label: label('Đăng nhập lần cuối', 'Last login'),
          access: { ...privateField, ...systemOnly },
          admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
        },
        {
          name: 'passwordChangedAt',
          type: 'date',
          label: label('Đổi mật khẩu lần cuối', 'Password last changed'),
          access: { ...privateField, ...systemOnly },
          admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
        },
      ],
    },
  ],
}
