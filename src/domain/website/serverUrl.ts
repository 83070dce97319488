type Env = { SERVER_URL?: string; NODE_ENV?: string; PORT?: string }

export const SERVER_URL_MISSING =
  'SERVER_URL chưa được đặt: trong môi trường production, hãy đặt SERVER_URL là địa chỉ công khai của website ' +
  '(ví dụ SERVER_URL=https://thcshaugiang.edu.vn) để liên kết trong RSS, sitemap, Open Graph và e-mail là tuyệt đối. ' +
  '(SERVER_URL is not set: set it to the public address of the site before starting in production.)'

/**
 * The public address of the site, without a trailing slash, for absolute links (RSS, sitemap,
 * Open Graph, canonical). Required in production, where a wrong host would be published to search
 * engines and feeds; in development and tests it defaults to the local server.
 */
export const serverUrlFrom = (env: Env): string => {
  const raw = env.SERVER_URL?.trim()
  if (!raw) {
    if (env.NODE_ENV === 'production') throw new Error(SERVER_URL_MISSING)
    return `http://localhost:${env.PORT || 3000}`
  }
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    throw new Error(`SERVER_URL không hợp lệ: "${raw}" (cần dạng https://ten-mien).`)
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new Error(`SERVER_URL phải bắt đầu bằng http:// hoặc https:// (đang là "${raw}").`)
  return `${url.origin}${url.pathname}`.replace(/\/+$/, '')
}
