import { readsWholeGradebook } from '@/access/gradebook'
import { hasRole, type RoleHolder } from '@/access/roles'

/** A navigation link to the year-end by class: the whole gradebook's readers and teachers (who may be homeroom teachers). */
export const YearEndNavLink = ({ user }: { user?: unknown }) =>
  user && (readsWholeGradebook(user as RoleHolder) || hasRole(user as RoleHolder, 'teacher')) ? (
    <a className="nav__link" href="/admin/cuoi-nam">
      Kết quả cuối năm theo lớp
    </a>
  ) : null
