import type { ReactNode } from 'react'

import type { SiteSetting } from '@/payload-types'

import { schoolJsonLd } from '../_lib/jsonLd'
import { SiteFooter } from './SiteFooter'
import { SiteHeader } from './SiteHeader'

/** The site's whole document: header, main content and footer, in Vietnamese. */
export const SiteDocument = ({
  settings,
  siteUrl,
  children,
}: {
  settings: SiteSetting
  siteUrl: string
  children: ReactNode
}) => (
  <html lang="vi">
    <body>
      <a className="skip-link" href="#noi-dung">
        Bỏ qua đến nội dung chính
      </a>
      <SiteHeader settings={settings} />
      <main id="noi-dung" className="container">
        {children}
      </main>
      <SiteFooter settings={settings} />
      {/* data, not a script that runs: the School described for search engines */}
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: schoolJsonLd(settings, siteUrl) }} />
    </body>
  </html>
)
