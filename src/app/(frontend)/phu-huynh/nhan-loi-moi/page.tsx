import type { Metadata } from 'next'

import { noticeOf } from '../_portal'
import { NewPasswordForm, PortalNotice } from '../_parts'

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
      <PortalNotice notice={error} />
      <NewPasswordForm action="/phu-huynh/hanh-dong/nhan-loi-moi" token={token} />
    </section>
  )
}
