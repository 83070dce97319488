import type { Grade } from './regular-assessments'

/** A class holds at most 45 students (Điều lệ trường trung học). */
export const MAX_CLASS_SIZE = 45

/** The grade a class name like `7A1` belongs to, or null when the name does not follow the pattern. */
export const gradeOfClassName = (name: string): Grade | null => {
  const match = /^([6-9])[A-Z][0-9]{0,2}$/.exec(name.trim())
  return match ? (Number(match[1]) as Grade) : null
}
