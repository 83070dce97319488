/**
 * Vietnamese phone numbers: ten digits starting with 0 (0901234567), or the international form
 * +84 followed by the nine digits after the 0 (+84901234567). Spaces, dots and dashes between
 * digit groups are allowed and ignored.
 */
export const normalisePhone = (value: string): string => value.replace(/[\s.-]/g, '')

export const isVietnamesePhone = (value: string): boolean => {
  const phone = normalisePhone(value)
  return /^0[1-9]\d{8}$/.test(phone) || /^\+84[1-9]\d{8}$/.test(phone)
}

export const PHONE_MESSAGE = 'Số điện thoại không hợp lệ: 10 chữ số bắt đầu bằng 0, hoặc +84 và 9 chữ số.'

/**
 * The one form a number is compared and stored in, `0xxxxxxxxx` (so `+84 912 345 670` and
 * `0912.345.670` are the same person); null when it is not a Vietnamese number.
 */
export const canonicalPhone = (value: unknown): string | null => {
  if (typeof value !== 'string' || !isVietnamesePhone(value)) return null
  const phone = normalisePhone(value)
  return phone.startsWith('+84') ? `0${phone.slice(3)}` : phone
}
