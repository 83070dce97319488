import { entryProgressScope } from '@/access/gradebook'
import type { RoleHolder } from '@/access/roles'

/** A navigation link to the grade entry progress dashboard, for those who may watch it. */
export const ProgressNavLink = ({ user }: { user?: RoleHolder }) =>
  user && entryProgressScope(user) ? (
    <a className="nav__link" href="/admin/tien-do-nhap-diem">
      Tiến độ nhập điểm
    </a>
  ) : null
