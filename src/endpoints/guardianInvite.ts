import type { PayloadRequest } from 'payload'

import { userOf } from '@/access/common'
import { mayLinkInClass } from '@/access/guardians'
import { relationId } from '@/access/relation-id'
import { passwordProblem } from '@/domain/accounts/password'
import {
  hashInviteToken,
  INVITE_HOURS,
  INVITE_MESSAGES,
  inviteExpiry,
  inviteState,
  newInviteToken,
} from '@/domain/portal/invite'
import { accountToInvite, createGuardianAccount, linkToStudent } from '@/portal/guardianAccounts'

import { inTransaction } from './inTransaction'

const refuse = (status: number, message: string) => Response.json({ errors: [{ message }] }, { status })

const readJson = async (req: PayloadRequest): Promise<Record<string, unknown>> => {
  try {
    const body = await req.json?.()
    return body && typeof body === 'object' ? (body as Record<string, unknown>) : {}
  } catch {
    return {}
  }
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

/** Where the invitation link points: the portal's acceptance page. */
export const inviteUrl = (req: PayloadRequest, token: string) => {
  const base = req.payload.config.serverURL || process.env.SERVER_URL || 'http://localhost:3000'
  return `${base}/phu-huynh/nhan-loi-moi?token=${encodeURIComponent(token)}`
}

/**
 * `POST /api/guardians/invite` `{ student, guardianEntry, email? }`: the homeroom teacher of the
 * student's class or the clerk (and leadership) invites the guardian named in the student's record.
 * Makes the account when the e-mail has none, confirms the link to the student (the school's own
 * invitation is its confirmation) and e-mails a link that sets the password, valid 72 hours, once.
 */
export const inviteGuardian = {
  path: '/invite',
  method: 'post' as const,
  handler: async (req: PayloadRequest) => {
    const staff = userOf(req)
    if (!staff) return refuse(401, 'Cần đăng nhập bằng tài khoản nhà trường để mời phụ huynh.')
    const body = await readJson(req)
    const studentId = Number(body.student)
    if (!Number.isInteger(studentId)) return refuse(400, 'Thiếu học sinh (student).')
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
    if (!student || !(await mayLinkInClass(req, relationId(student.currentClass)))) {
      return refuse(404, 'Không tìm thấy học sinh trong phạm vi bạn phụ trách.')
    }
    const entry = (student.guardians ?? []).find((g) => g.id && g.id === body.guardianEntry)
    if (!entry) return refuse(400, 'Không tìm thấy mục phụ huynh này trong hồ sơ học sinh.')
    const email = String(body.email || entry.email || '')
      .trim()
      .toLowerCase()
    if (!EMAIL.test(email)) return refuse(400, 'Mục phụ huynh chưa có địa chỉ thư điện tử hợp lệ để gửi lời mời.')

    const { token, hash } = newInviteToken()
    const expiresAt = inviteExpiry(new Date())
    const result = await inTransaction(req, async () => {
      // The account is made or updated by the school on the staff member's request, already checked;
      // guardians cannot be created through the API at all (src/portal/guardianAccounts.ts).
      const found = await accountToInvite(req, email, entry.phone)
      const invite = { inviteTokenHash: hash, inviteExpiresAt: expiresAt.toISOString(), invitedBy: staff.id as number }
      const guardian = found
        ? await req.payload.update({
            collection: 'guardians',
            id: found.id,
            // An account made at a first sign-in by phone gets the real address with the invitation.
            data: found.placeholder ? { ...invite, email } : invite,
            overrideAccess: true, // a new invitation replaces the old one; checked caller
            req,
          })
        : await createGuardianAccount(req, { email, fullName: entry.name, phone: entry.phone, ...invite })
      // The school's own invitation is its confirmation of the link.
      const link = await linkToStudent(req, {
        guardian: guardian.id,
        student: student.id,
        entry,
        status: 'confirmed',
        system: false,
      })
      return Response.json(
        { guardian: guardian.id, link: link.id, expiresAt: expiresAt.toISOString() },
        { status: 201 },
      )
    })
    if (!result.ok) return result

    let emailSent = true
    try {
      await req.payload.sendEmail({
        to: email,
        subject: 'Lời mời sử dụng cổng thông tin phụ huynh — THCS Hậu Giang',
        text:
          `Kính gửi ${entry.name},\n\nNhà trường mời anh/chị sử dụng cổng thông tin phụ huynh để theo dõi ` +
          `kết quả học tập của em ${student.fullName}. Mở liên kết sau để đặt mật khẩu ` +
          `(có hiệu lực ${INVITE_HOURS} giờ, dùng một lần):\n\n${inviteUrl(req, token)}\n`,
      })
    } catch (error) {
      emailSent = false
      req.payload.logger.warn({ msg: 'Guardian invitation e-mail failed', err: error })
    }
    const answer = await result.json()
    return Response.json({ ...answer, email, emailSent }, { status: 201 })
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
    const body = await readJson(req)
    const token = typeof body.token === 'string' ? body.token : ''
    const password = typeof body.password === 'string' ? body.password : ''
    if (!token) return refuse(400, INVITE_MESSAGES.unknown)
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
    if (!guardian || state !== 'valid') return refuse(400, INVITE_MESSAGES[state === 'valid' ? 'unknown' : state])
    const problem = passwordProblem(password)
    if (problem) return refuse(400, problem)
    await req.payload.update({
      collection: 'guardians',
      id: guardian.id,
      data: { password, inviteTokenHash: null, inviteExpiresAt: null, loginAttempts: 0, lockUntil: null } as never,
      overrideAccess: true, // the valid token stands for the guardian; it is spent by this write
      req,
    })
    return Response.json({ email: guardian.email, message: 'Đã đặt mật khẩu. Mời anh/chị đăng nhập.' })
  },
}
