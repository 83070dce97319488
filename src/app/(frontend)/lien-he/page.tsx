import { RichText } from '@payloadcms/richtext-lexical/react'
import type { Metadata } from 'next'

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
        {settings.address ? <p>Địa chỉ: {settings.address}</p> : null}
        {settings.phone ? (
          <p>
            Điện thoại: <a href={`tel:${settings.phone.replace(/[^\d+]/g, '')}`}>{settings.phone}</a>
          </p>
        ) : null}
        {settings.email ? (
          <p>
            E-mail: <a href={`mailto:${settings.email}`}>{settings.email}</a>
          </p>
        ) : null}
        {settings.mapUrl ? (
          <p>
            <a href={settings.mapUrl} rel="noopener">
              Xem đường đến trường trên bản đồ
            </a>
          </p>
        ) : null}
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
