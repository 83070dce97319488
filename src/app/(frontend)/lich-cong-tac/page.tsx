import config from '@payload-config'
import type { Metadata } from 'next'
import { getPayload } from 'payload'

export const metadata: Metadata = { title: 'Lịch công tác' }
// Cached; rendered again when an entry is saved (collections/WorkCalendar.ts) and at least hourly, for
// the day that starts the list.
export const revalidate = 3600

const when = new Intl.DateTimeFormat('vi-VN', {
  timeZone: 'Asia/Ho_Chi_Minh',
  weekday: 'long',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
})

/** The leadership's public work calendar, from today on (read as the public: access applied). */
export default async function WorkCalendarPage() {
  const payload = await getPayload({ config })
  const from = new Date()
  from.setHours(0, 0, 0, 0)
  const { docs } = await payload.find({
    collection: 'work-calendar',
    where: { start: { greater_than_equal: from.toISOString() } },
    sort: 'start',
    limit: 50,
    overrideAccess: false,
    depth: 0,
  })
  return (
    <section aria-labelledby="lich">
      <h1 id="lich">Lịch công tác của Ban giám hiệu</h1>
      {docs.length === 0 ? (
        <p>Chưa có lịch công tác công khai.</p>
      ) : (
        <table className="card-table">
          <thead>
            <tr>
              <th scope="col">Thời gian</th>
              <th scope="col">Nội dung</th>
              <th scope="col">Địa điểm</th>
              <th scope="col">Chủ trì</th>
              <th scope="col">Thành phần</th>
            </tr>
          </thead>
          <tbody>
            {docs.map((entry) => (
              <tr key={entry.id}>
                <td data-label="Thời gian">{when.format(new Date(entry.start))}</td>
                <td data-label="Nội dung">{entry.title}</td>
                <td data-label="Địa điểm">{entry.location}</td>
                <td data-label="Chủ trì">{entry.chair}</td>
                <td data-label="Thành phần">{entry.participants}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}
