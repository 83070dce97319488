import type { ServerProps } from 'payload'

import { canManageUsers, type RoleHolder } from '@/access/roles'

/** A navigation link to the account-security review, shown only to those who may open it. */
export const AccountSecurityNavLink = ({ user }: ServerProps) =>
  canManageUsers(user as RoleHolder) ? (
    <a className="nav__link" href="/admin/bao-mat-tai-khoan">
      Bảo mật tài khoản
    </a>
  ) : null
