import { fieldSchemasToFormState } from '@payloadcms/ui/forms/fieldSchemasToFormState'
import { createLocalReq, docAccessOperation, type CollectionSlug, type PayloadRequest } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { bootPayload, shutdownPayload, type TestContext, userByEmail } from '../helpers/payload'
import { classIdIn, yearAnd7A } from '../helpers/school'

/**
 * Document-dependent field access decides the same on every door: the admin's edit view (its
 * document permissions and the form state built from them), REST (read and the access endpoint the
 * admin asks) and the Local API. Payload calls a field's read access with different arguments on
 * each: `doc` on a read, `doc` without `id` for the document permissions, `id` and the form's `data`
 * without `doc` for the form state, neither for a `where` or `sort`.
 */

let t: TestContext
const ids = { year: 0, c7A1: 0, c7A2: 0 }
const HOMEROOM_7A1 = 'gv.toan@haugiang.test' // homeroom 7A1, teaches Toán in 7A1 and 7A2
const SUBJECT_7A1 = 'gv.van@haugiang.test' // teaches Ngữ văn in 7A1, homeroom 6A1
const PRINCIPAL = 'hieutruong@haugiang.test'
const MEDICAL = 'yte@haugiang.test'
const FULL_RECORD = ['permanentAddress', 'ethnicity', 'citizenId', 'placeOfBirth'] as const

type Student = {
  id: number
  contactPhone?: string | null
  permanentAddress?: string | null
  guardians?: Array<{ name: string; phone?: string | null; occupation?: string | null }> | null
}
type FormState = Record<string, { value?: unknown; rows?: unknown[] }>

/** A student of the class with a contact phone, an address and a guardian with phone and occupation. */
const fullStudentOf = async (klass: number): Promise<Student> => {
  const { docs } = await t.payload.find({
    collection: 'students',
    where: { currentClass: { equals: klass } },
    pagination: false,
    depth: 0,
    sort: 'id',
  })
  const found = (docs as Student[]).find(
    (s) => s.contactPhone && s.permanentAddress && s.guardians?.[0]?.phone && s.guardians[0].occupation,
  )
  if (!found) throw new Error(`no complete student in class ${klass}`)
  return found
}

const requestOf = async (email: string): Promise<PayloadRequest> =>
  createLocalReq({ user: await userByEmail(t.payload, email) }, t.payload)

/**
 * What the admin's edit view does for `/admin/collections/<slug>/<id>` (@payloadcms/next
 * `views/Document`): the document read with the user's access at depth 0, its permissions by
 * `docAccessOperation` with that document as data, then the form state built from both.
 */
const adminEditView = async (email: string, slug: CollectionSlug, id: number, formData?: Record<string, unknown>) => {
  const req = await requestOf(email)
  const doc = (await t.payload.findByID({
    collection: slug,
    id,
    depth: 0,
    draft: true,
    overrideAccess: false,
    req,
  })) as unknown as Record<string, unknown>
  const collection = t.payload.collections[slug]
  const permissions = await docAccessOperation({
    id,
    collection,
    data: { ...doc, _status: 'draft' },
    req: await requestOf(email),
  })
  const state = (await fieldSchemasToFormState({
    id,
    collectionSlug: slug,
    // as buildFormState: the form's values (on a later request, those the browser sends), with the id
    data: { ...(formData ?? doc), id },
    fields: collection.config.fields,
    fieldSchemaMap: undefined,
    operation: 'update',
    permissions: permissions.fields ?? {},
    preferences: { fields: {} },
    renderAllFields: false,
    req: await requestOf(email),
    schemaPath: slug,
    skipValidation: true,
  })) as FormState
  return { doc, permissions: permissions as { fields: Record<string, any> }, state }
}

/**
 * Whether the sanitized permissions allow `operation` on the field at `path`: Payload collapses a
 * field (or a whole `fields` object) whose every operation is allowed into `true`, and drops
 * the operations that are not allowed.
 */
const allows = (permissions: unknown, path: string, operation: 'read' | 'update' = 'read'): boolean => {
  let node = permissions as any
  for (const name of path.split('.')) {
    if (node === true) return true
    node = node?.fields === true ? true : node?.fields?.[name]
  }
  return node === true || node?.[operation] === true
}
const readable = (permissions: unknown, field: string) => allows(permissions, field)

beforeAll(async () => {
  t = await bootPayload()
  Object.assign(ids, await yearAnd7A(t.payload))
})
afterAll(() => shutdownPayload(t))

describe('the student edit form in the admin', () => {
  it('the homeroom teacher sees the phone, the address and the guardian rows of own student', async () => {
    const own = await fullStudentOf(ids.c7A1)
    const { permissions, state } = await adminEditView(HOMEROOM_7A1, 'students', own.id)
    for (const field of ['contactPhone', 'guardians', ...FULL_RECORD])
      expect(readable(permissions, field), field).toBe(true)
    expect(allows(permissions, 'guardians.occupation')).toBe(true)
    expect(allows(permissions, 'guardians.phone')).toBe(true)
    expect(state.contactPhone?.value).toBe(own.contactPhone)
    expect(state.permanentAddress?.value).toBe(own.permanentAddress)
    expect(state.guardians?.rows).toHaveLength(own.guardians!.length)
    expect(state['guardians.0.name']?.value).toBe(own.guardians![0]!.name)
    expect(state['guardians.0.phone']?.value).toBe(own.guardians![0]!.phone)
    expect(state['guardians.0.occupation']?.value).toBe(own.guardians![0]!.occupation)
  })

  it('the same teacher sees no sensitive field of a student of 7A2, which he only teaches', async () => {
    const other = await fullStudentOf(ids.c7A2)
    const { doc, permissions, state } = await adminEditView(HOMEROOM_7A1, 'students', other.id)
    expect(doc.fullName).toBeTruthy() // identity fields of a taught class
    for (const field of ['contactPhone', 'guardians', ...FULL_RECORD]) {
      expect(readable(permissions, field), field).toBe(false)
      expect(state[field]?.value ?? undefined, field).toBeUndefined()
    }
    expect(state['guardians.0.phone']).toBeUndefined()
  })

  it("the form's values from the browser decide nothing: a forged class and values reveal no field", async () => {
    const other = await fullStudentOf(ids.c7A2)
    // A later form-state request sends the form's values; claiming 7A1 as the class changes nothing.
    const forged = { currentClass: ids.c7A1, contactPhone: 'forged', guardians: [{ name: 'x', phone: 'forged' }] }
    const { state } = await adminEditView(HOMEROOM_7A1, 'students', other.id, forged)
    expect(state.contactPhone).toBeUndefined()
    expect(state.guardians).toBeUndefined()
  })

  it('a subject teacher of 7A1 sees identity fields only; the principal sees everything', async () => {
    const own = await fullStudentOf(ids.c7A1)
    const subject = await adminEditView(SUBJECT_7A1, 'students', own.id)
    expect(subject.state.fullName?.value).toBeTruthy()
    for (const field of ['contactPhone', 'guardians', ...FULL_RECORD]) {
      expect(readable(subject.permissions, field), field).toBe(false)
      expect(subject.state[field]?.value ?? undefined, field).toBeUndefined()
    }
    const principal = await adminEditView(PRINCIPAL, 'students', own.id)
    expect(principal.state.contactPhone?.value).toBe(own.contactPhone)
    expect(principal.state['guardians.0.occupation']?.value).toBe(own.guardians![0]!.occupation)
  })

  it("medical staff see the guardians' contact and the phone, not the address or the occupation", async () => {
    const own = await fullStudentOf(ids.c7A1)
    const { state } = await adminEditView(MEDICAL, 'students', own.id)
    expect(state.contactPhone?.value).toBe(own.contactPhone)
    expect(state['guardians.0.phone']?.value).toBe(own.guardians![0]!.phone)
    expect(state['guardians.0.occupation']).toBeUndefined()
    expect(state.permanentAddress).toBeUndefined()
  })
})

describe('the same decision through REST', () => {
  it('the access endpoint the admin asks answers as the read does', async () => {
    const own = await fullStudentOf(ids.c7A1)
    const other = await fullStudentOf(ids.c7A2)
    const token = await t.api.login(HOMEROOM_7A1)
    const ownAccess = await t.api.rest('POST', `/students/access/${own.id}`, { token })
    expect(ownAccess.status).toBe(200)
    for (const field of ['contactPhone', 'guardians', 'permanentAddress'])
      expect(readable(ownAccess.body, field)).toBe(true)
    const otherAccess = await t.api.rest('POST', `/students/access/${other.id}`, { token })
    for (const field of ['contactPhone', 'guardians', 'permanentAddress'])
      expect(readable(otherAccess.body, field)).toBe(false)
    // The endpoint also takes a body as the document to judge: a claimed class changes nothing.
    const forged = await t.api.rest('POST', `/students/access/${other.id}`, { token, body: { currentClass: ids.c7A1 } })
    for (const field of ['contactPhone', 'guardians', 'permanentAddress'])
      expect(readable(forged.body, field)).toBe(false)

    const ownRead = await t.api.rest('GET', `/students/${own.id}`, { token })
    expect(ownRead.body.contactPhone).toBe(own.contactPhone)
    expect(ownRead.body.guardians).toHaveLength(own.guardians!.length)
    const otherRead = await t.api.rest('GET', `/students/${other.id}`, { token })
    expect(otherRead.status).toBe(200)
    expect(otherRead.body.contactPhone ?? undefined).toBeUndefined()
    expect(otherRead.body.guardians ?? []).toEqual([])
  })

  it('a read with `select` or `depth` decides the same as a plain read', async () => {
    const own = await fullStudentOf(ids.c7A1)
    const other = await fullStudentOf(ids.c7A2)
    const token = await t.api.login(HOMEROOM_7A1)
    const selected = await t.api.rest('GET', `/students/${own.id}`, {
      token,
      query: { select: { contactPhone: true, guardians: true } },
    })
    expect(selected.body.contactPhone).toBe(own.contactPhone)
    expect(selected.body.guardians).toHaveLength(own.guardians!.length)
    const deep = await t.api.rest('GET', `/students/${own.id}`, { token, query: { depth: 1 } })
    expect(deep.body.contactPhone).toBe(own.contactPhone)
    const otherSelected = await t.api.rest('GET', `/students/${other.id}`, {
      token,
      query: { select: { contactPhone: true } },
    })
    expect(otherSelected.body.contactPhone ?? undefined).toBeUndefined()
  })

  it('a where on a sensitive field still reveals nothing to the homeroom teacher', async () => {
    const other = await fullStudentOf(ids.c7A2)
    const token = await t.api.login(HOMEROOM_7A1)
    const { status, body } = await t.api.rest('GET', '/students', {
      token,
      query: { where: { contactPhone: { equals: other.contactPhone } } },
    })
    const leaked = status === 200 && (body.docs ?? []).some((d: { id: number }) => d.id === other.id)
    expect(leaked).toBe(false)
  })
})

describe('other document-dependent field access in the admin', () => {
  it("an enrolment's reason: in the form for the homeroom teacher of its class, not for a subject teacher", async () => {
    // The demo school's newcomer, transferred into 6A2 with a reason; totruong.toan teaches Toán there.
    const c6A2 = await classIdIn(t.payload, ids.year, '6A2')
    const { docs } = await t.payload.find({
      collection: 'enrolments',
      where: { and: [{ class: { equals: c6A2 } }, { reason: { exists: true } }] },
      depth: 0,
      limit: 1,
    })
    const enrolment = docs[0]
    if (!enrolment?.reason) throw new Error('no enrolment of 6A2 with a reason in the demo school')
    const klass = await t.payload.findByID({ collection: 'classes', id: c6A2, depth: 1 })
    const homeroomEmail = (klass.homeroomTeacher as { email: string }).email
    const homeroom = await adminEditView(homeroomEmail, 'enrolments', enrolment.id)
    expect(homeroom.state.reason?.value).toBe(enrolment.reason)
    const subject = await adminEditView('totruong.toan@haugiang.test', 'enrolments', enrolment.id)
    expect(subject.doc.id).toBe(enrolment.id)
    expect(subject.state.reason).toBeUndefined()
  })

  it("an audit entry's changes are in the principal's form", async () => {
    const { docs } = await t.payload.find({
      collection: 'audit-log' as CollectionSlug,
      depth: 0,
      limit: 1,
      sort: '-id',
    })
    const entry = docs[0] as { id: number; changes?: unknown } | undefined
    if (!entry) throw new Error('no audit entry')
    const { doc, state } = await adminEditView(PRINCIPAL, 'audit-log' as CollectionSlug, entry.id)
    expect(state.changes).toBeDefined()
    expect(state.changes?.value).toEqual(doc.changes)
  })

  it('the principal may not change his own roles in the form, and may change another account’s', async () => {
    const principal = await userByEmail(t.payload, PRINCIPAL)
    const teacher = await userByEmail(t.payload, SUBJECT_7A1)
    const own = await adminEditView(PRINCIPAL, 'users', principal.id)
    expect(allows(own.permissions, 'roles', 'update')).toBe(false)
    const other = await adminEditView(PRINCIPAL, 'users', teacher.id)
    expect(allows(other.permissions, 'roles', 'update')).toBe(true)
  })
})
