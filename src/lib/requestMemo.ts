import type { PayloadRequest } from 'payload'

const memos = new WeakMap<object, Map<string, unknown>>()

/**
 * What identifies one request across Payload's copies of `req`: Payload spreads `req` for field
 * validation and replaces `req.context` in nested Local API calls, but every copy and every call
 * made with `req` shares the request's data loader. Without one (a bare object), `req` itself.
 */
const memoOf = (req: PayloadRequest): Map<string, unknown> => {
  const loader = req.payloadDataLoader as object | undefined
  // A bare request gets its loader from the first Local API call made with it: keep one memo for both.
  const memo = (loader && memos.get(loader)) || memos.get(req) || new Map<string, unknown>()
  if (loader) memos.set(loader, memo)
  memos.set(req, memo)
  return memo
}

/**
 * Computes `compute()` once per request and key, whichever copy of the request asks. The one memo for
 * per-request caches (the caller's scope, a grade's facts, department pairs): a key names what is
 * cached and everything it depends on besides the request (e.g. the user id).
 */
export const requestMemo = <T>(req: PayloadRequest, key: string, compute: () => T): T => {
  const memo = memoOf(req)
  if (!memo.has(key)) memo.set(key, compute())
  return memo.get(key) as T
}
