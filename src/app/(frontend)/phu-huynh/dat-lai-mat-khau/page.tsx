import type { Metadata } from 'next'

import { noticeOf } from '../_portal'
import { NewPasswordForm, PortalNotice } from '../_parts'

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
      <PortalNotice notice={notice} />
      {token ? (
        <NewPasswordForm action="/phu-huynh/hanh-dong/dat-lai-mat-khau" token={token} />
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
