import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import type { Payload, Where } from 'payload'
import { expect } from 'vitest'

import { userByEmail } from './payload'

export type ArchiveManifest = {
  school: string
  schoolYear: string
  classes: Array<{
    name: string
    gradebooks: string[]
    students: Array<{ studentCode: string; fullName: string; transcript: string }>
  }>
  files: Array<{ path: string; size: number; sha256: string }>
}

const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex')

/**
 * Unzips an archive into `dir/name` and checks its manifest against the files: every file listed
 * with its size and SHA-256, and nothing in the ZIP but those files and the manifest.
 */
export const unzipAndCheckManifest = (bytes: Buffer, dir: string, name: string) => {
  const zipFile = path.join(dir, `${name}.zip`)
  fs.writeFileSync(zipFile, bytes)
  const out = path.join(dir, name)
  execFileSync('unzip', ['-q', '-o', zipFile, '-d', out])
  const manifest = JSON.parse(fs.readFileSync(path.join(out, 'manifest.json'), 'utf8')) as ArchiveManifest
  for (const entry of manifest.files) {
    const data = fs.readFileSync(path.join(out, entry.path))
    expect(data.byteLength, entry.path).toBe(entry.size)
    expect(sha256(data), entry.path).toBe(entry.sha256)
  }
  const listed = execFileSync('unzip', ['-Z1', zipFile], { encoding: 'utf8' })
    .split('\n')
    .filter((l) => l && !l.endsWith('/'))
  expect(listed.sort()).toEqual([...manifest.files.map((f) => f.path), 'manifest.json'].sort())
  return { manifest, out }
}

/**
 * The year's classes and each class's students (latest enrolment of the year) as the database has
 * them, read as the principal through the Local API with the principal's own access (a page of at
 * most 200 a read: one read per class, and the year's count to check that none was left out).
 */
export const yearRoster = async (payload: Payload, yearId: number) => {
  const user = await userByEmail(payload, 'hieutruong@haugiang.test')
  const asPrincipal = { user, overrideAccess: false } as const
  const page = { limit: 200 } as const
  const ofYear: Where[] = [{ schoolYear: { equals: yearId } }, { isLatest: { equals: true } }]
  const [classes, termCount, enrolledCount] = await Promise.all([
    payload.find({
      ...asPrincipal,
      ...page,
      collection: 'classes',
      where: { schoolYear: { equals: yearId } },
      depth: 0,
    }),
    payload.count({ ...asPrincipal, collection: 'terms', where: { schoolYear: { equals: yearId } } }),
    payload.count({ ...asPrincipal, collection: 'enrolments', where: { and: ofYear } }),
  ])
  const roster = await Promise.all(
    classes.docs.map(async (c) => {
      const enrolments = await payload.find({
        ...asPrincipal,
        ...page,
        collection: 'enrolments',
        where: { and: [...ofYear, { class: { equals: c.id } }] },
        depth: 1,
      })
      expect(enrolments.hasNextPage, c.name).toBe(false)
      return {
        name: c.name,
        students: enrolments.docs.map((e) => e.student as { studentCode: string; fullName: string }),
      }
    }),
  )
  expect(classes.hasNextPage).toBe(false)
  expect(roster.reduce((n, c) => n + c.students.length, 0)).toBe(enrolledCount.totalDocs)
  return { termCount: termCount.totalDocs, classes: roster }
}

/** The archive lists every class of the year with a book per term, and every student of each class with a học bạ. */
export const expectEveryClassAndStudent = (
  manifest: ArchiveManifest,
  out: string,
  roster: Awaited<ReturnType<typeof yearRoster>>,
) => {
  expect(roster.classes.length).toBeGreaterThan(0)
  expect(manifest.classes.map((c) => c.name).sort()).toEqual(roster.classes.map((c) => c.name).sort())
  for (const klass of manifest.classes) {
    const expected = roster.classes.find((c) => c.name === klass.name)!.students
    expect(klass.gradebooks, klass.name).toHaveLength(roster.termCount)
    expect(klass.students.map((s) => s.studentCode).sort(), klass.name).toEqual(
      expected.map((s) => s.studentCode).sort(),
    )
    for (const file of [...klass.gradebooks, ...klass.students.map((s) => s.transcript)])
      expect(fs.existsSync(path.join(out, file)), file).toBe(true)
  }
}

/** The text layer of a PDF of the archive, whitespace collapsed. */
export const pdfText = (file: string) =>
  execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ')
