import type { Metadata } from 'next'

import { noticeOf } from '../_portal'

export const metadata: Metadata = { title: 'Nhận lời mời — cổng thông tin phụ huynh', robots: { index: false } }
export const dynamic = 'force-dynamic'

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

/** The invitation link's page: the guardian chooses a password (the link works once, 72 hours). */
export default async function AcceptInvite({ searchParams }: Props) {
  const params = await searchParams
  const token = typeof params.token === 'string' ? params.token : ''
  const error = noticeOf(params.loi)
  return (
    <section className="portal">
      <h1>Đặt mật khẩu cổng thông tin phụ huynh</h1>
      {error ? (
        <p className="portal-notice" role="alert">
          {error}
        </p>
      ) : null}
      <form className="portal-form" method="post" action="/phu-huynh/hanh-dong/nhan-loi-moi">
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
    </section>
  )
}
