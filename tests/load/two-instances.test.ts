import fs from 'node:fs'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'

import S3rver from 's3rver'
import sharp from 'sharp'
import { SMTPServer } from 'smtp-server'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { client, login, type Server, startServer } from './server'
import { pickSheets, query, readSheet, saveSheet, storedSheet } from './sheets'

/**
 * Two production servers on one database and one build, as behind a load balancer: a session
 * made on one is valid on the other, a save on one is read on the other, a queued job runs once,
 * an upload through one is served by the other from the shared S3 bucket.
 */
const url = inject('loadDatabaseUrl')
const received: string[][] = []
const smtp = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS'],
  logger: false,
  onData(stream, session, callback) {
    stream.on('data', () => {})
    stream.on('end', () => {
      received.push(session.envelope.rcptTo.map((r) => r.address))
      callback()
    })
  },
})
// An S3-compatible server on loopback (s3rver keeps objects in a folder): the instances' shared uploads.
const bucket = 'haugiang-uploads'
const s3Dir = fs.mkdtempSync(path.join(os.tmpdir(), 'haugiang-s3-'))
const s3 = new S3rver({
  address: '127.0.0.1',
  port: 0,
  silent: true,
  directory: s3Dir,
  configureBuckets: [{ name: bucket, configs: [] }],
})
/** The object keys in the bucket (s3rver stores `<key>._S3rver_object` files). */
const bucketKeys = () =>
  fs
    .readdirSync(path.join(s3Dir, bucket))
    .filter((name) => name.endsWith('._S3rver_object'))
    .map((name) => name.replace(/\._S3rver_object$/, ''))
let a: Server
let b: Server

beforeAll(async () => {
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve))
  const { port: s3Port } = (await s3.run()) as AddressInfo
  const env = {
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String((smtp.server.address() as AddressInfo).port),
    JOBS_CRON: '*/2 * * * * *',
    S3_BUCKET: bucket,
    S3_ENDPOINT: `http://127.0.0.1:${s3Port}`,
    S3_ACCESS_KEY_ID: 'S3RVER',
    S3_SECRET_ACCESS_KEY: 'S3RVER',
  }
  ;[a, b] = await Promise.all([startServer(env), startServer(env)])
}, 240_000)

afterAll(async () => {
  await Promise.all([a?.kill(), b?.kill()])
  await new Promise<void>((resolve) => smtp.close(() => resolve()))
  await s3.close()
  fs.rmSync(s3Dir, { recursive: true, force: true })
})

describe('two instances on one database', () => {
  it('a sign-in on one is valid on the other, and sign-out on one ends it on both', async () => {
    const token = await login(a, 'gv.van@haugiang.test')
    const onB = await client(b, token).call('GET', '/users/me')
    expect(onB.status).toBe(200)
    expect(onB.body.user.email).toBe('gv.van@haugiang.test')
    expect((await client(b, token).call('POST', '/users/logout')).status).toBe(200)
    const afterLogout = await client(a, token).call('GET', '/users/me')
    expect(afterLogout.body.user).toBeNull()
  })

  it('a sheet saved on one is read on the other', async () => {
    const [sheet] = await pickSheets(url, a, 1)
    const state = await readSheet(b, sheet!)
    const saved = await saveSheet(b, sheet!, state, '6.5')
    expect(saved.status).toBe(200)
    const again = await client(a, sheet!.token).call(
      'GET',
      `/grades/sheet?class=${sheet!.class}&subject=${sheet!.subject}&term=${sheet!.term}`,
    )
    const studying = (again.body.rows as any[]).filter((row) => row.status === 'studying')
    expect(studying.map((row) => row.grade?.midterm)).toEqual(studying.map(() => '6.5'))
    const stored = await storedSheet(url, sheet!, state.students)
    expect(stored.every((row) => row.midterm === '6.5' && row.copies === 1)).toBe(true)
  })

  it('a queued job runs exactly once, though both instances have the queue cron', async () => {
    const [sheet] = await pickSheets(url, a, 1)
    const teacher = (await query(url, 'SELECT id FROM users WHERE email = $1', [sheet!.email]))[0].id
    const principal = await login(a, 'hieutruong@haugiang.test')
    const reminded = await client(a, principal).call('POST', '/grades/progress/remind', {
      term: sheet!.term,
      class: sheet!.class,
      subject: sheet!.subject,
      teacher,
    })
    expect(reminded.status, JSON.stringify(reminded.body)).toBe(201)
    const reminderId = reminded.body.doc.id
    // Both instances' crons fire every 2 s, in the same seconds: the queue is worked by one only.
    const deadline = Date.now() + 90_000
    while (Date.now() < deadline && received.filter((to) => to.includes(sheet!.email)).length === 0) {
      await new Promise((resolve) => setTimeout(resolve, 250))
    }
    // Several more ticks of both crons: nothing runs the job again.
    await new Promise((resolve) => setTimeout(resolve, 6_000))
    expect(received.filter((to) => to.includes(sheet!.email))).toHaveLength(1)
    const jobs = await query(
      url,
      `SELECT j.id, j.completed_at, j.total_tried, (SELECT count(*)::int FROM payload_jobs_log l WHERE l._parent_id = j.id) AS runs
         FROM payload_jobs j WHERE j.task_slug = 'sendGradeReminder' AND (j.input->>'reminderId')::int = $1`,
      [reminderId],
    )
    // Payload deletes a completed job by default; one kept (deleteJobOnComplete: false) ran once.
    for (const job of jobs) {
      expect(job.runs).toBe(1)
      expect(job.completed_at).not.toBeNull()
    }
    const [reminder] = await query(url, 'SELECT email_status FROM grade_reminders WHERE id = $1', [reminderId])
    expect(reminder.email_status).toBe('sent')
  })

  it('an upload through one is served by the other from the shared bucket, and its access still holds', async () => {
    const token = await login(a, 'web@haugiang.test')
    const auth = { Authorization: `JWT ${token}` }
    const image = await sharp({ create: { width: 640, height: 480, channels: 3, background: '#0b4f8a' } })
      .png()
      .toBuffer()
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(image)], { type: 'image/png' }), `hai-may-${Date.now()}.png`)
    form.append('_payload', JSON.stringify({ alt: 'Ảnh thử trên hai máy chủ' }))
    const created = await fetch(`${a.url}/api/media`, { method: 'POST', headers: auth, body: form })
    const body = await created.json()
    expect(created.status, JSON.stringify(body)).toBe(201)
    const { id, filename, sizes } = body.doc as {
      id: number
      filename: string
      sizes: { thumbnail: { filename: string } }
    }

    // In the bucket (the file and its sizes), not in the instance's local folder.
    expect(bucketKeys()).toEqual(expect.arrayContaining([filename, sizes.thumbnail.filename]))
    expect(fs.existsSync(path.join('media', filename))).toBe(false)
    const fromA = await fetch(`${a.url}/api/media/file/${filename}`, { headers: auth })
    const fromB = await fetch(`${b.url}/api/media/file/${filename}`, { headers: auth })
    expect([fromA.status, fromB.status]).toEqual([200, 200])
    const [bytesA, bytesB] = await Promise.all([fromA.arrayBuffer(), fromB.arrayBuffer()])
    expect(Buffer.from(bytesB).equals(Buffer.from(bytesA))).toBe(true)
    expect((await sharp(Buffer.from(bytesB)).metadata()).width).toBe(640)

    // Nothing published uses it: the public gets nothing, from either instance.
    for (const server of [a, b]) expect((await fetch(`${server.url}/api/media/file/${filename}`)).status).toBe(403)

    // Deleted through the other instance: gone from the bucket with its sizes.
    expect((await fetch(`${b.url}/api/media/${id}`, { method: 'DELETE', headers: auth })).status).toBe(200)
    expect(bucketKeys()).not.toContain(filename)
    expect(bucketKeys()).not.toContain(sizes.thumbnail.filename)
  })

  it('writes JSON log lines with request ids on both instances', async () => {
    for (const server of [a, b]) {
      const id = `two-instances-${server.pid}`
      const response = await fetch(`${server.url}/api/health`, { headers: { 'x-request-id': id } })
      expect(response.headers.get('x-request-id')).toBe(id)
      await new Promise((resolve) => setTimeout(resolve, 200))
      const line = server.logLines().find((l) => l.reqId === id)
      expect(line).toMatchObject({ msg: 'request', method: 'GET', path: '/api/health', status: 200, level: 'info' })
    }
  })
})
