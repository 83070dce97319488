import { RichText } from '@payloadcms/richtext-lexical/react'
import type { Metadata } from 'next'

import { ContactLines } from '../_components/ContactLines'
import { pageBySlug, siteSettings } from '../_lib/data'

export const metadata: Metadata = { title: 'Liên hệ' }
export const revalidate = 600

/** How to reach the school, from the site settings, with the "lien-he" page's text when there is one. */
export default async function ContactPage() {
  const [settings, page] = await Promise.all([siteSettings(), pageBySlug('lien-he')])
  return (
    <article className="article">
      <h1>Liên hệ</h1>
      <address className="contact">
        <p>
          <strong>{settings.schoolName}</strong>
        </p>
        <ContactLines settings={settings} mapLabel="Xem đường đến trường trên bản đồ" />
      </address>
      {settings.responsible?.name ? (
        <p>
          Người chịu trách nhiệm nội dung: {settings.responsible.name}
          {settings.responsible.title ? ` (${settings.responsible.title})` : ''}
        </p>
      ) : null}
      {page?.content ? <RichText data={page.content} /> : null}
    </article>
  )
}
