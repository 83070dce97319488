import { familyNameOf, seededRandom, vietnameseName } from '../data/names'
import { SCHOOL_YEARS, SECTIONS } from '../data/structure'
import type { SeedStep } from '../context'
import type { Random } from '../data/names'

const STREETS = [
  'Hậu Giang',
  'Minh Phụng',
  'Bình Tiên',
  'Văn Thân',
  'Bà Hom',
  'Phạm Văn Chí',
  'Lê Quang Sung',
  'Tháp Mười',
  'Chợ Lớn',
  'Kinh Dương Vương',
]

/**
 * About 350 students in five cohorts: each cohort sits in two classes, moving up a grade from
 * 2025-2026 to 2026-2027 (last year's grade 9 finished; this year's grade 6 is new).
 */
export const students: SeedStep = {
  name: 'students and enrolments',
  async run({ payload, findOrCreate, idOf }) {
    const random = seededRandom(2026)
    // Guardians, phones and consents draw from their own sequence so the students' names stay
    // the same as before they were added.
    const extra = seededRandom(2027)
    const phone = () => `09${String(extra.between(0, 99_999_999)).padStart(8, '0')}`
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
          const fullName = vietnameseName(random, gender)
          const { id: student } = await findOrCreate(
            'students',
            { studentCode: { equals: studentCode } },
            {
              studentCode,
              fullName,
              dateOfBirth: `${birthYear}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
              gender,
              ethnicity: random.next() < 0.9 ? 'Kinh' : random.pick(['Hoa', 'Khmer', 'Chăm']),
              permanentAddress: `${random.between(1, 450)} ${random.pick(STREETS)}, Phường ${random.between(1, 14)}, Quận 6, TP. Hồ Chí Minh`,
              ...familyDetails(extra, phone, fullName),
            },
          )
          // The first student of 2025-2026's 8A1 was kept back (see the gradebook step): 8A1 again.
          const repeats = entry === 2023 && section === SECTIONS[0] && i === 0
          for (const year of [previous!, current!]) {
            const grade = 6 + (Number(year.name.slice(0, 4)) - entry) - (repeats && year === current ? 1 : 0)
            if (grade < 6 || grade > 9) continue
            const klass = await classId(`${grade}${section}`, year.name)
            await findOrCreate(
              'enrolments',
              { and: [{ student: { equals: student } }, { class: { equals: klass } }] },
              {
                student,
                class: klass,
                status: 'studying',
                date: year.startDate,
                ...(repeats && year === current ? { reason: 'Ở lại lớp (từ 8A1)' } : {}),
              },
            )
          }
        }
      }
    }
    payload.logger.debug(`students seeded: ${serial}`)
  },
}

const OCCUPATIONS = [
  'Công nhân',
  'Buôn bán',
  'Nhân viên văn phòng',
  'Tài xế',
  'Nội trợ',
  'Giáo viên',
  'Thợ may',
  'Kinh doanh',
]

/** Father (the child's family name) and mother, a contact phone, a policy status for a few, consents for most. */
const familyDetails = (extra: Random, phone: () => string, childName: string) => {
  const father = `${familyNameOf(childName)} ${vietnameseName(extra, 'male').split(' ').slice(1).join(' ')}`
  const mother = vietnameseName(extra, 'female')
  const fatherPhone = phone()
  const consent = extra.next() < 0.6
  return {
    contactPhone: fatherPhone,
    policyStatus: extra.next() < 0.05 ? extra.pick(['Con thương binh', 'Hộ nghèo', 'Hộ cận nghèo']) : undefined,
    guardians: [
      { name: father, relationship: 'Cha', phone: fatherPhone, occupation: extra.pick(OCCUPATIONS) },
      { name: mother, relationship: 'Mẹ', phone: phone(), occupation: extra.pick(OCCUPATIONS) },
    ],
    publicationConsent: consent
      ? {
          guardianConsent: true,
          guardianConsentDate: '2026-09-05',
          studentConsent: extra.next() < 0.9,
          studentConsentDate: '2026-09-05',
        }
      : { guardianConsent: false, studentConsent: false },
  }
}
