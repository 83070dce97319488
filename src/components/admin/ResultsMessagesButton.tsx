'use client'

import { Button, useAuth } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { stringify } from 'qs-esm'
import { type FormEvent, useEffect, useState } from 'react'

import { hasRole, isViceArea, type RoleHolder } from '@/access/roles'
import { postJson } from './postJson'

type Option = { id: number; name: string }
type Outcome = {
  message?: string
  withoutGuardian?: Array<{ name: string }>
  withoutAddress?: Array<{ name: string; guardianName: string }>
  errors?: Array<{ message: string }>
}

const getDocs = async <T,>(path: string, query: object): Promise<T[]> => {
  const res = await fetch(`/api/${path}${stringify(query, { addQueryPrefix: true })}`, { credentials: 'include' })
  return res.ok ? ((await res.json()).docs as T[]) : []
}

/**
 * Above the parent-messages list: the homeroom teacher (or the principal / vice-principal
 * academic) builds the results messages of a class for a term or a month, as drafts or sent at
 * once, through `POST /api/parent-messages/generate-results`. Shown only to those who may.
 */
export const ResultsMessagesButton = () => {
  const { user } = useAuth()
  const router = useRouter()
  const [open, setOpen] = useState(false)
  const [classes, setClasses] = useState<Array<Option & { schoolYear: number }>>([])
  const [terms, setTerms] = useState<Option[]>([])
  const [form, setForm] = useState({ class: '', term: '', month: '', send: false })
  const [busy, setBusy] = useState(false)
  const [outcome, setOutcome] = useState<Outcome | null>(null)

  useEffect(() => {
    if (!user) return
    const leader = hasRole(user as RoleHolder, 'principal') || isViceArea(user as RoleHolder, 'academic')
    const where = leader
      ? { 'schoolYear.isCurrent': { equals: true } }
      : { and: [{ 'schoolYear.isCurrent': { equals: true } }, { homeroomTeacher: { equals: user.id } }] }
    void getDocs<Option & { schoolYear: number }>('classes', { where, sort: 'name', limit: 100, depth: 0 }).then(
      setClasses,
    )
  }, [user])

  const schoolYear = classes.find((c) => String(c.id) === form.class)?.schoolYear
  useEffect(() => {
    if (!schoolYear) return setTerms([])
    void getDocs<Option>('terms', { where: { schoolYear: { equals: schoolYear } }, sort: 'term', depth: 0 }).then(
      setTerms,
    )
  }, [schoolYear])

  if (classes.length === 0) return null

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    setBusy(true)
    setOutcome(null)
    try {
      const res = await postJson('/api/parent-messages/generate-results', {
        class: Number(form.class),
        term: Number(form.term),
        month: form.month || undefined,
        status: form.send ? 'queued' : 'draft',
      })
      setOutcome((await res.json()) as Outcome)
      if (res.ok) router.refresh()
    } finally {
      setBusy(false)
    }
  }

  return (
    <div className="results-messages" style={{ marginBottom: 'var(--base)' }}>
      {!open ? (
        <Button buttonStyle="secondary" onClick={() => setOpen(true)}>
          Tạo tin nhắn kết quả học tập cho cả lớp
        </Button>
      ) : (
        <form
          onSubmit={submit}
          style={{ display: 'flex', gap: 'calc(var(--base) / 2)', flexWrap: 'wrap', alignItems: 'end' }}
        >
          <label>
            Lớp{' '}
            <select
              name="class"
              required
              value={form.class}
              onChange={(e) => setForm({ ...form, class: e.target.value, term: '' })}
            >
              <option value="">— chọn lớp —</option>
              {classes.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </select>
          </label>
          <label>
            Học kỳ{' '}
            <select name="term" required value={form.term} onChange={(e) => setForm({ ...form, term: e.target.value })}>
              <option value="">— chọn học kỳ —</option>
              {terms.map((term) => (
                <option key={term.id} value={term.id}>
                  {term.name}
                </option>
              ))}
            </select>
          </label>
          <label>
            Tháng (tuỳ chọn){' '}
            <input
              name="month"
              type="month"
              value={form.month}
              onChange={(e) => setForm({ ...form, month: e.target.value })}
            />
          </label>
          <label>
            <input type="checkbox" checked={form.send} onChange={(e) => setForm({ ...form, send: e.target.checked })} />{' '}
            Gửi ngay (không lưu nháp)
          </label>
          <Button type="submit" disabled={busy}>
            {busy ? 'Đang tạo…' : 'Tạo tin nhắn'}
          </Button>
        </form>
      )}
      {outcome && (
        <div role="status" style={{ marginTop: 'calc(var(--base) / 2)' }}>
          {outcome.errors ? (
            <p>{outcome.errors.map((e) => e.message).join(' ')}</p>
          ) : (
            <>
              <p>{outcome.message}</p>
              {outcome.withoutGuardian && outcome.withoutGuardian.length > 0 && (
                <p>
                  Học sinh chưa có thông tin phụ huynh (không tạo tin):{' '}
                  {outcome.withoutGuardian.map((s) => s.name).join(', ')}.
                </p>
              )}
              {outcome.withoutAddress && outcome.withoutAddress.length > 0 && (
                <p>
                  Phụ huynh chưa có địa chỉ nhận ({outcome.withoutAddress.length}):{' '}
                  {outcome.withoutAddress.map((r) => `${r.guardianName || 'không rõ tên'} (em ${r.name})`).join(', ')}.
                </p>
              )}
            </>
          )}
        </div>
      )}
    </div>
  )
}
