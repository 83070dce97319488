import { getPayload, type Payload } from 'payload'

import { closePayload } from '@/lib/prepare'

import { createApi, type Api } from './api'

export type TestContext = { payload: Payload; api: Api }

/** Boots Payload once for a test file (call it in `beforeAll`). */
export const bootPayload = async (): Promise<TestContext> => {
  const { default: config } = await import('@payload-config')
  const payload = await getPayload({ config })
  return { payload, api: createApi(payload.config) }
}

export const shutdownPayload = async (context: TestContext | undefined) => {
  if (context) await closePayload(context.payload)
}

export const DEMO_PASSWORD = process.env.DEMO_PASSWORD || 'HauGiang@2026'

/** The signed-in user as the Local API wants it, for `overrideAccess: false` calls. */
export const userByEmail = async (payload: Payload, email: string) => {
  const { docs } = await payload.find({ collection: 'users', where: { email: { equals: email } }, limit: 1, depth: 0 })
  if (!docs[0]) throw new Error(`No user ${email}`)
  return { ...docs[0], collection: 'users' as const }
}

export type TestUser = Awaited<ReturnType<typeof userByEmail>>

/**
 * Fills `users` with each person by the part of their e-mail before @ (`gv.toan` …), and `tokens`
 * with their REST tokens when given.
 */
export const loadPeople = async (
  t: TestContext,
  emails: string[],
  users: Record<string, TestUser>,
  tokens?: Record<string, string>,
) => {
  for (const email of emails) {
    const key = email.split('@')[0]!
    users[key] = await userByEmail(t.payload, email)
    if (tokens) tokens[key] = await t.api.login(email)
  }
}

/** What hangs on a class, in an order in which each can go (corrections before their grades). */
const CLASS_RECORDS = [
  'grade-corrections',
  'grade-reminders',
  'grades',
  'attendance',
  'conduct',
  'year-end-results',
  'parent-messages',
  'grade-locks',
  'teaching-assignments',
  'enrolments',
] as const

/**
 * Removes a class a test made, with its records and the students enrolled nowhere else, so that
 * the rest of the file finds the demo school as seeded.
 */
export const removeTestClass = async (payload: Payload, classId: number) => {
  const inClass = { class: { equals: classId } }
  const enrolled = await payload.find({
    collection: 'enrolments',
    where: inClass,
    depth: 0,
    pagination: false,
    select: { student: true },
  })
  const studentIds = [...new Set(enrolled.docs.map((e) => (typeof e.student === 'object' ? e.student.id : e.student)))]
  for (const collection of CLASS_RECORDS) await payload.delete({ collection, where: inClass })
  for (const id of studentIds) {
    if ((await payload.count({ collection: 'enrolments', where: { student: { equals: id } } })).totalDocs === 0) {
      await payload.delete({ collection: 'grades', where: { student: { equals: id } } })
      await payload.delete({ collection: 'students', id })
    }
  }
  await payload.delete({ collection: 'classes', id: classId })
}
