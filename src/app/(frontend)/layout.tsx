import type { Metadata, Viewport } from 'next'
import type { ReactNode } from 'react'

import './styles.css'

import { SiteDocument } from './_components/SiteDocument'
import { SITE_URL, siteSettings } from './_lib/data'
import { imageUrl, mediaOf } from './_lib/format'

export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: '#0b4f8a' }

export async function generateMetadata(): Promise<Metadata> {
  const settings = await siteSettings()
  const name = settings.schoolName
  const banner = mediaOf(settings.banner)
  return {
    metadataBase: new URL(SITE_URL),
    title: { default: name, template: `%s — ${name}` },
    description: settings.tagline || `Cổng thông tin điện tử ${name}.`,
    openGraph: {
      type: 'website',
      locale: 'vi_VN',
      siteName: name,
      images: banner ? [{ url: `${SITE_URL}${imageUrl(banner, 'hero')}`, alt: banner.alt ?? '' }] : undefined,
    },
    alternates: { types: { 'application/rss+xml': '/rss.xml' } },
    icons: { icon: '/favicon.ico', apple: '/bieu-tuong/180.png' },
    manifest: '/manifest.webmanifest',
  }
}

export default async function FrontendLayout({ children }: { children: ReactNode }) {
  const settings = await siteSettings()
  return (
    <SiteDocument settings={settings} siteUrl={SITE_URL}>
      {children}
    </SiteDocument>
  )
}
