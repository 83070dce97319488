import type { Metadata } from 'next'
import { cookies } from 'next/headers'

import { CODE_DIGITS } from '@/domain/portal/signInCode'
import { channelOptions } from '@/lib/messaging'
import { childrenOverview } from '@/portal/children'

import { AnnouncementItem } from '../_components/AnnouncementItem'
import { currentAnnouncements } from '../_lib/data'
import { CODE_PHONE_COOKIE, currentGuardian, noticeOf } from './_portal'
import { PortalNotice } from './_parts'

export const metadata: Metadata = { title: 'Cổng thông tin phụ huynh', robots: { index: false } }
export const dynamic = 'force-dynamic'

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

export default async function GuardianPortal({ searchParams }: Props) {
  const params = await searchParams
  const { payload, guardian, user } = await currentGuardian()
  const notice = noticeOf(params.loi) ?? noticeOf(params.tb)
  if (!guardian) {
    const byCode = params.cach === 'ma'
    const phone = byCode ? ((await cookies()).get(CODE_PHONE_COOKIE)?.value ?? '') : ''
    return (
      <section className="portal">
        <h1>Cổng thông tin phụ huynh</h1>
        <PortalNotice notice={notice} />
        <nav className="portal-tabs" aria-label="Cách đăng nhập">
          <a href="/phu-huynh" aria-current={byCode ? undefined : 'page'}>
            Mật khẩu
          </a>
          <a href="/phu-huynh?cach=ma" aria-current={byCode ? 'page' : undefined}>
            Mã qua điện thoại
          </a>
        </nav>
        {!byCode ? (
          <form className="portal-form" method="post" action="/phu-huynh/hanh-dong/dang-nhap">
            <label>
              Thư điện tử hoặc số điện thoại
              <input name="email" type="text" inputMode="email" autoComplete="username" required />
            </label>
            <label>
              Mật khẩu
              <input name="password" type="password" autoComplete="current-password" required />
            </label>
            <button type="submit">Đăng nhập</button>
            <a href="/phu-huynh/dat-lai-mat-khau">Quên mật khẩu?</a>
          </form>
        ) : (
          <>
            <form className="portal-form" method="post" action="/phu-huynh/hanh-dong/gui-ma">
              <label>
                Số điện thoại đã đăng ký với nhà trường
                <input name="phone" type="tel" inputMode="tel" autoComplete="tel" defaultValue={phone} required />
              </label>
              <button type="submit">{phone ? 'Gửi lại mã' : 'Gửi mã đăng nhập'}</button>
            </form>
            {phone ? (
              <form className="portal-form" method="post" action="/phu-huynh/hanh-dong/dang-nhap-ma">
                <input type="hidden" name="phone" value={phone} />
                <label>
                  Mã đăng nhập ({CODE_DIGITS} chữ số, gửi qua SMS hoặc Zalo)
                  <input
                    name="code"
                    inputMode="numeric"
                    autoComplete="one-time-code"
                    pattern={`[0-9]{${CODE_DIGITS}}`}
                    maxLength={CODE_DIGITS}
                    required
                  />
                </label>
                <button type="submit">Đăng nhập bằng mã</button>
              </form>
            ) : null}
          </>
        )}
        <p className="portal-muted">
          Tài khoản do giáo viên chủ nhiệm hoặc văn thư nhà trường gửi lời mời qua thư điện tử hoặc tin nhắn SMS. Đăng
          nhập bằng mã dùng số điện thoại nhà trường đã ghi cho anh/chị.
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
      <PortalNotice notice={notice} role="status" />
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
      <h2>Nhận tin nhắn của nhà trường qua</h2>
      <form className="portal-form" method="post" action="/phu-huynh/hanh-dong/kenh">
        <label>
          Kênh nhận tin và mã đăng nhập
          <select name="channel" defaultValue={(user as { preferredChannel?: string }).preferredChannel ?? 'email'}>
            {channelOptions().map((option) => (
              <option key={option.value} value={option.value}>
                {option.label.vi}
              </option>
            ))}
          </select>
        </label>
        <button type="submit">Lưu kênh nhận tin</button>
      </form>
      <h2>Tài khoản</h2>
      <p>
        <a href="/phu-huynh/mat-khau">
          {(user as { passwordSetAt?: string | null }).passwordSetAt ? 'Đổi mật khẩu' : 'Đặt mật khẩu'}
        </a>
      </p>
      <form method="post" action="/phu-huynh/hanh-dong/dang-xuat">
        <button type="submit">Đăng xuất</button>
      </form>
    </section>
  )
}
