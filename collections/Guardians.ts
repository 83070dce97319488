import type { CollectionConfig } from 'payload'

import { anyRole, nobody } from '@/access/common'
import { canReadGuardians, canUpdateGuardians, managesGuardians, schoolOnlyField } from '@/access/guardians'
import { loginWithCode, requestSignInCode } from '@/endpoints/guardianCode'
import { acceptInvite, inviteGuardian } from '@/endpoints/guardianInvite'
import { portalChild, portalChildren, portalConsent, portalReceipt } from '@/endpoints/portal'
import { enforcePasswordPolicy, enforcePasswordPolicyOnReset } from '@/hooks/users/enforcePasswordPolicy'
import { refuseInactiveGuardian, revokeSessionsWhenDeactivated } from '@/hooks/guardians/accountState'
import { limitPasswordReset } from '@/hooks/guardians/limitPasswordReset'
import { limitPasswordSignIn } from '@/hooks/guardians/limitPasswordSignIn'
import { normaliseGuardianPhone } from '@/hooks/guardians/normalisePhone'
import {
  requireCurrentGuardianPassword,
  revokeGuardianSessionsOnPasswordChange,
  stampGuardianPassword,
  stampGuardianPasswordOnReset,
} from '@/hooks/guardians/password'
import { sendGuardianResetEmail } from '@/hooks/guardians/sendResetEmail'
import { signInByPhone } from '@/hooks/guardians/signInByPhone'
import { label } from '@/i18n/label'
import { channelOptions } from '@/lib/messaging'

import { signInPolicy } from './signInPolicy'

const systemOnly = { create: () => false, update: () => false }
const hidden = { read: () => false, create: () => false, update: () => false }

/**
 * Parents and guardians (parents' portal). Their own auth collection, never `users`: the admin
 * panel belongs to `users` (payload.config `admin.user`), and the `authRealm` plugin keeps a
 * guardian's token out of every staff collection. Accounts are made by an invitation from a
 * student's guardian entry (`POST /api/guardians/invite`), never by sign-up, or at a guardian's
 * first sign-in by a one-time code sent to a phone the school recorded on a student's guardian
 * entry (links pending until the school confirms them). A guardian signs in with the password, or
 * with a code (`POST /api/guardians/request-code`, `POST /api/guardians/login-code`). A forgotten
 * password: `POST /api/guardians/forgot-password` e-mails a link to the portal's reset page.
 */
export const Guardians: CollectionConfig = {
  slug: 'guardians',
  labels: { singular: label('Phụ huynh', 'Guardian'), plural: label('Phụ huynh (cổng thông tin)', 'Guardians') },
  auth: { ...signInPolicy },
  admin: {
    useAsTitle: 'fullName',
    defaultColumns: ['fullName', 'email', 'phone', 'active'],
    group: label('Phụ huynh', 'Parents'),
  },
  access: {
    read: canReadGuardians,
    create: nobody,
    update: canUpdateGuardians,
    delete: anyRole('sysadmin', 'principal'),
    unlock: ({ req }) => managesGuardians(req),
    // Never the admin panel, whatever else changes.
    admin: () => false,
  },
  endpoints: [
    inviteGuardian,
    acceptInvite,
    requestSignInCode,
    loginWithCode,
    portalChildren,
    portalChild,
    portalReceipt,
    portalConsent,
  ],
  hooks: {
    beforeOperation: [
      signInByPhone,
      limitPasswordSignIn,
      limitPasswordReset,
      enforcePasswordPolicyOnReset,
      requireCurrentGuardianPassword,
    ],
    afterOperation: [sendGuardianResetEmail, stampGuardianPasswordOnReset],
    beforeValidate: [enforcePasswordPolicy],
    beforeChange: [revokeSessionsWhenDeactivated, normaliseGuardianPhone, stampGuardianPassword],
    afterChange: [revokeGuardianSessionsOnPasswordChange],
    beforeLogin: [refuseInactiveGuardian],
  },
  fields: [
    {
      // Asked when a guardian changes their own password (`requireCurrentGuardianPassword`); never stored or returned.
      name: 'currentPassword',
      type: 'text',
      virtual: true,
      access: { read: () => false },
      admin: { hidden: true },
    },
    {
      // The sign-in name: set by the school's invitation, never changed by the guardian (as for staff).
      name: 'email',
      type: 'email',
      required: true,
      unique: true,
      label: label('Thư điện tử', 'E-mail'),
      access: { create: schoolOnlyField, update: schoolOnlyField },
    },
    { name: 'fullName', type: 'text', required: true, label: label('Họ và tên', 'Full name') },
    {
      // The number that signs in by code: set by the school only (a guardian cannot claim another's phone).
      name: 'phone',
      type: 'text',
      label: label('Điện thoại (đăng nhập bằng mã)', 'Phone (sign-in by code)'),
      access: { create: schoolOnlyField, update: schoolOnlyField },
    },
    {
      name: 'preferredChannel',
      type: 'select',
      defaultValue: 'email',
      label: label('Nhận tin qua', 'Preferred channel'),
      options: channelOptions(),
    },
    {
      name: 'active',
      type: 'checkbox',
      defaultValue: true,
      label: label('Đang hoạt động', 'Active'),
      admin: {
        description: label(
          'Bỏ chọn để khoá tài khoản và đăng xuất mọi phiên.',
          'Untick to disable the account and end every session.',
        ),
      },
      access: { create: schoolOnlyField, update: schoolOnlyField },
    },
    {
      // When the guardian last chose a password (hooks/guardians/password.ts); empty: none usable yet.
      name: 'passwordSetAt',
      type: 'date',
      label: label('Tự đặt mật khẩu lúc', 'Password set at'),
      access: systemOnly,
      admin: {
        readOnly: true,
        date: { pickerAppearance: 'dayAndTime' },
        description: label(
          'Trống: phụ huynh chưa tự đặt mật khẩu (chưa nhận lời mời hoặc mới đăng nhập bằng mã).',
          'Empty: the guardian has not chosen a password yet.',
        ),
      },
    },
    { name: 'inviteTokenHash', type: 'text', index: true, access: hidden, admin: { hidden: true } },
    {
      name: 'inviteExpiresAt',
      type: 'date',
      label: label('Lời mời hết hạn', 'Invitation expires'),
      access: systemOnly,
      admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
    },
    { name: 'signInCodeHash', type: 'text', access: hidden, admin: { hidden: true } },
    { name: 'signInCodeExpiresAt', type: 'date', access: hidden, admin: { hidden: true } },
    {
      name: 'invitedBy',
      type: 'relationship',
      relationTo: 'users',
      label: label('Người mời', 'Invited by'),
      access: systemOnly,
      admin: { readOnly: true },
    },
  ],
}
