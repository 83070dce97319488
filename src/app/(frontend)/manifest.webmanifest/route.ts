import { siteSettings } from '../_lib/data'

export const revalidate = 3600

/** The web manifest: the school's name and its crest as icons. */
export async function GET() {
  const settings = await siteSettings()
  const manifest = {
    name: settings.schoolName || 'Trường THCS',
    short_name: settings.schoolName?.replace(/^Trường\s+/, '') || 'THCS',
    lang: 'vi',
    start_url: '/',
    display: 'standalone',
    background_color: '#ffffff',
    theme_color: '#0b4f8a',
    icons: [
      { src: '/bieu-tuong/192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: '/bieu-tuong/512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
    ],
  }
  return Response.json(manifest, { headers: { 'Content-Type': 'application/manifest+json' } })
}
