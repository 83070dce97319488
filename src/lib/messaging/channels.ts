import type { Payload } from 'payload'

/**
 * One message to one guardian through one channel. `code` marks a sign-in code (its text holds it
 * too): template channels such as Zalo ZNS send it with their code template.
 */
export type OutgoingMessage = { to: string; subject: string; text: string; code?: string }

/**
 * A way to reach parents. A channel says
 * - `name`: the value stored in a message's `channel` field (a select: adding a channel adds an
 *   option, so run `npm run migrate:create` for its database enum);
 * - `label`: shown in the admin;
 * - `addressOf`: the guardian's address for this channel, or null (the recipient is then kept as
 *   `no-address` and reported, never skipped);
 * - `send`: delivers one message, throwing on failure: an `Error` is recorded and retried for that
 *   recipient only; a `PermanentDeliveryError` (`httpGateway.ts`: wrong number…) is recorded and
 *   never retried;
 * - `ready` (optional, else always): whether the channel is configured at all, for a caller that
 *   must refuse before writing anything (an invitation by SMS without a gateway).
 * E-mail is built in; SMS and Zalo ZNS are registered in `register.ts`.
 */
export type MessageChannel = {
  name: string
  label: { vi: string; en: string }
  addressOf: (guardian: { email?: string | null; phone?: string | null }) => string | null
  send: (payload: Payload, message: OutgoingMessage) => Promise<void>
  ready?: () => boolean
}

export const DEFAULT_CHANNEL = 'email'

export const emailChannel: MessageChannel = {
  name: 'email',
  label: { vi: 'Thư điện tử', en: 'E-mail' },
  addressOf: (guardian) => guardian.email?.trim() || null,
  send: async (payload, message) => {
    await payload.sendEmail({ to: message.to, subject: message.subject, text: message.text })
  },
}

/** The channel a message asks for among those available: the default when none is named; undefined when unknown. */
export const selectChannel = (
  name: string | null | undefined,
  available: ReadonlyMap<string, MessageChannel>,
): MessageChannel | undefined => available.get(name || DEFAULT_CHANNEL)

const channels = new Map<string, MessageChannel>([[emailChannel.name, emailChannel]])

/** Adds (or replaces) a channel; call it from `register.ts` so it is known before the collections are built. */
export const registerChannel = (channel: MessageChannel) => channels.set(channel.name, channel)
export const channelNamed = (name: string | null | undefined): MessageChannel | undefined =>
  selectChannel(name, channels)
export const channelOptions = () => [...channels.values()].map((c) => ({ value: c.name, label: c.label }))
