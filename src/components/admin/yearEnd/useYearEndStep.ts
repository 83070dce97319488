'use client'

import { useRouter } from 'next/navigation'
import { useEffect, useState } from 'react'
import { postJson } from '../postJson'

export type StepMessage = { kind: 'ok' | 'error'; text: string } | null

/**
 * One year-end step posted for a class (`POST /api/year-end-results/<path>`): busy while it runs,
 * the server's message on a refusal, the page refreshed on success. `hydrated` is false until
 * React has attached the handlers: the page is server-rendered and a click before that did nothing.
 */
export const useYearEndStep = (classId: number) => {
  const router = useRouter()
  const [busy, setBusy] = useState(false)
  const [message, setMessage] = useState<StepMessage>(null)
  const [hydrated, setHydrated] = useState(false)
  useEffect(() => setHydrated(true), [])

  const post = async (path: string, body: object, done: string) => {
    setBusy(true)
    setMessage(null)
    try {
      const res = await postJson(`/api/year-end-results/${path}`, { class: classId, ...body })
      if (!res.ok) {
        const answer = await res.json().catch(() => null)
        const text = (answer?.errors?.[0]?.message as string | undefined) ?? `Không thực hiện được (mã ${res.status}).`
        setMessage({ kind: 'error', text })
        return
      }
      setMessage({ kind: 'ok', text: done })
      router.refresh()
    } catch {
      setMessage({ kind: 'error', text: 'Không kết nối được máy chủ; chưa có gì thay đổi.' })
    } finally {
      setBusy(false)
    }
  }
  return { busy, hydrated, message, post }
}
