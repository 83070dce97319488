import type { CollectionConfig, CollectionSlug, Config, Plugin } from 'payload'

import { workflowEndpoints } from './endpoints'
import { workflowFields } from './fields'
import { guardWorkflow } from './guard'
import { labelIn, withTranslations } from '@haugiang/payload-plugin-i18n'
import { notificationsCollection } from './notifications'
import { notifyStageChange } from './notify'
import { noteOperation } from './operation'
import { translations } from './translations'
import { type EditorialWorkflowOptions, type ResolvedOptions, resolveOptions } from './types'

export type { EditorialWorkflowOptions, Label, Permission, Transition } from './types'
export { sameId } from './rules'

/** The admin components (see `exports/client.ts` and `exports/rsc.ts`). */
const PUBLISH_BUTTON = '@haugiang/payload-plugin-editorial-workflow/client#GatedPublishButton'
const REVIEW_NOTIFICATIONS = '@haugiang/payload-plugin-editorial-workflow/rsc#ReviewNotifications'

/** A governed collection: the workflow's fields, and unless the plugin is off its guard, endpoints and button. */
const governedCollection = (o: ResolvedOptions, collection: CollectionConfig): CollectionConfig => {
  const versions = typeof collection.versions === 'object' ? collection.versions : {}
  if (!versions.drafts) throw new Error(`editorial-workflow: collection "${collection.slug}" needs versions.drafts`)
  const fields = [...collection.fields, ...workflowFields(o)]
  if (!o.enabled) return { ...collection, fields }
  return {
    ...collection,
    fields,
    admin: {
      ...collection.admin,
      components: {
        ...collection.admin?.components,
        edit: {
          ...collection.admin?.components?.edit,
          // the Publish button only where the workflow allows it, otherwise why not
          PublishButton: {
            path: PUBLISH_BUTTON,
            clientProps: { stageField: o.fieldNames.stage, publishStage: o.publishStage, stages: o.stages },
          },
        },
      },
    },
    endpoints: [...workflowEndpoints(o, collection.slug as CollectionSlug), ...(collection.endpoints || [])],
    hooks: {
      ...collection.hooks,
      beforeOperation: [noteOperation, ...(collection.hooks?.beforeOperation ?? [])],
      // the guard runs last, on the data the collection's own hooks prepared
      beforeChange: [...(collection.hooks?.beforeChange ?? []), guardWorkflow(o)],
      afterChange: [...(collection.hooks?.afterChange ?? []), notifyStageChange(o)],
    },
  }
}

/**
 * Editorial workflow: review stages, allowed transitions with who may make each, a required stage
 * before publishing, enforced on the server for every way a document is written. See README.md.
 */
export const editorialWorkflow =
  (options: EditorialWorkflowOptions): Plugin =>
  (incoming: Config): Config => {
    const config = withTranslations(incoming, translations)
    const o = resolveOptions(options, {
      userCollection: (config.admin?.user ?? 'users') as CollectionSlug,
      language: config.i18n?.fallbackLanguage ?? 'en',
      label: (key) => labelIn(config, 'editorialWorkflow', key),
    })
    const governed = new Set<string>(o.collections)
    const collections = (config.collections ?? []).map((collection) =>
      governed.has(collection.slug) ? governedCollection(o, collection) : collection,
    )
    const withCollections = { ...config, collections: [...collections, notificationsCollection(o)] }
    if (!o.enabled) return withCollections
    const beforeDashboard = config.admin?.components?.beforeDashboard ?? []
    return {
      ...withCollections,
      admin: {
        ...config.admin,
        components: {
          ...config.admin?.components,
          beforeDashboard: [
            ...beforeDashboard,
            { path: REVIEW_NOTIFICATIONS, serverProps: { notificationsSlug: o.notificationsSlug } },
          ],
        },
      },
    }
  }
