import { seededRandom } from '../data/names'
import { SCHOOL_YEARS } from '../data/structure'
import type { SeedContext, SeedStep } from '../context'

const CURRENT = SCHOOL_YEARS[1]!

/** The first students (by id) of a current-year class whose latest record holds a seat. */
const seatedIn = async ({ payload, idOf }: SeedContext, className: string, count: number) => {
  const klass = await idOf('classes', {
    and: [{ name: { equals: className } }, { 'schoolYear.name': { equals: CURRENT.name } }],
  })
  const { docs } = await payload.find({
    collection: 'enrolments',
    where: {
      and: [
        { class: { equals: klass } },
        { isLatest: { equals: true } },
        { status: { in: ['studying', 'transferred-in'] } },
      ],
    },
    sort: 'student',
    limit: count,
    depth: 0,
  })
  return { klass, students: docs.map((d) => d.student as number) }
}

/**
 * Enrolment history beyond the plain enrolments: two transfers out, a transfer between classes,
 * a drop-out and a student transferred in from another school, all in the current year and as
 * new records (history is never rewritten). Idempotent: a record is made only when missing.
 */
export const studentHistory: SeedStep = {
  name: 'enrolment history (transfers, drop-out)',
  async run(ctx) {
    const { findOrCreate, idOf } = ctx
    const leave = async (
      student: number,
      klass: number,
      status: 'transferred-out' | 'dropped-out',
      date: string,
      reason: string,
    ) =>
      findOrCreate(
        'enrolments',
        { and: [{ student: { equals: student } }, { class: { equals: klass } }, { status: { equals: status } }] },
        {
          student,
          class: klass,
          status,
          date,
          reason,
        },
      )

    const out = await seatedIn(ctx, '8A2', 2)
    for (const student of out.students) {
      await leave(student, out.klass, 'transferred-out', '2026-10-15', 'Chuyển trường theo nơi ở mới của gia đình')
    }
    const dropped = await seatedIn(ctx, '9A2', 1)
    for (const student of dropped.students) {
      await leave(student, dropped.klass, 'dropped-out', '2026-11-02', 'Hoàn cảnh gia đình khó khăn')
    }
    const moved = await seatedIn(ctx, '9A1', 1)
    const target = await idOf('classes', {
      and: [{ name: { equals: '9A2' } }, { 'schoolYear.name': { equals: CURRENT.name } }],
    })
    for (const student of moved.students) {
      await leave(student, moved.klass, 'transferred-out', '2026-10-01', 'Chuyển lớp theo nguyện vọng')
      await findOrCreate(
        'enrolments',
        { and: [{ student: { equals: student } }, { class: { equals: target } }] },
        {
          student,
          class: target,
          status: 'transferred-in',
          date: '2026-10-01',
          reason: 'Chuyển từ lớp 9A1',
        },
      )
    }

    const random = seededRandom(79)
    const arrival = await idOf('classes', {
      and: [{ name: { equals: '6A2' } }, { 'schoolYear.name': { equals: CURRENT.name } }],
    })
    const { id: newcomer } = await findOrCreate(
      'students',
      { studentCode: { equals: '7915000901' } },
      {
        studentCode: '7915000901',
        fullName: 'Trịnh Gia Bảo',
        dateOfBirth: '2015-03-14',
        gender: 'male',
        ethnicity: 'Kinh',
        permanentAddress: `${random.between(1, 300)} Hậu Giang, Phường 11, Quận 6, TP. Hồ Chí Minh`,
        contactPhone: '0912345678',
        guardians: [
          { name: 'Trịnh Văn Lực', relationship: 'Cha', phone: '0912345678', occupation: 'Kinh doanh' },
          { name: 'Lê Thị Hoa', relationship: 'Mẹ', phone: '+84987654321', occupation: 'Nội trợ' },
        ],
      },
    )
    await findOrCreate(
      'enrolments',
      { and: [{ student: { equals: newcomer } }, { class: { equals: arrival } }] },
      {
        student: newcomer,
        class: arrival,
        status: 'transferred-in',
        date: '2026-10-20',
        reason: 'Chuyển đến từ tỉnh Long An',
      },
    )
  },
}
