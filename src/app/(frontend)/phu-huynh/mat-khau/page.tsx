import type { Metadata } from 'next'
import { redirect } from 'next/navigation'

import { isPlaceholderEmail } from '@/domain/portal/invite'
import { PASSWORD_MIN_LENGTH } from '@/domain/accounts/password'

import { currentGuardian, noticeOf } from '../_portal'
import { PortalNotice } from '../_parts'

export const metadata: Metadata = { title: 'Mật khẩu — cổng thông tin phụ huynh', robots: { index: false } }
export const dynamic = 'force-dynamic'

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

type GuardianAccount = { email?: string | null; phone?: string | null; passwordSetAt?: string | null }

/**
 * The signed-in guardian sets a password (after signing in by a code, the account has none usable)
 * or changes it (the current one is asked). Posts to `/phu-huynh/hanh-dong/mat-khau`; the same
 * policy as everywhere (`passwordProblem`), and a change ends the guardian's other sessions.
 */
export default async function GuardianPassword({ searchParams }: Props) {
  const params = await searchParams
  const { guardian, user } = await currentGuardian()
  if (!guardian) redirect('/phu-huynh')
  const account = user as GuardianAccount
  const hasPassword = Boolean(account.passwordSetAt)
  const email = account.email && !isPlaceholderEmail(account.email) ? account.email : null
  const names = [account.phone ? `số điện thoại ${account.phone}` : null, email ? `thư điện tử ${email}` : null]
    .filter(Boolean)
    .join(' hoặc ')
  const notice = noticeOf(params.loi) ?? noticeOf(params.tb)
  return (
    <section className="portal">
      <h1>{hasPassword ? 'Đổi mật khẩu' : 'Đặt mật khẩu'}</h1>
      <PortalNotice notice={notice} />
      <p>
        {hasPassword
          ? 'Nhập mật khẩu đang dùng và mật khẩu mới. Sau khi đổi, các phiên đăng nhập khác của anh/chị sẽ bị đăng xuất.'
          : 'Anh/chị đang đăng nhập bằng mã gửi qua điện thoại. Đặt mật khẩu để lần sau đăng nhập không cần chờ mã.'}
      </p>
      {names ? <p className="portal-muted">Đăng nhập bằng mật khẩu với {names}.</p> : null}
      <form className="portal-form" method="post" action="/phu-huynh/hanh-dong/mat-khau">
        {hasPassword ? (
          <label>
            Mật khẩu hiện tại
            <input name="currentPassword" type="password" autoComplete="current-password" required />
          </label>
        ) : null}
        <label>
          Mật khẩu mới (ít nhất {PASSWORD_MIN_LENGTH} ký tự, có chữ và số)
          <input name="password" type="password" autoComplete="new-password" required minLength={PASSWORD_MIN_LENGTH} />
        </label>
        <label>
          Nhập lại mật khẩu mới
          <input name="confirm" type="password" autoComplete="new-password" required minLength={PASSWORD_MIN_LENGTH} />
        </label>
        <button type="submit">{hasPassword ? 'Đổi mật khẩu' : 'Đặt mật khẩu'}</button>
      </form>
      <p>
        <a href="/phu-huynh">Quay lại trang chính</a>
      </p>
    </section>
  )
}
