import nodemailer, { type Transporter } from 'nodemailer'
import type { EmailAdapter } from 'payload'

/**
 * A Payload e-mail adapter over nodemailer, configured from the environment (SMTP_HOST, SMTP_PORT,
 * SMTP_SECURE, SMTP_USER, SMTP_PASS, EMAIL_FROM, EMAIL_FROM_NAME). The settings are read when a
 * message is sent, so a changed environment (a test's own SMTP server) takes effect without a
 * restart. (@payloadcms/email-nodemailer has no release for this Payload version.)
 */
export const smtpSettings = () => ({
  host: process.env.SMTP_HOST || '',
  port: Number(process.env.SMTP_PORT || 587),
  secure: process.env.SMTP_SECURE === 'true',
  user: process.env.SMTP_USER || '',
  pass: process.env.SMTP_PASS || '',
})

export const smtpConfigured = () => Boolean(process.env.SMTP_HOST)

let cached: { key: string; transport: Transporter } | null = null
const transportFor = () => {
  const settings = smtpSettings()
  const key = JSON.stringify(settings)
  if (!cached || cached.key !== key) {
    cached = {
      key,
      transport: nodemailer.createTransport({
        host: settings.host,
        port: settings.port,
        secure: settings.secure,
        auth: settings.user ? { user: settings.user, pass: settings.pass } : undefined,
        // A local relay often has a self-signed certificate; STARTTLS is used when offered.
        tls: { rejectUnauthorized: process.env.SMTP_TLS_REJECT_UNAUTHORIZED !== 'false' },
        connectionTimeout: 10_000,
      }),
    }
  }
  return cached.transport
}

export const smtpAdapter =
  (options: { fromAddress?: string; fromName?: string } = {}): EmailAdapter =>
  () => {
    const defaultFromAddress = options.fromAddress || process.env.EMAIL_FROM || 'no-reply@localhost'
    const defaultFromName = options.fromName || process.env.EMAIL_FROM_NAME || 'Payload'
    return {
      name: 'smtp-nodemailer',
      defaultFromAddress,
      defaultFromName,
      sendEmail: async (message) => {
        if (!smtpConfigured()) throw new Error('SMTP_HOST is not set: e-mail cannot be sent')
        return transportFor().sendMail({ from: `"${defaultFromName}" <${defaultFromAddress}>`, ...message })
      },
    }
  }
