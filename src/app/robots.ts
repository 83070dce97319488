import type { MetadataRoute } from 'next'

import { SITE_URL } from './(frontend)/_lib/data'

export default function robots(): MetadataRoute.Robots {
  return {
    rules: [{ userAgent: '*', allow: '/', disallow: ['/admin', '/api', '/xem-truoc', '/tim-kiem'] }],
    sitemap: `${SITE_URL}/sitemap.xml`,
  }
}
