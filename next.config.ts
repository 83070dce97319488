import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'
import path from 'path'
import { fileURLToPath } from 'url'

import { serverUrlFrom } from './src/domain/website/serverUrl'
import { adminHeaders, securityHeaders } from './src/lib/security/headers'

const dirname = path.dirname(fileURLToPath(import.meta.url))

// A production server refuses to start without its public address (absolute links in RSS, sitemap, Open Graph).
if (process.env.NODE_ENV === 'production') serverUrlFrom(process.env)

const nextConfig: NextConfig = {
  // The browser tests run their own server beside a developer's, in a build folder of their own.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  poweredByHeader: false,
  experimental: {
    // Minified server code loses the class names that Payload's error formatter reads, and every
    // APIError of ours then answered "An unknown error occurred." in production instead of its message.
    turbopackMinify: { server: false, client: true },
    // An address no route serves gets the site's own 404 (src/app/global-not-found.tsx), rendered on
    // the server: with two root layouts (site, admin), a catch-all page calling notFound() answered a
    // blank error shell in production (no lang, the page only drawn by JavaScript).
    globalNotFound: true,
  },
  // nosniff, Referrer-Policy, frame options, HSTS behind https (CSP: src/proxy.ts).
  headers: async () => [
    { source: '/:path*', headers: securityHeaders() },
    { source: '/admin/:path*', headers: adminHeaders },
  ],
  // `next dev` serves its scripts to these hosts too: the admin was blank at http://127.0.0.1:3000.
  allowedDevOrigins: ['127.0.0.1', 'localhost'],
  images: {
    localPatterns: [{ pathname: '/api/media/file/**' }],
  },
  webpack: (webpackConfig) => {
    webpackConfig.resolve.extensionAlias = {
      '.cjs': ['.cts', '.cjs'],
      '.js': ['.ts', '.tsx', '.js', '.jsx'],
      '.mjs': ['.mts', '.mjs'],
    }
    return webpackConfig
  },
  turbopack: {
    root: path.resolve(dirname),
  },
}

/**
 * Payload asks every browser for its colour scheme on every path (Accept-CH and Critical-CH, for the
 * admin's theme). The site has no use for it, and Critical-CH makes a browser's first visit ask for
 * the page twice (a phone pays a round trip; Lighthouse lost its trace on it): the admin only.
 */
const colourSchemeHintOnAdmin = (config: NextConfig): NextConfig => ({
  ...config,
  headers: async () =>
    (await config.headers!()).map((rule) =>
      rule.source === '/:path*' && rule.headers.some(({ key }) => key === 'Critical-CH')
        ? { ...rule, source: '/admin/:path*' }
        : rule,
    ),
})

export default colourSchemeHintOnAdmin(withPayload(nextConfig, { devBundleServerPackages: false }))
