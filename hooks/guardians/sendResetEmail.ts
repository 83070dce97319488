import type { CollectionAfterOperationHook, PayloadRequest } from 'payload'

import { isPlaceholderEmail } from '@/domain/portal/invite'

/** The portal's page that sets a new password with the token (never a Host header the client chose). */
export const guardianResetUrl = (req: PayloadRequest, token: string) => {
  const base = req.payload.config.serverURL || process.env.SERVER_URL || 'http://localhost:3000'
  return `${base}/phu-huynh/dat-lai-mat-khau?token=${encodeURIComponent(token)}`
}

/**
 * Sends the reset link that `limitPasswordReset` kept Payload from sending. Not awaited: the answer
 * must not wait on (or reveal) the mail server; a failure is logged. An account made at a first
 * sign-in by phone has a reserved `.invalid` address that no mail reaches: nothing is sent.
 */
export const sendGuardianResetEmail: CollectionAfterOperationHook = ({ args, operation, req, result }) => {
  if (operation !== 'forgotPassword' || typeof result !== 'string' || !result) return result
  const to = String((args as { data?: { email?: string } }).data?.email ?? '')
    .toLowerCase()
    .trim()
  if (!to || isPlaceholderEmail(to)) return result
  const link = guardianResetUrl(req, result)
  req.payload
    .sendEmail({
      to,
      subject: 'Đặt lại mật khẩu cổng thông tin phụ huynh — THCS Hậu Giang',
      text:
        'Có yêu cầu đặt lại mật khẩu cổng thông tin phụ huynh của anh/chị. Mở liên kết sau trong vòng một giờ ' +
        `để đặt mật khẩu mới:\n\n${link}\n\nNếu anh/chị không yêu cầu, hãy bỏ qua thư này; mật khẩu không đổi.\n`,
    })
    .catch((err: unknown) => req.payload.logger.error({ err, msg: 'Guardian reset e-mail could not be sent' }))
  return result
}
