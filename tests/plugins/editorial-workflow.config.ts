import { editorialWorkflow, type Permission } from '@haugiang/payload-plugin-editorial-workflow'
import type { CollectionSlug, Where } from 'payload'

import { bareConfig } from './bare'

const reviewer: Permission = ({ user }) => user.role === 'reviewer'

/** editorial-workflow in a bare app: posts go draft → review → approved, a reviewer approves. */
export const editorialWorkflowConfig = (databaseUrl: string, enabled = true) =>
  bareConfig(databaseUrl, [
    editorialWorkflow({
      enabled,
      collections: ['posts' as CollectionSlug],
      stages: [
        { value: 'draft', label: 'Draft' },
        { value: 'review', label: { en: 'Review', vi: 'Duyet' } },
        { value: 'approved', label: 'Approved' },
      ],
      initialStage: 'draft',
      publishStage: 'approved',
      transitions: [
        { from: 'draft', to: 'review', can: () => true },
        { from: 'review', to: 'approved', can: reviewer, approval: true },
        { from: 'review', to: 'draft', can: reviewer, requireNote: true },
      ],
      canPublish: reviewer,
      notify: async ({ to, req }) => {
        if (to !== 'review') return []
        // system action: whom to notify is the workflow's decision, not the author's read of the users
        const { docs } = await req.payload.find({
          collection: 'users',
          where: { role: { equals: 'reviewer' } } as Where,
          overrideAccess: true,
          depth: 0,
          req,
        })
        return docs.map((user) => user.id)
      },
    }),
  ])
