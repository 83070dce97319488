/**
 * Saves a 45-student grade sheet through `POST /api/grades/sheet` (one request, one transaction,
 * access and validation per cell) and the same writes as bare Local API calls (access overridden,
 * no transaction), and prints the ratio. Runs against DATABASE_URL's seeded demo school; it
 * creates a class 6A9 with 45 students in the current year, so use a scratch database.
 *   DATABASE_URL=postgres://… npx tsx bench/grade-sheet.ts
 */
import { getPayload } from 'payload'

import { createApi } from '../tests/helpers/api'
import { prepareSettings } from '../scripts/env'

prepareSettings()
const { default: config } = await import('../payload.config')
const payload = await getPayload({ config })
const api = createApi(payload.config)

const year = (await payload.find({ collection: 'school-years', where: { isCurrent: { equals: true } } })).docs[0]!
const terms = (await payload.find({ collection: 'terms', where: { schoolYear: { equals: year.id } }, sort: 'term' }))
  .docs
const subject = (await payload.find({ collection: 'subjects', where: { code: { equals: 'TOAN' } } })).docs[0]!
const teacher = (await payload.find({ collection: 'users', where: { email: { equals: 'gv.toan@haugiang.test' } } }))
  .docs[0]!

const klass =
  (
    await payload.find({
      collection: 'classes',
      where: { and: [{ name: { equals: '6A9' } }, { schoolYear: { equals: year.id } }] },
    })
  ).docs[0] ?? (await payload.create({ collection: 'classes', data: { name: '6A9', grade: 6, schoolYear: year.id } }))
if ((await payload.count({ collection: 'enrolments', where: { class: { equals: klass.id } } })).totalDocs === 0) {
  for (let i = 0; i < 45; i++) {
    const student = await payload.create({
      collection: 'students',
      data: {
        studentCode: `79BENCH${String(i).padStart(4, '0')}${Date.now() % 10000}`,
        fullName: `Học Sinh Thử ${i + 1}`,
        dateOfBirth: '2015-01-01',
        gender: 'male',
      } as never,
    })
    await payload.create({
      collection: 'enrolments',
      data: { student: student.id, class: klass.id, status: 'studying', date: year.startDate } as never,
    })
  }
  await payload.create({
    collection: 'teaching-assignments',
    data: { teacher: teacher.id, class: klass.id, subject: subject.id },
  })
}
const students = (
  await payload.find({ collection: 'enrolments', where: { class: { equals: klass.id } }, pagination: false, depth: 0 })
).docs.map((e) => e.student as number)
const cells = (i: number) => ({ regular: ['8', '7', '9', String(5 + (i % 5))], midterm: '7.5', final: '8' })

// Endpoint: term I, one request.
const token = await api.login('gv.toan@haugiang.test')
const t0 = performance.now()
const res = await api.rest('POST', '/grades/sheet', {
  token,
  body: {
    class: klass.id,
    subject: subject.id,
    term: terms[0]!.id,
    rows: students.map((student, i) => ({ student, revision: null, ...cells(i) })),
  },
})
const endpointMs = performance.now() - t0
if (res.status !== 200) throw new Error(`sheet save failed: ${res.status} ${JSON.stringify(res.body).slice(0, 300)}`)

// Baseline: term II, the same writes as bare Local API creates.
const t1 = performance.now()
for (const [i, student] of students.entries()) {
  await payload.create({
    collection: 'grades',
    data: { student, class: klass.id, subject: subject.id, term: terms[1]!.id, ...cells(i) },
    depth: 0,
  })
}
const localMs = performance.now() - t1

console.log(
  `45-student sheet: endpoint ${endpointMs.toFixed(0)} ms, bare Local API ${localMs.toFixed(0)} ms, ratio ${(endpointMs / localMs).toFixed(2)}`,
)
process.exit(0)
