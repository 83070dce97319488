import { createLocalReq, type Payload, type TypedUser } from 'payload'

import { redirect } from 'next/navigation'

import { passwordExpired } from '@/domain/accounts/password'
import { loadWorklist } from '@/endpoints/worklist/loadWorklist'
import type { WorklistItem } from '@/endpoints/worklist/types'

import { YearExports } from '../exports/YearExports'

import './worklist.css'

const Item = ({ item }: { item: WorklistItem }) => (
  <li className={`worklist__item worklist__item--${item.tone ?? 'info'}`} data-key={item.key}>
    <a href={item.href} className="worklist__link">
      <span className="worklist__count" aria-hidden="true">
        {item.count}
      </span>
      <span className="worklist__text">
        <span className="worklist__title">
          {item.title}
          <span className="sr-only">: {item.count}</span>
        </span>
        {item.detail ? <span className="worklist__detail">{item.detail}</span> : null}
      </span>
    </a>
  </li>
)

/**
 * "Việc cần làm": the first thing on `/admin`, what waits for the signed-in person, each item a
 * link to where it is done. The same loader as `GET /api/worklist`, with the user's access.
 * Payload's grid of collections stays below.
 */
export const Worklist = async ({ payload, user }: { payload: Payload; user?: TypedUser | null }) => {
  if (!user) return null
  // A password past its age is changed before anything else: the dashboard sends the user to their account.
  if (passwordExpired((user as { passwordChangedAt?: string | null }).passwordChangedAt, new Date()))
    redirect('/admin/account')
  const req = await createLocalReq({ user }, payload)
  // A refusal (e.g. a password past its age must be changed first) says why instead of breaking the dashboard.
  const loaded = await loadWorklist(req).catch((error: unknown) => ({ refused: (error as Error).message }))
  if ('refused' in loaded)
    return (
      <section className="worklist" aria-labelledby="worklist-heading">
        <h2 id="worklist-heading">Việc cần làm</h2>
        <p className="worklist__empty">{loaded.refused}</p>
      </section>
    )
  const { sections } = loaded
  return (
    <section className="worklist" aria-labelledby="worklist-heading">
      <h2 id="worklist-heading">Việc cần làm</h2>
      {sections.length === 0 ? (
        <p className="worklist__empty">Hiện không có việc nào đang chờ bạn.</p>
      ) : (
        <div className="worklist__sections">
          {sections.map((section) => (
            <div key={section.duty} className="worklist__section" data-duty={section.duty}>
              <h3>{section.title}</h3>
              <ul>
                {section.items.map((item) => (
                  <Item key={item.key} item={item} />
                ))}
              </ul>
            </div>
          ))}
        </div>
      )}
      <YearExports req={req} />
      <p className="worklist__more">
        <a href="#danh-muc">Tất cả danh mục ↓</a>
      </p>
      <span id="danh-muc" />
    </section>
  )
}
