import { seededRandom } from '../data/names'
import { SCHOOL_YEARS } from '../data/structure'
import type { SeedStep } from '../context'

const CHECK_DATES: Record<string, string> = { '2025-2026': '2025-10-14', '2026-2027': '2026-10-13' }
const NOTES_FOR_TEACHERS = [
  'Cho ngồi bàn đầu (thị lực kém).',
  'Tránh vận động mạnh trong giờ thể dục.',
  'Nhắc em uống đủ nước.',
]

/**
 * One check-up per school year a student was enrolled in (one or two per student), with
 * measurements that grow with age and a few conditions and notes for teachers.
 */
export const health: SeedStep = {
  name: 'health check-ups',
  async run({ payload, findOrCreate }) {
    const random = seededRandom(5)
    const years = await payload.find({ collection: 'school-years', depth: 0, pagination: false })
    const yearIds = new Map(years.docs.map((y) => [y.name, y.id]))
    const enrolments = await payload.find({
      collection: 'enrolments',
      where: { status: { in: ['studying', 'transferred-in'] } },
      depth: 0,
      pagination: false,
      sort: 'id',
      select: { student: true, schoolYear: true },
    })
    const seen = new Set<string>()
    for (const enrolment of enrolments.docs) {
      const yearName = SCHOOL_YEARS.find((y) => yearIds.get(y.name) === enrolment.schoolYear)?.name
      if (!yearName) continue
      const key = `${enrolment.student}:${yearName}`
      if (seen.has(key)) continue
      seen.add(key)
      const checkDate = CHECK_DATES[yearName]!
      const grown = yearName === '2026-2027' ? 6 : 0
      const heightCm = random.between(135, 165) + grown
      const myopic = random.next() < 0.25
      const noted = random.next() < 0.1
      await findOrCreate(
        'health-records',
        { and: [{ student: { equals: enrolment.student } }, { checkDate: { equals: checkDate } }] },
        {
          student: enrolment.student as number,
          schoolYear: enrolment.schoolYear as number,
          checkDate,
          heightCm,
          weightKg: random.between(30, 60) + grown / 2,
          bloodPressure: `${random.between(95, 120)}/${random.between(60, 80)}`,
          pulse: random.between(70, 100),
          eyesightLeft: myopic ? `${random.between(3, 7)}/10` : '10/10',
          eyesightRight: myopic ? `${random.between(3, 7)}/10` : '10/10',
          eyesightLeftGlasses: myopic ? '10/10' : undefined,
          eyesightRightGlasses: myopic ? '9/10' : undefined,
          refractiveError: myopic ? 'myopia' : 'none',
          spine: random.next() < 0.05 ? 'scoliosis' : 'normal',
          teeth: random.next() < 0.3 ? 'Sâu răng' : 'Bình thường',
          diagnosis: myopic ? 'Cận thị' : noted ? 'Hen phế quản nhẹ' : 'Sức khỏe bình thường',
          medicalNotes: noted ? 'Mang theo thuốc xịt khi có cơn hen.' : undefined,
          notesForTeachers: myopic ? NOTES_FOR_TEACHERS[0] : noted ? NOTES_FOR_TEACHERS[1] : undefined,
        },
      )
    }
  },
}
