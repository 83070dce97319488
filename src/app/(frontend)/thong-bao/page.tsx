import type { Metadata } from 'next'

import { AnnouncementItem } from '../_components/AnnouncementItem'
import { allAnnouncements } from '../_lib/data'

export const metadata: Metadata = { title: 'Thông báo' }
export const revalidate = 300

export default async function AnnouncementsPage() {
  const { docs } = await allAnnouncements()
  return (
    <>
      <h1>Thông báo</h1>
      {docs.length === 0 ? <p>Hiện chưa có thông báo.</p> : null}
      <ul className="announcements full">
        {docs.map((item) => (
          <AnnouncementItem key={item.id} item={item} full />
        ))}
      </ul>
    </>
  )
}
