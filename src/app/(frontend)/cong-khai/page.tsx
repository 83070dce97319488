import type { Metadata } from 'next'

import { DISCLOSURE_KINDS } from '@/collections/Disclosures'
import type { Disclosure, Media } from '@/payload-types'

import { disclosures } from '../_lib/data'

export const metadata: Metadata = {
  title: 'Công khai',
  description: 'Công khai cam kết chất lượng, điều kiện bảo đảm chất lượng và thu chi tài chính theo Thông tư 09/2024.',
}
export const revalidate = 600

const byYear = (docs: Disclosure[]) => {
  const years = new Map<string, Disclosure[]>()
  for (const doc of docs) years.set(doc.schoolYear, [...(years.get(doc.schoolYear) ?? []), doc])
  return [...years.entries()].sort(([a], [b]) => b.localeCompare(a))
}

/** Công khai (Thông tư 09/2024/TT-BGDĐT): per school year, the three disclosures. */
export default async function DisclosuresPage() {
  const { docs } = await disclosures()
  return (
    <>
      <h1>Công khai theo Thông tư 09/2024/TT-BGDĐT</h1>
      {docs.length === 0 ? <p>Chưa có nội dung công khai.</p> : null}
      {byYear(docs).map(([year, items]) => (
        <section key={year} aria-labelledby={`nam-hoc-${year}`} className="disclosure-year">
          <h2 id={`nam-hoc-${year}`}>Năm học {year}</h2>
          <ul>
            {DISCLOSURE_KINDS.map((kind) => {
              const item = items.find((i) => i.kind === kind.value)
              const page = item?.page && typeof item.page === 'object' ? item.page : null
              const documents = (item?.documents ?? []).filter((d) => typeof d === 'object' && d !== null)
              return (
                <li key={kind.value}>
                  <h3>{kind.label.vi}</h3>
                  {!item ? <p>Chưa công khai.</p> : null}
                  {page ? (
                    <p>
                      <a href={`/trang/${page.slug}`}>{page.title}</a>
                    </p>
                  ) : null}
                  {documents.length > 0 ? (
                    <ul>
                      {documents.map((d) => {
                        const files = (d.attachments ?? []).filter(
                          (a): a is Media => typeof a === 'object' && a !== null && Boolean(a.url),
                        )
                        return (
                          <li key={d.id}>
                            <a href={`/van-ban#van-ban-${d.id}`}>
                              {d.symbol ? `${d.symbol}: ${d.summary}` : d.summary}
                            </a>
                            {files.map((f) => (
                              <span key={f.id}>
                                {' '}
                                · <a href={f.url!}>{f.filename}</a>
                              </span>
                            ))}
                          </li>
                        )
                      })}
                    </ul>
                  ) : null}
                </li>
              )
            })}
          </ul>
        </section>
      ))}
    </>
  )
}
