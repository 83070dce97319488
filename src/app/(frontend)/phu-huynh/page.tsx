import type { Metadata } from 'next'

import { childrenOverview } from '@/portal/children'

import { AnnouncementItem } from '../_components/AnnouncementItem'
import { currentAnnouncements } from '../_lib/data'
import { currentGuardian, noticeOf } from './_portal'

export const metadata: Metadata = { title: 'Cổng thông tin phụ huynh', robots: { index: false } }
export const dynamic = 'force-dynamic'

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

export default async function GuardianPortal({ searchParams }: Props) {
  const params = await searchParams
  const { payload, guardian, user } = await currentGuardian()
  const notice = noticeOf(params.loi) ?? noticeOf(params.tb)
  if (!guardian) {
    return (
      <section className="portal">
        <h1>Cổng thông tin phụ huynh</h1>
        {notice ? (
          <p className="portal-notice" role="alert">
            {notice}
          </p>
        ) : null}
        <form className="portal-form" method="post" action="/phu-huynh/hanh-dong/dang-nhap">
          <label>
            Thư điện tử
            <input name="email" type="email" autoComplete="username" required />
          </label>
          <label>
            Mật khẩu
            <input name="password" type="password" autoComplete="current-password" required />
          </label>
          <button type="submit">Đăng nhập</button>
        </form>
        <p className="portal-muted">
          Tài khoản do giáo viên chủ nhiệm hoặc văn thư nhà trường gửi lời mời qua thư điện tử.
        </p>
      </section>
    )
  }
  const [children, announcements] = await Promise.all([
    childrenOverview({ payload }, guardian.id),
    currentAnnouncements(),
  ])
  return (
    <section className="portal">
      <h1>Cổng thông tin phụ huynh</h1>
      <p>
        Xin chào <strong>{(user as { fullName?: string }).fullName}</strong>.
      </p>
      {notice ? (
        <p className="portal-notice" role="status">
          {notice}
        </p>
      ) : null}
      <h2>Con của anh/chị</h2>
      {children.length === 0 ? <p>Chưa có học sinh nào được nhà trường xác nhận.</p> : null}
      <ul className="portal-children">
        {children.map((child) => (
          <li key={child.id}>
            <a href={`/phu-huynh/con/${child.id}`}>{child.fullName}</a>
            {child.className ? <span> — lớp {child.className}</span> : null}
          </li>
        ))}
      </ul>
      <h2>Thông báo của nhà trường</h2>
      {announcements.docs.length === 0 ? <p>Hiện chưa có thông báo.</p> : null}
      <ul className="announcements">
        {announcements.docs.map((item) => (
          <AnnouncementItem key={item.id} item={item} />
        ))}
      </ul>
      <form method="post" action="/phu-huynh/hanh-dong/dang-xuat">
        <button type="submit">Đăng xuất</button>
      </form>
    </section>
  )
}
