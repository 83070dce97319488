import type { AddressInfo } from 'node:net'

import { SMTPServer, type SMTPServerOptions } from 'smtp-server'

export type ReceivedMail = { to: string[]; raw: string }

/**
 * A local SMTP server keeping every e-mail it receives. `start()` listens on a free port and points
 * the app's mailer at it (SMTP_HOST, SMTP_PORT): call it before Payload boots. `onRcptTo` may
 * refuse a recipient.
 */
export const mailbox = (options: Pick<SMTPServerOptions, 'onRcptTo'> = {}) => {
  const received: ReceivedMail[] = []
  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    ...options,
    onData(stream, session, callback) {
      let raw = ''
      stream.on('data', (chunk) => (raw += chunk.toString()))
      stream.on('end', () => {
        received.push({ to: session.envelope.rcptTo.map((r) => r.address), raw })
        callback()
      })
    },
  })
  return {
    received,
    start: async () => {
      await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve))
      process.env.SMTP_HOST = '127.0.0.1'
      process.env.SMTP_PORT = String((smtp.server.address() as AddressInfo).port)
    },
    stop: () => new Promise<void>((resolve) => smtp.close(() => resolve())),
  }
}

/** The text of an e-mail as received, quoted-printable or base64 decoded. */
export const mailText = (raw: string) => {
  const [headers, ...rest] = raw.split(/\r?\n\r?\n/)
  const body = rest.join('\n\n')
  if (/Content-Transfer-Encoding: base64/i.test(headers!))
    return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8')
  if (/Content-Transfer-Encoding: quoted-printable/i.test(headers!)) {
    const soft = body.replace(/=\r?\n/g, '')
    return Buffer.from(
      soft.replace(/=([0-9A-F]{2})/gi, (_, hex) => String.fromCharCode(parseInt(hex, 16))),
      'latin1',
    ).toString('utf8')
  }
  return body
}
