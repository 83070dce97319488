import { RichText } from '@payloadcms/richtext-lexical/react'

import type { Announcement } from '@/payload-types'

import { formatDate, mediaOf } from '../_lib/format'

export const KIND_LABELS: Record<string, string> = {
  timetable: 'Thời khóa biểu',
  'lunch-menu': 'Thực đơn bán trú',
  'test-schedule': 'Lịch kiểm tra',
  'gifted-exam-schedule': 'Lịch thi học sinh giỏi',
  notice: 'Thông báo',
}

export const AnnouncementItem = ({ item, full = false }: { item: Announcement; full?: boolean }) => (
  <li className="announcement" id={`thong-bao-${item.id}`}>
    <span className="badge">{KIND_LABELS[item.kind] ?? item.kind}</span> <strong>{item.title}</strong>
    <span className="meta">
      {' '}
      (từ {formatDate(item.validFrom)}
      {item.validTo ? ` đến ${formatDate(item.validTo)}` : ''})
    </span>
    {full && item.body ? <RichText data={item.body} /> : null}
    {full && item.link ? (
      <p>
        <a href={item.link} rel="noopener noreferrer">
          Xem chi tiết
        </a>
      </p>
    ) : null}
    {full
      ? (item.attachments ?? []).map((a) => {
          const file = mediaOf(a)
          return file?.url ? (
            <p key={file.url}>
              <a href={file.url}>Tải tệp đính kèm: {file.alt}</a>
            </p>
          ) : null
        })
      : null}
  </li>
)
