import type { Metadata } from 'next'

import type { Media } from '@/payload-types'

import { publicDocuments } from '../_lib/data'

export const metadata: Metadata = { title: 'Văn bản công khai' }
export const revalidate = 600

const day = new Intl.DateTimeFormat('vi-VN', {
  timeZone: 'Asia/Ho_Chi_Minh',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
})

/**
 * Official documents marked public and published by leadership, with their attachments. Read as
 * the public (access applied): other documents, internal fields and non-public files never show.
 * On a phone the table turns into one card per document.
 */
export default async function PublicDocumentsPage() {
  const { docs } = await publicDocuments()
  return (
    <section aria-labelledby="van-ban">
      <h1 id="van-ban">Văn bản công khai</h1>
      {docs.length === 0 ? (
        <p>Chưa có văn bản công khai.</p>
      ) : (
        <table className="card-table">
          <thead>
            <tr>
              <th scope="col">Số, ký hiệu</th>
              <th scope="col">Ngày</th>
              <th scope="col">Trích yếu</th>
              <th scope="col">Tệp đính kèm</th>
            </tr>
          </thead>
          <tbody>
            {docs.map((doc) => {
              // Attachments the public may not read come back as bare ids: left out.
              const files = (doc.attachments ?? []).filter(
                (a): a is Media => typeof a === 'object' && a !== null && Boolean(a.url),
              )
              return (
                <tr key={doc.id} id={`van-ban-${doc.id}`}>
                  <td data-label="Số, ký hiệu">{doc.symbol ?? doc.senderReference ?? doc.number}</td>
                  <td data-label="Ngày">{day.format(new Date(doc.date))}</td>
                  <td data-label="Trích yếu">{doc.summary}</td>
                  <td data-label="Tệp đính kèm">
                    {files.length === 0
                      ? 'Không có'
                      : files.map((file) => (
                          <a key={file.id} href={file.url!}>
                            {file.filename}
                          </a>
                        ))}
                  </td>
                </tr>
              )
            })}
          </tbody>
        </table>
      )}
    </section>
  )
}
