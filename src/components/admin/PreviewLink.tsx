'use client'
import { Button, toast, useDocumentInfo } from '@payloadcms/ui'
import { useState } from 'react'

/**
 * In an article's sidebar: a reviewer makes a link to the draft that works for 24 hours without an
 * account. The server decides who may (reviewers only) and signs the link.
 */
export const PreviewLink = () => {
  const { id } = useDocumentInfo()
  const [link, setLink] = useState<{ url: string; expiresAt: string } | null>(null)
  if (!id) return null
  const make = async () => {
    const response = await fetch(`/api/articles/${id}/preview-link`, { method: 'POST', credentials: 'include' })
    const body = (await response.json().catch(() => ({}))) as {
      url?: string
      expiresAt?: string
      errors?: Array<{ message?: string }>
    }
    if (!response.ok || !body.url) {
      toast.error(body.errors?.[0]?.message || 'Không tạo được liên kết xem trước.')
      return
    }
    setLink({ url: `${window.location.origin}${body.url}`, expiresAt: body.expiresAt! })
  }
  return (
    <div className="field-type preview-link">
      <Button buttonStyle="secondary" size="small" onClick={() => void make()}>
        Tạo liên kết xem trước (24 giờ)
      </Button>
      {link ? (
        <>
          <label className="field-label" htmlFor="preview-link-url">
            Liên kết (hết hạn lúc {new Date(link.expiresAt).toLocaleString('vi-VN')})
          </label>
          <input
            id="preview-link-url"
            readOnly
            value={link.url}
            onFocus={(event) => event.target.select()}
            style={{ width: '100%' }}
          />
        </>
      ) : null}
    </div>
  )
}
