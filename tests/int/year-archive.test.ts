import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { REST_GET } from '@payloadcms/next/routes'
import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { bootPayload, removeTestClass, shutdownPayload, type TestContext } from '../helpers/payload'
import { expectEveryClassAndStudent, pdfText, unzipAndCheckManifest, yearRoster } from '../helpers/yearArchive'
import { createFinishedYear, removeYears } from '../helpers/yearEndFixture'

// Every book of the demo school's finished year is rendered: slow on a loaded machine.
vi.setConfig({ testTimeout: 600_000, hookTimeout: 300_000 })

let t: TestContext
let get: ReturnType<typeof REST_GET>
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'year-archive-'))
const runIds: number[] = []
const ids = { finished: 0, current: 0, archived: 0 }
const ARCHIVED_YEAR = '2031-2032'
const CLERK = 'vanthu@haugiang.test'
const PRINCIPAL = 'hieutruong@haugiang.test'
const GRADEBOOK = 'sodiem@haugiang.test'

beforeAll(async () => {
  t = await bootPayload()
  get = REST_GET(t.payload.config)
  const years = (await t.payload.find({ collection: 'school-years', pagination: false, depth: 0 })).docs
  ids.finished = years.find((y) => y.name === '2025-2026')!.id
  ids.current = years.find((y) => y.isCurrent)!.id
  // A small finished year of its own, closed through the lifecycle endpoints, archived twice to
  // compare the manifests (the demo school's finished year is archived once, below).
  const fixture = await createFinishedYear(t.payload, ARCHIVED_YEAR, [
    {
      name: '6A1',
      homeroom: 'gv.van@haugiang.test',
      teacher: 'gv.toan@haugiang.test',
      students: [
        { name: 'Nguyễn Thị Ánh', level: 85, conduct: ['tot', 'tot'] },
        { name: 'Trần Văn Bình', level: 72, conduct: ['kha', 'tot'] },
      ],
    },
  ])
  ids.archived = fixture.yearId
  const classId = fixture.classes['6A1']!.id
  const step = async (email: string, name: string) => {
    const res = await t.api.rest('POST', `/year-end-results/${name}` as `/${string}`, {
      token: await t.api.login(email),
      body: { class: classId },
    })
    if (res.status !== 200) throw new Error(`${name}: ${res.status} ${JSON.stringify(res.body).slice(0, 300)}`)
  }
  await step('gv.van@haugiang.test', 'compute')
  // The homeroom teacher of that (past) year writes the year comments through REST.
  const results = await t.payload.find({ collection: 'year-end-results', where: { class: { equals: classId } } })
  for (const r of results.docs)
    await t.api.rest('PATCH', `/year-end-results/${r.id}`, {
      token: await t.api.login('gv.van@haugiang.test'),
      body: { comment: 'Chăm ngoan, học tốt.' },
    })
  for (const [email, name] of [
    ['gv.van@haugiang.test', 'propose'],
    [PRINCIPAL, 'approve'],
    [PRINCIPAL, 'close'],
  ] as const)
    await step(email, name)
})
afterAll(async () => {
  fs.rmSync(dir, { recursive: true, force: true })
  for (const id of runIds) {
    const run = await t.payload.findByID({ collection: 'export-runs', id, depth: 0, disableErrors: true })
    await t.payload.delete({ collection: 'export-runs', id })
    if (run?.document) await t.payload.delete({ collection: 'documents', id: run.document as number })
  }
  await removeYears(t.payload, [ARCHIVED_YEAR], (id) => removeTestClass(t.payload, id))
  await shutdownPayload(t)
})

const start = async (email: string, body: object) =>
  t.api.rest('POST', '/export-runs/start', { token: await t.api.login(email), body })

/** GET as a user, the raw answer (file bytes or a JSON error). */
const fetchAs = async (email: string, urlPath: string) => {
  const token = await t.api.login(email)
  const request = new Request(`http://localhost:3000/api${urlPath}`, { headers: { Authorization: `JWT ${token}` } })
  const res = await get(request, { params: Promise.resolve({ slug: urlPath.slice(1).split('/') }) })
  return { status: res.status, bytes: Buffer.from(await res.arrayBuffer()) }
}

/** Works the queue for the run's job only, and answers the finished run and the time it took. */
const build = async (runId: number) => {
  const began = Date.now()
  const jobs = await t.payload.find({
    collection: 'payload-jobs',
    where: { taskSlug: { equals: 'buildExport' } },
    pagination: false,
    depth: 0,
  })
  const job = jobs.docs.find((j) => (j.input as { runId?: number } | null)?.runId === runId)!
  await t.payload.jobs.runByID({ id: job.id })
  const run = await t.payload.findByID({ collection: 'export-runs', id: runId, depth: 0 })
  return { run, seconds: (Date.now() - began) / 1000 }
}

/** The first archive's manifest, which a second archive of the same year must equal. */
let firstManifest: unknown

describe('the year’s archive (A13.3, A14.2)', () => {
  it('is refused to other roles, for an open year, and for bad input, in Vietnamese; nothing is queued', async () => {
    for (const email of [
      'gv.toan@haugiang.test',
      'yte@haugiang.test',
      'ketoan@haugiang.test',
      'pht.csvc@haugiang.test',
    ]) {
      const res = await start(email, { kind: 'year-archive', schoolYear: ids.finished })
      expect(res.status, email).toBe(403)
      expect(res.body.errors[0].message).toContain('không có quyền')
    }
    const open = await start(PRINCIPAL, { kind: 'year-archive', schoolYear: ids.current })
    expect(open.status).toBe(409)
    expect(open.body.errors[0].message).toContain('chưa khoá sổ')
    expect((await start(PRINCIPAL, { kind: 'other', schoolYear: ids.finished })).status).toBe(400)
    expect((await start(PRINCIPAL, { kind: 'year-archive' })).status).toBe(400)
    expect((await start(PRINCIPAL, { kind: 'year-archive', schoolYear: 999999 })).status).toBe(404)
    expect((await t.payload.count({ collection: 'export-runs' })).totalDocs).toBe(0)
  })

  it('the clerk starts it; the job builds one ZIP with every class’s book, every student’s học bạ, the results and a manifest whose hashes match', async () => {
    const res = await start(CLERK, { kind: 'year-archive', schoolYear: ids.archived })
    expect(res.status, JSON.stringify(res.body)).toBe(202)
    const runId = res.body.doc.id as number
    runIds.push(runId)
    expect(res.body.doc.status).toBe('queued')
    // A second start while it waits answers the same run.
    const again = await start(PRINCIPAL, { kind: 'year-archive', schoolYear: ids.archived })
    expect(again.body.doc.id).toBe(runId)
    // Other roles neither see the run nor its file.
    const teacherList = await t.api.rest('GET', '/export-runs', { token: await t.api.login('gv.toan@haugiang.test') })
    expect(teacherList.status === 403 || teacherList.body.docs.length === 0).toBe(true)

    const { run, seconds } = await build(runId)
    console.log(`year archive of a one-class year: ${seconds.toFixed(1)} s, ${run.total} items`)
    expect(run.status, String(run.message)).toBe('done')
    expect(run.done).toBe(run.total)
    expect(run.filename).toMatch(/\.zip$/)

    // Registered in the documents register as an internal record.
    const document = await t.payload.findByID({ collection: 'documents', id: run.document as number })
    expect(document).toMatchObject({ direction: 'internal', number: expect.any(Number) })
    expect(document.summary).toContain('2031-2032')

    // The file: the clerk and the principal download it, a teacher and the facilities VP do not.
    const url = `/export-runs/file/${encodeURIComponent(run.filename!)}`
    for (const email of ['gv.toan@haugiang.test', 'pht.csvc@haugiang.test'])
      expect((await fetchAs(email, url)).status, email).toBe(403)
    expect((await fetchAs(PRINCIPAL, url)).status).toBe(200)
    const zip = await fetchAs(CLERK, url)
    expect(zip.status).toBe(200)
    const { manifest, out } = unzipAndCheckManifest(zip.bytes, dir, 'archive')
    expect(manifest).toMatchObject({ schoolYear: '2031-2032' })
    firstManifest = manifest
    expectEveryClassAndStudent(manifest, out, await yearRoster(t.payload, ids.archived))
    const classes = (
      await t.payload.find({
        collection: 'classes',
        where: { schoolYear: { equals: ids.archived } },
        pagination: false,
      })
    ).docs

    // The results workbook: a sheet per class in the CSDL layout.
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.readFile(path.join(out, 'ket-qua/csdl-ket-qua-2031-2032.xlsx'))
    expect(workbook.worksheets.map((w) => w.name).sort()).toEqual(classes.map((c) => c.name).sort())
    const results = JSON.parse(fs.readFileSync(path.join(out, 'ket-qua/ket-qua-2031-2032.json'), 'utf8'))
    expect(results.length).toBe(
      (await t.payload.count({ collection: 'year-end-results', where: { schoolYear: { equals: ids.archived } } }))
        .totalDocs,
    )
  })
})

describe('the demo school’s finished year archived whole (issue 12)', () => {
  it('the gradebook administrator starts it; the ZIP has every class’s books and every student’s học bạ, the manifest’s hashes match', async () => {
    const res = await start(GRADEBOOK, { kind: 'year-archive', schoolYear: ids.finished })
    expect(res.status, JSON.stringify(res.body)).toBe(202)
    runIds.push(res.body.doc.id)
    const { run, seconds } = await build(res.body.doc.id)
    console.log(`year archive of the demo school's finished year: ${seconds.toFixed(1)} s, ${run.total} items`)
    expect(run.status, String(run.message)).toBe('done')
    expect(run.done).toBe(run.total)

    const zip = await fetchAs(GRADEBOOK, `/export-runs/file/${encodeURIComponent(run.filename!)}`)
    expect(zip.status).toBe(200)
    const { manifest, out } = unzipAndCheckManifest(zip.bytes, dir, 'demo-year')
    expect(manifest).toMatchObject({ schoolYear: '2025-2026' })
    const roster = await yearRoster(t.payload, ids.finished)
    expectEveryClassAndStudent(manifest, out, roster)
    const students = roster.classes.reduce((n, c) => n + c.students.length, 0)
    expect(run.total).toBe(roster.classes.length * roster.termCount + students + 1)

    // In each class, a student's học bạ and the class's first book read as the database has the
    // student's name, diacritics and all.
    for (const klass of manifest.classes) {
      const listed = roster.classes.find((c) => c.name === klass.name)!.students
      const student = listed.find((s) => /[^\p{ASCII}]/u.test(s.fullName))!
      expect(student, klass.name).toBeDefined()
      const transcript = klass.students.find((s) => s.studentCode === student.studentCode)!.transcript
      expect(pdfText(path.join(out, transcript)), transcript).toContain(student.fullName)
      const book = pdfText(path.join(out, klass.gradebooks[0]!))
      expect(book, klass.gradebooks[0]).toContain(`Lớp ${klass.name}`)
      expect(book, klass.gradebooks[0]).toContain(student.fullName)
    }
  })
})

describe('the same closed year archived again', () => {
  it('gives the same manifest: every file, its size and its SHA-256', async () => {
    expect(firstManifest, 'the archive test above ran').toBeDefined()
    const res = await start(PRINCIPAL, { kind: 'year-archive', schoolYear: ids.archived })
    expect(res.status, JSON.stringify(res.body)).toBe(202)
    runIds.push(res.body.doc.id)
    const { run } = await build(res.body.doc.id)
    expect(run.status, String(run.message)).toBe('done')
    const zip = await fetchAs(PRINCIPAL, `/export-runs/file/${encodeURIComponent(run.filename!)}`)
    const zipFile = path.join(dir, 'archive-again.zip')
    fs.writeFileSync(zipFile, zip.bytes)
    const manifest = JSON.parse(execFileSync('unzip', ['-p', zipFile, 'manifest.json'], { encoding: 'utf8' }))
    expect(manifest).toEqual(firstManifest)
  })
})

describe('whole-year CSDL exports as jobs with progress (#13)', () => {
  it('the gradebook administrator exports the year’s results; the clerk may not; the workbook has every class', async () => {
    expect((await start(CLERK, { kind: 'csdl-results', schoolYear: ids.finished })).status).toBe(403)
    const res = await start(GRADEBOOK, { kind: 'csdl-results', schoolYear: ids.finished })
    expect(res.status).toBe(202)
    runIds.push(res.body.doc.id)
    const { run, seconds } = await build(res.body.doc.id)
    console.log(`CSDL results of the finished year: ${seconds.toFixed(1)} s`)
    expect(run).toMatchObject({ status: 'done', document: null })
    expect(run.done).toBe(run.total)
    const file = await fetchAs(GRADEBOOK, `/export-runs/file/${encodeURIComponent(run.filename!)}`)
    expect(file.status).toBe(200)
    expect((await fetchAs(CLERK, `/export-runs/file/${encodeURIComponent(run.filename!)}`)).status).toBe(403)
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(file.bytes as never)
    const classes = await t.payload.count({ collection: 'classes', where: { schoolYear: { equals: ids.finished } } })
    expect(workbook.worksheets.length).toBe(classes.totalDocs)
    expect(run.total).toBe(classes.totalDocs)
  })

  it('the year’s scores: one CSDL file per class × subject × term, in a ZIP with a manifest', async () => {
    const res = await start('pht.chuyenmon@haugiang.test', { kind: 'csdl-scores', schoolYear: ids.archived })
    expect(res.status).toBe(202)
    runIds.push(res.body.doc.id)
    const { run, seconds } = await build(res.body.doc.id)
    console.log(`CSDL scores of the finished year: ${seconds.toFixed(1)} s, ${run.total} files`)
    expect(run.status, String(run.message)).toBe('done')
    const file = await fetchAs(GRADEBOOK, `/export-runs/file/${encodeURIComponent(run.filename!)}`)
    const zipFile = path.join(dir, 'scores.zip')
    fs.writeFileSync(zipFile, file.bytes)
    const listed = execFileSync('unzip', ['-Z1', zipFile], { encoding: 'utf8' }).split('\n').filter(Boolean)
    expect(listed).toContain('manifest.json')
    expect(listed.filter((p) => p.endsWith('.xlsx'))).toHaveLength(run.total!)
    expect(run.total).toBeGreaterThan(0)
  })
})
