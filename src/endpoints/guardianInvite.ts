import { APIError, type PayloadRequest } from 'payload'

import { userOf } from '@/access/common'
import { guardianOf, mayLinkInClass } from '@/access/guardians'
import { relationId } from '@/access/relation-id'
import { passwordProblem } from '@/domain/accounts/password'
import {
  hashInviteToken,
  INVITE_MESSAGES,
  inviteExpiry,
  inviteState,
  isPlaceholderEmail,
  newInviteToken,
  placeholderEmail,
} from '@/domain/portal/invite'
import { inviteDelivery, inviteMessage } from '@/domain/portal/inviteDelivery'
import { channelNamed } from '@/lib/messaging'
import { accountToInvite, createGuardianAccount, linkToStudent } from '@/portal/guardianAccounts'

import { inTransaction } from './inTransaction'
import { readJsonBody } from './readJsonBody'

/** Where the invitation link points: the portal's acceptance page. */
export const inviteUrl = (req: PayloadRequest, token: string) => {
  const base = req.payload.config.serverURL || process.env.SERVER_URL || 'http://localhost:3000'
  return `${base}/phu-huynh/nhan-loi-moi?token=${encodeURIComponent(token)}`
}

const NOT_CONFIGURED =
  'Chưa cấu hình cổng gửi tin nhắn SMS của nhà trường nên chưa gửi được lời mời qua SMS. ' +
  'Vui lòng báo quản trị hệ thống, hoặc gửi lời mời qua thư điện tử.'
const OUT_OF_SCOPE =
  'Chỉ giáo viên chủ nhiệm lớp của học sinh, văn thư hoặc lãnh đạo nhà trường được mời phụ huynh của học sinh này.'
const SHARED_PHONE =
  'Số điện thoại của mục phụ huynh này đang gắn với nhiều tài khoản phụ huynh: chưa gửi được lời mời qua SMS. ' +
  'Vui lòng kiểm tra lại các tài khoản, hoặc gửi lời mời qua thư điện tử.'

/**
 * `POST /api/guardians/invite` `{ student, guardianEntry, email?, channel? }`: the homeroom teacher
 * of the student's class or the clerk (and leadership) invites the guardian named in the student's
 * record. `channel` is `email` or `sms` (`src/domain/portal/inviteDelivery.ts`: without it, e-mail
 * when an address is known, else SMS to the entry's phone). Makes the account when none fits (an
 * SMS invitation without an e-mail gets a placeholder address and signs in by phone), confirms the
 * link to the student (the school's own invitation is its confirmation) and sends, through the
 * chosen `MessageChannel`, a link that sets the password, valid 72 hours, once. An SMS invitation
 * without a configured gateway is refused (503) before anything is written.
 */
export const inviteGuardian = {
  path: '/invite',
  method: 'post' as const,
  handler: async (req: PayloadRequest) => {
    if (guardianOf(req)) throw new APIError(OUT_OF_SCOPE, 403)
    const staff = userOf(req)
    if (!staff) throw new APIError('Cần đăng nhập bằng tài khoản nhà trường để mời phụ huynh.', 401)
    const body = await readJsonBody(req)
    const studentId = Number(body.student)
    if (body.student === undefined || body.student === null || !Number.isInteger(studentId)) {
      throw new APIError('Thiếu học sinh (student).', 400)
    }
    // system action: the caller's scope is checked right below, before anything is returned or written.
    const student = await req.payload.findByID({
      collection: 'students',
      id: studentId,
      depth: 0,
      select: { fullName: true, currentClass: true, guardians: true },
      disableErrors: true,
      overrideAccess: true, // scope checked by mayLinkInClass before use
      req,
    })
    if (!student) throw new APIError('Không tìm thấy học sinh.', 404)
    if (!(await mayLinkInClass(req, relationId(student.currentClass)))) throw new APIError(OUT_OF_SCOPE, 403)
    if (typeof body.guardianEntry !== 'string' || body.guardianEntry === '') {
      throw new APIError('Thiếu mục phụ huynh (guardianEntry) trong hồ sơ học sinh.', 400)
    }
    const entry = (student.guardians ?? []).find((g) => g.id && g.id === body.guardianEntry)
    if (!entry) throw new APIError('Không tìm thấy mục phụ huynh này trong hồ sơ học sinh.', 400)
    const delivery = inviteDelivery({ channel: body.channel, email: body.email, entry })
    if (!delivery.ok) throw new APIError(delivery.message, 400)
    const channel = channelNamed(delivery.channel)
    if (!channel || !(channel.ready?.() ?? true)) throw new APIError(NOT_CONFIGURED, 503)

    const { token, hash } = newInviteToken()
    const expiresAt = inviteExpiry(new Date())
    let accountEmail = delivery.email
    const invited = await inTransaction(req, async () => {
      // The account is made or updated by the school on the staff member's request, already checked;
      // guardians cannot be created through the API at all (src/portal/guardianAccounts.ts).
      const found = await accountToInvite(req, delivery.email, delivery.phone)
      if (found === 'shared') throw new APIError(SHARED_PHONE, 409)
      const invite = { inviteTokenHash: hash, inviteExpiresAt: expiresAt.toISOString(), invitedBy: staff.id as number }
      const guardian = found
        ? await req.payload.update({
            collection: 'guardians',
            id: found.id,
            // An account made at a first sign-in by phone gets the real address with the invitation.
            data: found.placeholder && delivery.email ? { ...invite, email: delivery.email } : invite,
            overrideAccess: true, // a new invitation replaces the old one; checked caller
            req,
          })
        : await createGuardianAccount(req, {
            // Without an e-mail (an SMS invitation), a placeholder: the guardian signs in by phone.
            email: delivery.email ?? placeholderEmail(),
            fullName: entry.name,
            phone: entry.phone,
            preferredChannel: delivery.email ? 'email' : 'sms',
            ...invite,
          })
      accountEmail = isPlaceholderEmail(guardian.email) ? null : guardian.email
      // The school's own invitation is its confirmation of the link.
      const link = await linkToStudent(req, {
        guardian: guardian.id,
        student: student.id,
        entry,
        status: 'confirmed',
        system: false,
      })
      return { guardian: guardian.id, link: link.id, expiresAt: expiresAt.toISOString() }
    })

    // One path for both channels: the text for the channel, sent through its MessageChannel.
    const message = inviteMessage(delivery.channel, {
      guardianName: entry.name,
      studentName: student.fullName,
      url: inviteUrl(req, token),
    })
    let sent = true
    try {
      await channel.send(req.payload, { to: delivery.address, ...message })
    } catch (error) {
      sent = false
      req.payload.logger.warn({
        msg: `Guardian invitation by ${delivery.channel} failed`,
        err: (error as Error).message,
      })
    }
    return Response.json(
      {
        ...invited,
        channel: delivery.channel,
        sentTo: delivery.address,
        sent,
        email: accountEmail,
        ...(delivery.channel === 'email' ? { emailSent: sent } : {}),
      },
      { status: 201 },
    )
  },
}

/**
 * `POST /api/guardians/accept-invite` `{ token, password }`: the invitation link's page sets the
 * guardian's password. The token works once and for 72 hours; a bad one changes nothing.
 */
export const acceptInvite = {
  path: '/accept-invite',
  method: 'post' as const,
  handler: async (req: PayloadRequest) => {
    const body = await readJsonBody(req)
    const token = typeof body.token === 'string' ? body.token : ''
    const password = typeof body.password === 'string' ? body.password : ''
    if (!token) throw new APIError(INVITE_MESSAGES.unknown, 400)
    // system action: the token is the authority here; only its own account is touched.
    const found = await req.payload.find({
      collection: 'guardians',
      where: { inviteTokenHash: { equals: hashInviteToken(token) } },
      limit: 1,
      depth: 0,
      overrideAccess: true, // lookup by the token's hash
      req,
    })
    const guardian = found.docs[0]
    const state = guardian ? inviteState(guardian.inviteExpiresAt, new Date()) : 'unknown'
    if (!guardian || state !== 'valid') throw new APIError(INVITE_MESSAGES[state === 'valid' ? 'unknown' : state], 400)
    const problem = passwordProblem(password)
    if (problem) throw new APIError(problem, 400)
    await req.payload.update({
      collection: 'guardians',
      id: guardian.id,
      data: { password, inviteTokenHash: null, inviteExpiresAt: null, loginAttempts: 0, lockUntil: null },
      overrideAccess: true, // the valid token stands for the guardian; it is spent by this write
      req,
    })
    // A guardian invited by SMS without an e-mail signs in with the phone (hooks/guardians/signInByPhone.ts).
    return Response.json({
      email: isPlaceholderEmail(guardian.email) ? null : guardian.email,
      phone: guardian.phone ?? null,
      message: 'Đã đặt mật khẩu. Mời anh/chị đăng nhập.',
    })
  },
}
