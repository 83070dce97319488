import type { SiteSetting } from '@/payload-types'

import { mediaOf } from './format'

/**
 * The school as schema.org `School` JSON-LD. `<` is escaped so no text in the settings can close
 * the script element.
 */
export const schoolJsonLd = (settings: SiteSetting, siteUrl: string) => {
  const crest = mediaOf(settings.crest)
  const data = {
    '@context': 'https://schema.org',
    '@type': 'School',
    name: settings.schoolName,
    url: `${siteUrl}/`,
    logo: crest?.url ? `${siteUrl}${crest.url}` : undefined,
    address: settings.address
      ? { '@type': 'PostalAddress', streetAddress: settings.address, addressCountry: 'VN' }
      : undefined,
    telephone: settings.phone || undefined,
    email: settings.email || undefined,
    hasMap: settings.mapUrl || undefined,
    sameAs: (settings.socialLinks ?? []).map((l) => l.url),
  }
  return JSON.stringify(data).replace(/</g, '\\u003c')
}
