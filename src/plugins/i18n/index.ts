import type { Config, PayloadRequest } from 'payload'

// The suite's plugins share these helpers as Payload's own plugins share @payloadcms/translations:
// one small package that each plugin lists as a dependency, instead of a copy in each.

/** Per language, the plugin's words under its own namespace (`{ en: { ns: { key: 'text' } } }`). */
export type PluginTranslations = Record<string, Record<string, Record<string, string>>>

type Translations = Record<string, Record<string, Record<string, string> | undefined> | undefined>

/**
 * The config with the plugin's words merged into `i18n.translations`; the project's own entries for
 * the same keys win, so an app rewords a message without touching the plugin.
 */
export const withTranslations = (config: Config, own: PluginTranslations): Config => {
  const project = (config.i18n?.translations ?? {}) as Translations
  const merged: Translations = { ...project }
  for (const [language, namespaces] of Object.entries(own)) {
    const target = { ...project[language] }
    for (const [namespace, words] of Object.entries(namespaces))
      target[namespace] = { ...words, ...project[language]?.[namespace] }
    merged[language] = target
  }
  return { ...config, i18n: { ...config.i18n, translations: merged as NonNullable<Config['i18n']>['translations'] } }
}

/** One key in every language of the merged translations: a static label the admin shows per language. */
export const labelIn = (config: Config, namespace: string, key: string): Record<string, string> => {
  const translations = (config.i18n?.translations ?? {}) as Translations
  const label: Record<string, string> = {}
  for (const [language, namespaces] of Object.entries(translations)) {
    const word = namespaces?.[namespace]?.[key]
    if (typeof word === 'string') label[language] = word
  }
  return label
}

/** A message in the request's language (Payload falls back to its fallback language). */
export const translate = (req: PayloadRequest, key: string, vars?: Record<string, unknown>): string =>
  (req.t as unknown as (key: string, vars?: Record<string, unknown>) => string)(key, vars)
