/**
 * Age rules for a lower-secondary student (Điều lệ trường trung học): the age that counts is the
 * age on 5 September, the start of the school year. 10–17 is accepted; outside 11–15 (early or
 * late schooling, repeated years) the record is kept but deserves a second look.
 */
export const MIN_AGE = 10
export const MAX_AGE = 17
export const USUAL_MIN_AGE = 11
export const USUAL_MAX_AGE = 15

/** 5 September of the calendar year of `today`, as a UTC date. */
export const schoolYearStartOf = (today: Date): Date => new Date(Date.UTC(today.getUTCFullYear(), 8, 5))

/** Whole years between a date of birth and a day (both read as calendar dates in UTC). */
export const ageOn = (dateOfBirth: Date, on: Date): number => {
  const age = on.getUTCFullYear() - dateOfBirth.getUTCFullYear()
  const beforeBirthday =
    on.getUTCMonth() < dateOfBirth.getUTCMonth() ||
    (on.getUTCMonth() === dateOfBirth.getUTCMonth() && on.getUTCDate() < dateOfBirth.getUTCDate())
  return beforeBirthday ? age - 1 : age
}

export type DateOfBirthCheck = { error: string | null; warning: string | null; age: number | null }

const parse = (value: Date | string): Date | null => {
  const date = value instanceof Date ? value : new Date(value)
  return Number.isNaN(date.getTime()) ? null : date
}

/** Checks a date of birth against the school-start age rule; messages are for users (Vietnamese). */
export const checkDateOfBirth = (value: Date | string | null | undefined, today: Date): DateOfBirthCheck => {
  if (value === null || value === undefined || value === '')
    return { error: 'Chưa nhập ngày sinh.', warning: null, age: null }
  const dob = parse(value)
  if (!dob) return { error: 'Ngày sinh không hợp lệ.', warning: null, age: null }
  if (dob.getTime() > today.getTime()) return { error: 'Ngày sinh không được ở tương lai.', warning: null, age: null }
  const age = ageOn(dob, schoolYearStartOf(today))
  if (age < MIN_AGE || age > MAX_AGE) {
    return { error: `Tuổi vào ngày 5/9 là ${age}, phải từ ${MIN_AGE} đến ${MAX_AGE}.`, warning: null, age }
  }
  const warning =
    age < USUAL_MIN_AGE || age > USUAL_MAX_AGE
      ? `Tuổi vào ngày 5/9 là ${age}, ngoài độ tuổi thường gặp ${USUAL_MIN_AGE}–${USUAL_MAX_AGE}: hãy kiểm tra lại.`
      : null
  return { error: null, warning, age }
}
