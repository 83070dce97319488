import type { ServerProps } from 'payload'

/** The dashboard's list of the signed-in user's unread review notifications. */
export const ReviewNotifications = async ({
  payload,
  user,
  notificationsSlug,
}: ServerProps & { notificationsSlug?: string }) => {
  if (!user) return null
  const slug = notificationsSlug ?? 'workflow-notifications'
  const { docs, totalDocs } = await payload.find({
    collection: slug as 'users',
    where: { read: { not_equals: true } },
    sort: '-createdAt',
    limit: 10,
    depth: 0,
    overrideAccess: false,
    user,
  })
  const items = docs as unknown as Array<{
    id: number
    message: string
    documentCollection: string
    documentId: string
  }>
  return (
    <section aria-labelledby="review-notifications-title" className="review-notifications">
      <h2 id="review-notifications-title">Bài chờ bạn xử lý ({totalDocs})</h2>
      {items.length === 0 ? (
        <p>Không có thông báo mới.</p>
      ) : (
        <ul>
          {items.map((n) => (
            <li key={n.id}>
              <a href={`/admin/collections/${n.documentCollection}/${n.documentId}`}>{n.message}</a>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
