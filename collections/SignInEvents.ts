import type { CollectionConfig } from 'payload'

import { canCreateOrDeleteUsers } from '@/access/users'
import { label } from '@/i18n/label'
import { SIGN_IN_EVENTS } from '@/lib/auth/signInEvents'

const EVENT_LABELS: Record<(typeof SIGN_IN_EVENTS)[number], { vi: string; en: string }> = {
  success: label('Đăng nhập', 'Signed in'),
  failure: label('Đăng nhập sai', 'Failed sign-in'),
  lockout: label('Khoá tài khoản', 'Account locked'),
  'rate-limited': label('Bị chặn vì thử quá nhiều', 'Rate limited'),
  'password-change': label('Đổi mật khẩu', 'Password changed'),
  'sign-out': label('Đăng xuất', 'Signed out'),
}

/**
 * Who signed in, failed, was locked, changed a password or signed out, when and from where
 * (regulation A4). Append-only: written by the server (`recordSignInEvent`), never through any
 * API; read by the principal and the sysadmin.
 */
export const SignInEvents: CollectionConfig = {
  slug: 'sign-in-events',
  labels: { singular: label('Sự kiện đăng nhập', 'Sign-in event'), plural: label('Nhật ký đăng nhập', 'Sign-in log') },
  admin: {
    group: label('Hệ thống', 'System'),
    defaultColumns: ['createdAt', 'event', 'user', 'email', 'ip'],
    useAsTitle: 'event',
  },
  access: {
    read: canCreateOrDeleteUsers,
    create: () => false,
    update: () => false,
    delete: () => false,
  },
  disableDuplicate: true,
  fields: [
    {
      name: 'event',
      type: 'select',
      required: true,
      index: true,
      label: label('Sự kiện', 'Event'),
      options: SIGN_IN_EVENTS.map((value) => ({ value, label: EVENT_LABELS[value] })),
    },
    { name: 'user', type: 'relationship', relationTo: 'users', index: true, label: label('Tài khoản', 'Account') },
    { name: 'email', type: 'text', label: label('Thư điện tử đã nhập', 'E-mail entered') },
    { name: 'ip', type: 'text', label: label('Địa chỉ IP', 'IP address') },
    { name: 'userAgent', type: 'text', label: label('Trình duyệt', 'Browser') },
  ],
}
