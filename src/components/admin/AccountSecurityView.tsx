import type { AdminViewServerProps } from 'payload'

import { canManageUsers, type RoleHolder } from '@/access/roles'
import { PASSWORD_MAX_AGE_DAYS } from '@/domain/accounts/password'
import { readAccountSecurity } from '@/endpoints/accountSecurityReport'
import { AdminPage } from './AdminPage'

const formatDateTime = (value: string | null) =>
  value
    ? new Intl.DateTimeFormat('vi-VN', { dateStyle: 'short', timeStyle: 'short', timeZone: 'Asia/Ho_Chi_Minh' }).format(
        new Date(value),
      )
    : '—'

const EVENT_TEXT: Record<string, string> = {
  success: 'đăng nhập',
  failure: 'đăng nhập sai',
  lockout: 'khoá tài khoản',
  'rate-limited': 'bị chặn (thử quá nhiều)',
  'password-change': 'đổi mật khẩu',
  'sign-out': 'đăng xuất',
}

/** `/admin/bao-mat-tai-khoan`: last login, password age and locked accounts, for the principal (R1.5). */
export const AccountSecurityView = async (view: AdminViewServerProps) => {
  const { req } = view.initPageResult
  const allowed = canManageUsers(req.user as RoleHolder)
  const rows = allowed ? await readAccountSecurity(req.payload, req) : []
  return (
    <AdminPage view={view} title="Bảo mật tài khoản">
      {!allowed ? (
        <p>Chỉ hiệu trưởng và quản trị hệ thống xem được trang này.</p>
      ) : (
        <>
          <p>
            Đăng nhập lần cuối, tuổi mật khẩu (tối đa {PASSWORD_MAX_AGE_DAYS} ngày), các tài khoản đang bị khoá do đăng
            nhập sai nhiều lần và lịch sử đăng nhập gần đây (thời điểm, sự kiện, địa chỉ IP).
          </p>
          <table className="account-security-table">
            <thead>
              <tr>
                <th scope="col">Họ và tên</th>
                <th scope="col">Thư điện tử</th>
                <th scope="col">Đăng nhập lần cuối</th>
                <th scope="col">Tuổi mật khẩu (ngày)</th>
                <th scope="col">Tình trạng</th>
                <th scope="col">Đăng nhập gần đây</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id} data-locked={row.lockedUntil ? 'true' : 'false'}>
                  <td>{row.fullName}</td>
                  <td>{row.email}</td>
                  <td>{formatDateTime(row.lastLoginAt)}</td>
                  <td>
                    {row.passwordAgeDays ?? '—'}
                    {row.passwordExpired ? ' (cần đổi)' : ''}
                  </td>
                  <td>{row.lockedUntil ? `Bị khoá đến ${formatDateTime(row.lockedUntil)}` : 'Bình thường'}</td>
                  <td>
                    {row.recentSignIns.length === 0 ? (
                      '—'
                    ) : (
                      <details>
                        <summary>{row.recentSignIns.length} sự kiện</summary>
                        <ul className="sign-in-history">
                          {row.recentSignIns.map((event) => (
                            <li key={event.at + event.event}>
                              {formatDateTime(event.at)} — {EVENT_TEXT[event.event] ?? event.event} — {event.ip ?? '?'}
                            </li>
                          ))}
                        </ul>
                        <a href={`/admin/collections/sign-in-events?where[user][equals]=${row.id}`}>Xem toàn bộ</a>
                      </details>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </AdminPage>
  )
}
