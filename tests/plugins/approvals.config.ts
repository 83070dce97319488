import { approvalsPlugin } from '@haugiang/payload-plugin-approvals'
import type { CollectionSlug } from 'payload'

import { bareConfig } from './bare'

const roleOf = (user: unknown) => (user as { role?: string } | null)?.role

/** approvals in a bare app: anyone signed in asks to retitle a post, a reviewer decides. */
export const approvalsConfig = (databaseUrl: string, enabled = true) =>
  bareConfig(databaseUrl, [
    approvalsPlugin({
      enabled,
      requests: [
        {
          slug: 'title-changes',
          fields: [
            { name: 'post', type: 'relationship', relationTo: 'posts' as CollectionSlug, required: true },
            { name: 'newTitle', type: 'text', required: true },
          ],
          canRequest: ({ req }) => Boolean(req.user),
          canDecide: ({ req }) => roleOf(req.user) === 'reviewer',
          apply: async ({ req, request }) => {
            const post = request.post as number | { id: number }
            await req.payload.update({
              collection: 'posts' as CollectionSlug,
              id: typeof post === 'object' ? post.id : post,
              data: { title: request.newTitle } as never,
              req,
            })
          },
        },
      ],
    }),
  ])
