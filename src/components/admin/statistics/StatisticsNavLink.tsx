import { hasRole } from '@/access/roles'

/** A navigation link to the statistics, for the roles that read some of them. */
export const StatisticsNavLink = ({ user }: { user?: unknown }) =>
  hasRole(user as never, 'principal', 'vice-principal', 'department-head', 'medical-staff') ? (
    <a className="nav__link" href="/admin/thong-ke">
      Thống kê, báo cáo
    </a>
  ) : null
