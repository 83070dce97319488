/** A stored response: what the production server sends again without asking Next. */
export type StoredResponse = { status: number; headers: Record<string, string | string[]>; body: Buffer }

export type PageCache = {
  readonly generation: number
  readonly size: number
  get(
    url: string,
    requestHeaders: Record<string, string | string[] | undefined>,
  ): (StoredResponse & { expires: number }) | undefined
  put(
    url: string,
    requestHeaders: Record<string, string | string[] | undefined>,
    response: StoredResponse,
    since: number,
  ): boolean
  clear(): void
}

export declare const createPageCache: (options?: {
  maxEntries?: number
  maxBytes?: number
  ttlMs?: number
  now?: () => number
}) => PageCache

export declare const announceSiteChanged: () => void

export declare const onSiteChanged: (listener: () => void) => void
