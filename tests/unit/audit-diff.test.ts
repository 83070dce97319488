import { describe, expect, it } from 'vitest'

import { changedFields, redact } from '@/plugins/audit-trail/diff'

describe('audit-trail diff', () => {
  it('lists changed fields with old and new values, ignoring bookkeeping', () => {
    const before = { id: 1, fullName: 'A', phone: '090', updatedAt: 'x' }
    const after = { id: 1, fullName: 'B', phone: '090', updatedAt: 'y' }
    expect(changedFields(before, after, [])).toEqual([{ field: 'fullName', old: 'A', new: 'B' }])
  })

  it('treats a create as every field from null', () => {
    expect(changedFields(null, { id: 3, a: 1, b: null }, [])).toEqual([{ field: 'a', old: null, new: 1 }])
  })

  it('compares relationships by id, populated or not', () => {
    const before = { klass: 5 }
    const after = { klass: { id: 5, name: '7A1', createdAt: 't' } }
    expect(changedFields(before, after, [])).toEqual([])
  })

  it('never carries secrets, at any depth', () => {
    const before = { hash: 'h1', salt: 's', nested: { password: 'p', keep: 1 } }
    const after = { hash: 'h2', salt: 's2', nested: { password: 'q', keep: 2 } }
    const changes = changedFields(before, after, ['hash', 'salt', 'password'])
    expect(changes).toEqual([{ field: 'nested', old: { keep: 1 }, new: { keep: 2 } }])
    expect(JSON.stringify(redact({ id: 1, password: 'x', a: [{ password: 'y', b: 1 }] }, ['password']))).not.toMatch(
      /password/,
    )
  })
})

describe('masked values', () => {
  it('logs that a masked field changed, never its values', () => {
    const changes = changedFields(
      { diagnosis: 'A', heightCm: 150 },
      { diagnosis: 'B', heightCm: 151 },
      [],
      ['diagnosis'],
    )
    expect(changes).toEqual([
      { field: 'diagnosis', masked: true },
      { field: 'heightCm', old: 150, new: 151 },
    ])
    expect(JSON.stringify(redact({ diagnosis: 'Hen', pulse: 80 }, [], ['diagnosis']))).not.toMatch(/Hen/)
  })
})
