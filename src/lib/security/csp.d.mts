/** Where a page's scripts may come from besides its own files (see csp.mjs). */
export type ScriptSources = { admin: true } | { nonce: string } | { hashes: string[] }

export declare const contentSecurityPolicy: (options: { scripts: ScriptSources; development: boolean }) => string
