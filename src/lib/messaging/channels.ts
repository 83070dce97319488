import type { Payload } from 'payload'

/** One message to one guardian through one channel. */
export type OutgoingMessage = { to: string; subject: string; text: string }

/**
 * A way to reach parents. E-mail is built in; SMS or Zalo can be added with `registerChannel`
 * (the address each needs comes from `addressOf`, and a missing address is reported, not skipped).
 */
export type MessageChannel = {
  name: string
  label: { vi: string; en: string }
  addressOf: (guardian: { email?: string | null; phone?: string | null }) => string | null
  send: (payload: Payload, message: OutgoingMessage) => Promise<void>
}

export const emailChannel: MessageChannel = {
  name: 'email',
  label: { vi: 'Thư điện tử', en: 'E-mail' },
  addressOf: (guardian) => guardian.email?.trim() || null,
  send: async (payload, message) => {
    await payload.sendEmail({ to: message.to, subject: message.subject, text: message.text })
  },
}

const channels = new Map<string, MessageChannel>([[emailChannel.name, emailChannel]])

export const registerChannel = (channel: MessageChannel) => channels.set(channel.name, channel)
export const channelNamed = (name: string | null | undefined): MessageChannel | undefined => channels.get(name || 'email')
export const channelOptions = () => [...channels.values()].map((c) => ({ value: c.name, label: c.label }))
