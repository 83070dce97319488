import { createHash } from 'node:crypto'

/** The `script-src` directive of a Content-Security-Policy. */
export const scriptSrc = (policy: string) => /(?:^|;\s*)script-src ([^;]*)/.exec(policy)?.[1] ?? ''

/**
 * The inline scripts (`<script>` without `src`) of an HTML document whose SHA-256 the policy's
 * `script-src` does not list: those the browser would block (only empty when every one is allowed).
 */
export const unhashedInlineScripts = (html: string, policy: string) => {
  const allowed = scriptSrc(policy).split(/\s+/)
  return [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)]
    .filter(([, attributes]) => !/\ssrc\s*=/i.test(` ${attributes}`))
    .map(([, , content]) => content)
    .filter((content) => !allowed.includes(`'sha256-${createHash('sha256').update(content).digest('base64')}'`))
}
