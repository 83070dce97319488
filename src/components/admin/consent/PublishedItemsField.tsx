'use client'
import { FieldLabel, useField } from '@payloadcms/ui'
import type { StaticLabel } from 'payload'

type Item = { collection: 'articles' | 'media'; id: number; title: string }

const KIND: Record<Item['collection'], string> = { articles: 'Bài viết', media: 'Ảnh' }

/**
 * A withdrawal's published items that show the child, as links to review them (instead of
 * Payload's JSON editor, which loads its code from a CDN and shows developers' JSON).
 */
export const PublishedItemsField = ({ path, field }: { path: string; field: { label?: StaticLabel } }) => {
  const { value } = useField<Item[] | null>({ path })
  const items = Array.isArray(value) ? value : []
  return (
    <div className="field-type published-items" style={{ marginBottom: 'var(--base)' }}>
      <FieldLabel label={field.label} path={path} />
      {items.length === 0 ? (
        <p>Không có bài viết hay ảnh nào đã đăng có học sinh này.</p>
      ) : (
        <ul>
          {items.map((item) => (
            <li key={`${item.collection}-${item.id}`}>
              {KIND[item.collection] ?? item.collection}:{' '}
              <a href={`/admin/collections/${item.collection}/${item.id}`}>{item.title}</a>
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
