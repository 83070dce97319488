import './(frontend)/styles.css'

import type { Metadata } from 'next'
import { connection } from 'next/server'

import { SiteDocument } from './(frontend)/_components/SiteDocument'
import { SITE_URL, siteSettings } from './(frontend)/_lib/data'
import NotFound from './(frontend)/not-found'

export const metadata: Metadata = { title: 'Không tìm thấy trang', robots: { index: false } }

/**
 * Any address no route serves (Next's global 404 for an app with two root layouts): the site's 404,
 * in its header and footer, rendered on the server per request (its scripts carry the CSP nonce).
 */
export default async function GlobalNotFound() {
  await connection()
  const settings = await siteSettings()
  return (
    <SiteDocument settings={settings} siteUrl={SITE_URL}>
      <NotFound />
    </SiteDocument>
  )
}
