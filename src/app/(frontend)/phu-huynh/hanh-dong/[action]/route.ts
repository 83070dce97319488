import config from '@payload-config'
import { REST_POST } from '@payloadcms/next/routes'
import { type NextRequest, NextResponse } from 'next/server'

import { passwordProblem } from '@/domain/accounts/password'
import { hashInviteToken, inviteState } from '@/domain/portal/invite'
import { messageBodyProblem } from '@/domain/portal/messages'
import { detectFileKind, MAX_UPLOAD_BYTES } from '@/domain/website/fileKind'
import { confirmedChildIds } from '@/portal/children'
import { setGuardianConsent } from '@/portal/consent'
import { recordReceipt } from '@/portal/messages'

import { payloadClient } from '../../../_lib/data'
import { CODE_PHONE_COOKIE } from '../../_portal'

/**
 * The portal's forms post here (works without JavaScript): sign in and out through Payload's own
 * `guardians` login and logout (same cookie, lock-out and sessions), accept an invitation, ask for
 * and use a password reset (Payload's `guardians` forgot-password and reset-password), set or
 * change the signed-in guardian's password, write
 * to the homeroom teacher, confirm a message was read, give or withdraw consent. Each answers with
 * a redirect to a page showing a notice by code; every check of the API applies (the writes go
 * through the Local API as the guardian, or the same gated functions as the REST endpoints).
 */
const restPost = REST_POST(config)

/**
 * A 303 to a page of the portal, as a path: the server's own idea of its host (`request.url` says
 * `localhost` behind `--hostname 127.0.0.1` or a proxy) must not send the browser elsewhere.
 */
const back = (_request: NextRequest, path: string, params: Record<string, string> = {}) => {
  const query = new URLSearchParams(params).toString()
  return new NextResponse(null, { status: 303, headers: { Location: query ? `${path}?${query}` : path } })
}

/**
 * Calls Payload's REST route in-process and carries its cookies over to the redirect. The client's
 * address headers go along, so that the per-address limits count the client, not this server; so do
 * its `Origin` and `Sec-Fetch-Site`, without which Payload ignores the session cookie (its CSRF
 * rule), so that sign-out finds the guardian.
 */
const viaRest = async (request: NextRequest, slug: string[], body: unknown) => {
  const headers = new Headers({ 'content-type': 'application/json', cookie: request.headers.get('cookie') ?? '' })
  for (const name of ['x-forwarded-for', 'x-real-ip', 'user-agent', 'origin', 'sec-fetch-site']) {
    const value = request.headers.get(name)
    if (value) headers.set(name, value)
  }
  const inner = new Request(new URL(`/api/${slug.join('/')}`, request.url), {
    method: 'POST',
    headers,
    body: JSON.stringify(body),
  })
  return restPost(inner, { params: Promise.resolve({ slug }) })
}

const withCookies = (from: Response, to: NextResponse) => {
  for (const cookie of from.headers.getSetCookie()) to.headers.append('set-cookie', cookie)
  return to
}

const field = (form: FormData, name: string) => {
  const value = form.get(name)
  return typeof value === 'string' ? value : ''
}

export async function POST(request: NextRequest, { params }: { params: Promise<{ action: string }> }) {
  const { action } = await params
  const form = await request.formData().catch(() => new FormData())
  const payload = await payloadClient()

  if (action === 'dang-nhap') {
    const response = await viaRest(request, ['guardians', 'login'], {
      email: field(form, 'email'),
      password: field(form, 'password'),
    })
    if (response.ok) return withCookies(response, back(request, '/phu-huynh'))
    const text = await response.text()
    const code =
      response.status === 429
        ? 'qua-nhieu-lan'
        : response.status === 423 || /lock|khoá|khóa/i.test(text)
          ? 'tam-khoa'
          : response.status === 403
            ? 'bi-khoa'
            : 'sai-mat-khau'
    return back(request, '/phu-huynh', { loi: code })
  }

  if (action === 'gui-ma') {
    const phone = field(form, 'phone').trim()
    const response = await viaRest(request, ['guardians', 'request-code'], { phone })
    if (!response.ok)
      return back(request, '/phu-huynh', { cach: 'ma', loi: response.status === 429 ? 'gioi-han-ma' : 'sdt-sai' })
    const next = back(request, '/phu-huynh', { cach: 'ma', tb: 'da-gui-ma' })
    next.cookies.set(CODE_PHONE_COOKIE, phone, {
      httpOnly: true,
      sameSite: 'lax',
      path: '/phu-huynh',
      maxAge: 10 * 60,
      secure: request.nextUrl.protocol === 'https:',
    })
    return next
  }

  if (action === 'dang-nhap-ma') {
    const response = await viaRest(request, ['guardians', 'login-code'], {
      phone: field(form, 'phone'),
      code: field(form, 'code'),
    })
    if (!response.ok)
      return back(request, '/phu-huynh', { cach: 'ma', loi: response.status === 429 ? 'gioi-han-ma' : 'ma-sai' })
    // The phone's cookie goes first: NextResponse's cookie API rewrites every Set-Cookie header it did not make.
    const next = back(request, '/phu-huynh')
    next.cookies.delete({ name: CODE_PHONE_COOKIE, path: '/phu-huynh' })
    return withCookies(response, next)
  }

  if (action === 'dang-xuat') {
    const response = await viaRest(request, ['guardians', 'logout'], {})
    return withCookies(response, back(request, '/phu-huynh'))
  }

  if (action === 'nhan-loi-moi') {
    const token = field(form, 'token')
    const password = field(form, 'password')
    const retry = (loi: string) => back(request, '/phu-huynh/nhan-loi-moi', { token, loi })
    if (password !== field(form, 'confirm')) return retry('mat-khau-khop')
    if (passwordProblem(password)) return retry('mat-khau-yeu')
    const response = await viaRest(request, ['guardians', 'accept-invite'], { token, password })
    if (response.ok) return back(request, '/phu-huynh', { tb: 'da-dat-mat-khau' })
    // Which problem, without echoing the server's text: the stored invitation says it.
    const found = await payload.find({
      collection: 'guardians',
      where: { inviteTokenHash: { equals: hashInviteToken(token) } },
      limit: 1,
      depth: 0,
      select: { inviteExpiresAt: true },
      overrideAccess: true, // only the invitation's state, to pick the message
    })
    const state = found.docs[0] ? inviteState(found.docs[0].inviteExpiresAt, new Date()) : 'unknown'
    return back(request, '/phu-huynh/nhan-loi-moi', {
      loi: state === 'expired' ? 'loi-moi-het-han' : 'loi-moi-khong-hop-le',
    })
  }

  if (action === 'quen-mat-khau') {
    // The same notice whether the account exists; only a limit is said (429).
    const response = await viaRest(request, ['guardians', 'forgot-password'], { email: field(form, 'email') })
    const notice: Record<string, string> = response.status === 429 ? { loi: 'qua-nhieu-lan' } : { tb: 'da-gui-dat-lai' }
    return back(request, '/phu-huynh/dat-lai-mat-khau', notice)
  }

  if (action === 'dat-lai-mat-khau') {
    const token = field(form, 'token')
    const password = field(form, 'password')
    const retry = (loi: string) => back(request, '/phu-huynh/dat-lai-mat-khau', { token, loi })
    if (password !== field(form, 'confirm')) return retry('mat-khau-khop')
    if (passwordProblem(password)) return retry('mat-khau-yeu')
    // Payload's own reset: one use, one hour; it signs the guardian in (cookie carried over).
    const response = await viaRest(request, ['guardians', 'reset-password'], { token, password })
    if (response.ok) return withCookies(response, back(request, '/phu-huynh', { tb: 'da-dat-mat-khau' }))
    return back(request, '/phu-huynh/dat-lai-mat-khau', { loi: 'dat-lai-khong-hop-le' })
  }

  const { user } = await payload.auth({ headers: request.headers })
  if (user?.collection !== 'guardians') return back(request, '/phu-huynh')

  if (action === 'kenh') {
    try {
      await payload.update({
        collection: 'guardians',
        id: user.id,
        data: { preferredChannel: field(form, 'channel') as 'email' },
        user,
        overrideAccess: false,
      })
    } catch (err) {
      payload.logger.error({ err, guardian: user.id }, "Saving a guardian's preferred channel failed")
      return back(request, '/phu-huynh', { loi: 'loi' })
    }
    return back(request, '/phu-huynh', { tb: 'da-luu-kenh' })
  }
  if (action === 'mat-khau') {
    const password = field(form, 'password')
    const retry = (loi: string) => back(request, '/phu-huynh/mat-khau', { loi })
    if (password !== field(form, 'confirm')) return retry('mat-khau-khop')
    if (passwordProblem(password)) return retry('mat-khau-yeu')
    try {
      // As the guardian: the current password is asked once one is set (hooks/guardians/password.ts).
      await payload.update({
        collection: 'guardians',
        id: user.id,
        data: { password, currentPassword: field(form, 'currentPassword') },
        user,
        overrideAccess: false,
      })
    } catch (error) {
      const status = (error as { status?: number }).status
      return retry(status === 403 ? 'mat-khau-hien-tai' : status === 429 ? 'qua-nhieu-lan' : 'loi')
    }
    return back(request, '/phu-huynh', { tb: 'da-luu-mat-khau' })
  }

  const studentId = Number(field(form, 'student'))
  const children = await confirmedChildIds({ payload }, user.id)
  if (!children.includes(studentId)) return back(request, '/phu-huynh', { loi: 'khong-tim-thay' })
  const childPage = `/phu-huynh/con/${studentId}`

  if (action === 'gui-tin') {
    const body = field(form, 'body')
    const bodyProblem = messageBodyProblem(body)
    if (bodyProblem) return back(request, childPage, { loi: body.trim() === '' ? 'trong' : 'qua-dai' })
    const file = form.get('file')
    const attachments: number[] = []
    if (file instanceof File && file.size > 0) {
      const data = Buffer.from(await file.arrayBuffer())
      if (file.size > MAX_UPLOAD_BYTES || !detectFileKind(data)) return back(request, childPage, { loi: 'tep' })
      try {
        const upload = await payload.create({
          collection: 'message-attachments',
          data: {},
          file: { data, mimetype: file.type, name: file.name, size: file.size },
          user,
          overrideAccess: false,
        })
        attachments.push(upload.id)
      } catch (err) {
        // Mostly the upload's own checks (type, size, content), which the page names; logged for the rest.
        payload.logger.warn({ err, guardian: user.id }, "A guardian's attachment was not stored")
        return back(request, childPage, { loi: 'tep' })
      }
    }
    try {
      await payload.create({
        collection: 'guardian-messages',
        data: { student: studentId, guardian: user.id, body, attachments, direction: 'from-guardian' },
        user,
        overrideAccess: false,
      })
    } catch (error) {
      const status = (error as { status?: number }).status
      return back(request, childPage, { loi: status === 429 ? 'gioi-han' : status === 404 ? 'khong-tim-thay' : 'loi' })
    }
    return back(request, childPage, { tb: 'da-gui' })
  }

  if (action === 'da-doc') {
    const ok = await recordReceipt(payload, user.id, children, Number(field(form, 'message')))
    return back(request, childPage, ok ? { tb: 'da-doc' } : { loi: 'khong-tim-thay' })
  }

  if (action === 'dong-y') {
    const consent = field(form, 'consent') === 'true'
    // Same gated function as POST /api/guardians/consent; the audit names the guardian.
    const req = { payload, user, context: {} } as never
    await setGuardianConsent(req, user.id, studentId, consent)
    return back(request, childPage, { tb: consent ? 'dong-y' : 'rut-dong-y' })
  }

  return back(request, '/phu-huynh')
}
