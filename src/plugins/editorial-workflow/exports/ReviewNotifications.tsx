import type { CollectionSlug, ServerProps } from 'payload'

/** The dashboard's list of the signed-in user's unread review notifications. */
export const ReviewNotifications = async ({
  i18n,
  payload,
  user,
  notificationsSlug,
}: ServerProps & { notificationsSlug?: string }) => {
  if (!user) return null
  const slug = (notificationsSlug ?? 'workflow-notifications') as CollectionSlug
  const { docs, totalDocs } = await payload.find({
    collection: slug,
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
  // the plugin's keys are merged into the config's translations, not into Payload's key type
  const t = i18n.t as unknown as (key: string, vars?: Record<string, unknown>) => string
  const admin = payload.config.routes.admin
  return (
    <section aria-labelledby="review-notifications-title" className="review-notifications">
      <h2 id="review-notifications-title">{t('editorialWorkflow:waitingForYou', { count: totalDocs })}</h2>
      {items.length === 0 ? (
        <p>{t('editorialWorkflow:noNotifications')}</p>
      ) : (
        <ul>
          {items.map((n) => (
            <li key={n.id}>
              <a href={`${admin}/collections/${n.documentCollection}/${n.documentId}`}>{n.message}</a>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
