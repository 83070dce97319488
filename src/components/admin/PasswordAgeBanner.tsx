import type { ServerProps } from 'payload'

import { PASSWORD_MAX_AGE_DAYS, passwordAgeDays, passwordExpired } from '@/domain/accounts/password'

/** Asks the signed-in user to change a password older than the maximum age (R1.3). */
export const PasswordAgeBanner = ({ user }: ServerProps) => {
  const changedAt = (user as { passwordChangedAt?: string | null } | undefined)?.passwordChangedAt
  if (!user || !passwordExpired(changedAt, new Date())) return null
  const age = passwordAgeDays(changedAt, new Date())
  return (
    <div role="alert" className="password-age-banner">
      <strong>Đã đến lúc đổi mật khẩu.</strong>{' '}
      {age === null
        ? 'Chưa rõ lần đổi mật khẩu gần nhất của bạn.'
        : `Mật khẩu của bạn đã dùng ${age} ngày (tối đa ${PASSWORD_MAX_AGE_DAYS} ngày).`}{' '}
      <a href={`/admin/account`}>Đổi mật khẩu trong trang tài khoản</a>.
    </div>
  )
}
