import { hasRole, type RoleHolder } from '@/access/roles'

/** A navigation link to the statistics, for the roles that read some of them. */
export const StatisticsNavLink = ({ user }: { user?: RoleHolder }) =>
  hasRole(user, 'principal', 'vice-principal', 'department-head', 'medical-staff') ? (
    <a className="nav__link" href="/admin/thong-ke">
      Thống kê, báo cáo
    </a>
  ) : null
