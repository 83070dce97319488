/** Password policy (R1.3): at least 10 characters, with letters and digits. */
export const PASSWORD_MIN_LENGTH = 10
export const PASSWORD_MAX_AGE_DAYS = 180

/** The Vietnamese message saying what is wrong with a password, or null when it is acceptable. */
export const passwordProblem = (password: string): string | null => {
  if (password.length < PASSWORD_MIN_LENGTH)
    return `Mật khẩu phải có ít nhất ${PASSWORD_MIN_LENGTH} ký tự, gồm cả chữ cái và chữ số.`
  if (!/\p{L}/u.test(password) || !/\p{Nd}/u.test(password)) return 'Mật khẩu phải có cả chữ cái và chữ số.'
  return null
}

const DAY_MS = 24 * 60 * 60 * 1000

/** Whole days since the password was last set; null when that date is unknown. */
export const passwordAgeDays = (changedAt: Date | string | null | undefined, now: Date): number | null => {
  if (!changedAt) return null
  const changed = new Date(changedAt).getTime()
  if (Number.isNaN(changed)) return null
  return Math.floor((now.getTime() - changed) / DAY_MS)
}

/** True when the password is older than the maximum age (or its age is unknown). */
export const passwordExpired = (changedAt: Date | string | null | undefined, now: Date): boolean => {
  const age = passwordAgeDays(changedAt, now)
  return age === null || age > PASSWORD_MAX_AGE_DAYS
}
