import { entryProgressScope } from '@/access/gradebook'

/** A navigation link to the grade entry progress dashboard, for those who may watch it. */
export const ProgressNavLink = ({ user }: { user?: unknown }) =>
  user && entryProgressScope(user as never) ? (
    <a className="nav__link" href="/admin/tien-do-nhap-diem">
      Tiến độ nhập điểm
    </a>
  ) : null
