import { latestArticles, SITE_URL, siteSettings } from '../_lib/data'

export const revalidate = 600

const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

/** The RSS feed of the latest published articles, under the school's name from the site settings. */
export async function GET() {
  const [{ docs }, settings] = await Promise.all([latestArticles(20), siteSettings()])
  const name = escape(settings.schoolName)
  const items = docs
    .map(
      (a) =>
        `<item><title>${escape(a.title)}</title><link>${SITE_URL}/tin-tuc/${a.slug}</link>` +
        `<guid>${SITE_URL}/tin-tuc/${a.slug}</guid>` +
        (a.publishDate ? `<pubDate>${new Date(a.publishDate).toUTCString()}</pubDate>` : '') +
        (a.excerpt ? `<description>${escape(a.excerpt)}</description>` : '') +
        '</item>',
    )
    .join('')
  const xml =
    `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Tin tức ${name}</title>` +
    `<link>${SITE_URL}/tin-tuc</link><description>Tin tức của ${name}</description><language>vi</language>${items}</channel></rss>`
  return new Response(xml, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } })
}
