import type { Metadata } from 'next'

import { noticeOf } from '../_portal'

export const metadata: Metadata = { title: 'Đặt lại mật khẩu — cổng thông tin phụ huynh', robots: { index: false } }
export const dynamic = 'force-dynamic'

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

/**
 * A forgotten password: without a token, the form that asks for the reset e-mail; with the e-mail's
 * token (one hour, one use), the form that sets the new password.
 */
export default async function ResetPassword({ searchParams }: Props) {
  const params = await searchParams
  const token = typeof params.token === 'string' ? params.token : ''
  const notice = noticeOf(params.loi) ?? noticeOf(params.tb)
  return (
    <section className="portal">
      <h1>Đặt lại mật khẩu cổng thông tin phụ huynh</h1>
      {notice ? (
        <p className="portal-notice" role="alert">
          {notice}
        </p>
      ) : null}
      {token ? (
        <form className="portal-form" method="post" action="/phu-huynh/hanh-dong/dat-lai-mat-khau">
          <input type="hidden" name="token" value={token} />
          <label>
            Mật khẩu mới (ít nhất 10 ký tự, có chữ và số)
            <input name="password" type="password" autoComplete="new-password" required minLength={10} />
          </label>
          <label>
            Nhập lại mật khẩu
            <input name="confirm" type="password" autoComplete="new-password" required minLength={10} />
          </label>
          <button type="submit">Đặt mật khẩu</button>
        </form>
      ) : (
        <form className="portal-form" method="post" action="/phu-huynh/hanh-dong/quen-mat-khau">
          <label>
            Thư điện tử nhà trường đã ghi cho anh/chị
            <input name="email" type="email" autoComplete="username" required />
          </label>
          <button type="submit">Gửi liên kết đặt lại mật khẩu</button>
        </form>
      )}
    </section>
  )
}
