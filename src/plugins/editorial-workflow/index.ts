import type { CollectionConfig, CollectionSlug, Config } from 'payload'

import { workflowEndpoints } from './endpoints'
import { workflowFields } from './fields'
import { guardWorkflow } from './guard'
import { notificationsCollection } from './notifications'
import { notifyStageChange } from './notify'
import { noteOperation } from './operation'
import { translations } from './translations'
import { type EditorialWorkflowOptions, resolveOptions } from './types'

export type { EditorialWorkflowOptions, Permission, Transition } from './types'

/**
 * Editorial workflow: review stages, allowed transitions with who may make each, a required stage
 * before publishing, enforced on the server for every way a document is written. See README.md.
 */
export const editorialWorkflow =
  (options: EditorialWorkflowOptions) =>
  (config: Config): Config => {
    const o = resolveOptions(options)
    const governed = new Set<string>(o.collections)
    const collections = (config.collections ?? []).map((collection): CollectionConfig => {
      if (!governed.has(collection.slug)) return collection
      const versions = typeof collection.versions === 'object' ? collection.versions : {}
      if (!versions.drafts) throw new Error(`editorial-workflow: collection "${collection.slug}" needs versions.drafts`)
      return {
        ...collection,
        fields: [...collection.fields, ...workflowFields(o)],
        admin: {
          ...collection.admin,
          components: {
            ...collection.admin?.components,
            edit: {
              ...collection.admin?.components?.edit,
              // "Xuất bản" only where the workflow allows it, otherwise why not
              PublishButton: {
                path: '@/plugins/editorial-workflow/components/GatedPublishButton#GatedPublishButton',
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
    })
    const beforeDashboard = config.admin?.components?.beforeDashboard ?? []
    // the plugin's words join the project's, language by language
    const i18nTranslations = { ...config.i18n?.translations } as Record<string, object>
    for (const [language, words] of Object.entries(translations))
      i18nTranslations[language] = { ...i18nTranslations[language], ...words }
    return {
      ...config,
      i18n: {
        ...config.i18n,
        translations: i18nTranslations as NonNullable<Config['i18n']>['translations'],
      },
      collections: [...collections, notificationsCollection(o)],
      admin: {
        ...config.admin,
        components: {
          ...config.admin?.components,
          beforeDashboard: [
            ...beforeDashboard,
            {
              path: '@/plugins/editorial-workflow/components/ReviewNotifications#ReviewNotifications',
              serverProps: { notificationsSlug: o.notificationsSlug },
            },
          ],
        },
      },
    }
  }
