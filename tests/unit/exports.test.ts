import { createHash } from 'node:crypto'

import { describe, expect, it } from 'vitest'

import { mayReadExport, mayStartExport, readableExportKinds } from '@/access/exportRuns'
import { isExportKind, needsClosedYear, progressText } from '@/domain/exports/kinds'
import { fileSlug, manifestEntries } from '@/domain/exports/manifest'

const user = (roles: string[], viceArea?: string) => ({ id: 1, roles, viceArea })

describe('whole-year exports: who starts and reads which kind', () => {
  it('the year’s archive: principal, clerk, gradebook administrator start it; the academic VP reads it too; nobody else', () => {
    for (const roles of [['principal'], ['clerk'], ['gradebook-admin']]) {
      expect(mayStartExport(user(roles), 'year-archive'), roles[0]).toBe(true)
      expect(mayReadExport(user(roles), 'year-archive'), roles[0]).toBe(true)
    }
    expect(mayStartExport(user(['vice-principal'], 'academic'), 'year-archive')).toBe(false)
    expect(mayReadExport(user(['vice-principal'], 'academic'), 'year-archive')).toBe(true)
    for (const roles of [['teacher'], ['department-head', 'teacher'], ['medical-staff'], ['accountant'], ['sysadmin']])
      expect(mayReadExport(user(roles), 'year-archive'), roles[0]).toBe(false)
    expect(mayReadExport(user(['vice-principal'], 'facilities'), 'year-archive')).toBe(false)
    expect(mayReadExport(null, 'year-archive')).toBe(false)
  })

  it('the CSDL exports follow the CSDL exchange right; the clerk has none', () => {
    expect(readableExportKinds(user(['gradebook-admin']))).toEqual(['year-archive', 'csdl-scores', 'csdl-results'])
    expect(readableExportKinds(user(['clerk']))).toEqual(['year-archive'])
    expect(readableExportKinds(user(['vice-principal'], 'academic'))).toEqual([
      'year-archive',
      'csdl-scores',
      'csdl-results',
    ])
    expect(readableExportKinds(user(['teacher']))).toEqual([])
    expect(mayStartExport(user(['clerk']), 'csdl-scores')).toBe(false)
  })

  it('only the archive waits for a closed year; kinds are checked; progress reads in Vietnamese', () => {
    expect(needsClosedYear('year-archive')).toBe(true)
    expect(needsClosedYear('csdl-results')).toBe(false)
    expect(isExportKind('csdl-scores')).toBe(true)
    expect(isExportKind('users')).toBe(false)
    expect(isExportKind(undefined)).toBe(false)
    expect(progressText({ status: 'running', done: 12, total: 380 })).toBe('Đang chạy 12/380')
    expect(progressText({ status: 'queued' })).toBe('Đang chờ chạy')
    expect(progressText({ status: 'done' })).toBe('Đã xong')
    expect(progressText({ status: 'failed' })).toBe('Thất bại')
  })
})

describe('archive manifest', () => {
  it('lists each file with its size and SHA-256, in path order', () => {
    const a = new TextEncoder().encode('học bạ')
    const b = new Uint8Array([1, 2, 3])
    expect(
      manifestEntries([
        { path: 'z/b.pdf', data: b },
        { path: 'a.json', data: a },
      ]),
    ).toEqual([
      { path: 'a.json', size: a.byteLength, sha256: createHash('sha256').update(a).digest('hex') },
      { path: 'z/b.pdf', size: 3, sha256: createHash('sha256').update(b).digest('hex') },
    ])
  })

  it('names files without diacritics', () => {
    expect(fileSlug('Nguyễn Thị Ánh')).toBe('nguyen-thi-anh')
    expect(fileSlug('Đặng Văn Đức')).toBe('dang-van-duc')
    expect(fileSlug('6A1')).toBe('6a1')
    expect(fileSlug('2025-2026')).toBe('2025-2026')
  })
})
