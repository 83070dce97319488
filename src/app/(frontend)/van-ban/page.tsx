import config from '@payload-config'
import type { Metadata } from 'next'
import { getPayload } from 'payload'

import type { Media } from '@/payload-types'

export const metadata: Metadata = { title: 'Văn bản công khai' }
export const dynamic = 'force-dynamic'

const day = new Intl.DateTimeFormat('vi-VN', {
  timeZone: 'Asia/Ho_Chi_Minh',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
})

/**
 * Official documents marked public and published by leadership, with their attachments. Read as
 * the public (access applied): other documents, internal fields and non-public files never show.
 */
export default async function PublicDocumentsPage() {
  const payload = await getPayload({ config })
  const { docs } = await payload.find({
    collection: 'documents',
    sort: '-date',
    limit: 100,
    depth: 1,
    overrideAccess: false,
  })
  return (
    <section aria-labelledby="van-ban">
      <h1 id="van-ban">Văn bản công khai</h1>
      {docs.length === 0 ? (
        <p>Chưa có văn bản công khai.</p>
      ) : (
        <table>
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
                <tr key={doc.id}>
                  <td>{doc.symbol ?? doc.senderReference ?? doc.number}</td>
                  <td>{day.format(new Date(doc.date))}</td>
                  <td>{doc.summary}</td>
                  <td>
                    {files.map((file) => (
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
