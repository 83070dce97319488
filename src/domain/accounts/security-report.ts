import { passwordAgeDays, passwordExpired } from './password'

export type AccountSecurityRow = {
  id: number | string
  fullName: string
  email: string
  roles: string[]
  lastLoginAt: string | null
  passwordChangedAt: string | null
  passwordAgeDays: number | null
  passwordExpired: boolean
  lockedUntil: string | null
  failedLogins: number
}

type AccountRecord = {
  id: number | string
  fullName?: string | null
  email?: string | null
  roles?: string[] | null
  lastLoginAt?: string | null
  passwordChangedAt?: string | null
  lockUntil?: string | null
  loginAttempts?: number | null
}

/** One row of the principal's account-security review (R1.5): last login, password age, lock. */
export const toSecurityRow = (account: AccountRecord, now: Date): AccountSecurityRow => {
  const locked = account.lockUntil && new Date(account.lockUntil).getTime() > now.getTime() ? account.lockUntil : null
  return {
    id: account.id,
    fullName: account.fullName ?? '',
    email: account.email ?? '',
    roles: account.roles ?? [],
    lastLoginAt: account.lastLoginAt ?? null,
    passwordChangedAt: account.passwordChangedAt ?? null,
    passwordAgeDays: passwordAgeDays(account.passwordChangedAt, now),
    passwordExpired: passwordExpired(account.passwordChangedAt, now),
    lockedUntil: locked,
    failedLogins: account.loginAttempts ?? 0,
  }
}
