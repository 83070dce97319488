import { seededRandom, vietnameseName } from '../data/names'
import { SCHOOL_YEARS, SECTIONS } from '../data/structure'
import type { SeedStep } from '../context'

const STREETS = ['Hậu Giang', 'Minh Phụng', 'Bình Tiên', 'Văn Thân', 'Bà Hom', 'Phạm Văn Chí', 'Lê Quang Sung', 'Tháp Mười', 'Chợ Lớn', 'Kinh Dương Vương']

/**
 * About 350 students in five cohorts: each cohort sits in two classes, moving up a grade from
 * 2025-2026 to 2026-2027 (last year's grade 9 finished; this year's grade 6 is new).
 */
export const students: SeedStep = {
  name: 'students and enrolments',
  async run({ payload, findOrCreate, idOf }) {
    const random = seededRandom(2026)
    const [previous, current] = SCHOOL_YEARS
    const classId = async (name: string, year: string) =>
      idOf('classes', { and: [{ name: { equals: name } }, { 'schoolYear.name': { equals: year } }] })

    let serial = 0
    // Cohorts by the year they entered grade 6: 2022 … 2026.
    for (const entry of [2022, 2023, 2024, 2025, 2026]) {
      for (const section of SECTIONS) {
        const size = random.between(32, 38)
        for (let i = 0; i < size; i++) {
          serial += 1
          const gender = random.next() < 0.5 ? 'male' : 'female'
          const birthYear = entry - 11
          const month = random.between(1, 12)
          const day = random.between(1, 28)
          const studentCode = `79${String(10_000_000 + entry * 1000 + serial).slice(-8)}`
          const { id: student } = await findOrCreate('students', { studentCode: { equals: studentCode } }, {
            studentCode,
            fullName: vietnameseName(random, gender),
            dateOfBirth: `${birthYear}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
            gender,
            ethnicity: random.next() < 0.9 ? 'Kinh' : random.pick(['Hoa', 'Khmer', 'Chăm']),
            permanentAddress: `${random.between(1, 450)} ${random.pick(STREETS)}, Phường ${random.between(1, 14)}, Quận 6, TP. Hồ Chí Minh`,
          })
          for (const year of [previous!, current!]) {
            const grade = 6 + (Number(year.name.slice(0, 4)) - entry)
            if (grade < 6 || grade > 9) continue
            const klass = await classId(`${grade}${section}`, year.name)
            await findOrCreate('enrolments', { and: [{ student: { equals: student } }, { class: { equals: klass } }] }, {
              student,
              class: klass,
              status: 'studying',
              date: year.startDate,
            })
          }
        }
      }
    }
    payload.logger.debug(`students seeded: ${serial}`)
  },
}
