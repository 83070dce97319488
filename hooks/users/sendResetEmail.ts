import type { CollectionAfterOperationHook } from 'payload'

/**
 * Sends the reset link that `guardSignIn` kept Payload from sending. Not awaited: the answer must
 * not wait on (or reveal) the mail server; a failure is logged. The link is built on `SERVER_URL`
 * when set, never on a Host header an attacker chose, when it is.
 */
export const sendResetEmail: CollectionAfterOperationHook = ({ args, operation, req, result }) => {
  if (operation !== 'forgotPassword' || typeof result !== 'string' || !result) return result
  const to = String((args as { data?: { email?: string } }).data?.email ?? '')
    .toLowerCase()
    .trim()
  const { config } = req.payload
  const origin = config.serverURL || new URL(req.url || 'http://localhost:3000').origin
  const link = `${origin}${config.routes.admin}/reset/${result}`
  req.payload
    .sendEmail({
      to,
      subject: 'Đặt lại mật khẩu — THCS Hậu Giang',
      html: `<p>Có yêu cầu đặt lại mật khẩu cho tài khoản của bạn. Mở liên kết sau trong vòng một giờ:</p>
<p><a href="${link}">${link}</a></p><p>Nếu bạn không yêu cầu, hãy bỏ qua thư này; mật khẩu không đổi.</p>`,
    })
    .catch((err: unknown) => req.payload.logger.error({ err, msg: 'Reset e-mail could not be sent' }))
  return result
}
