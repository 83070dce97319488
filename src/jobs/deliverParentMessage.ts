import type { TaskConfig } from 'payload'

import { deliveryStatus, type Recipient } from '@/domain/messages/delivery'
import { channelNamed, isPermanentFailure } from '@/lib/messaging'

/**
 * Sends a queued parent message to each recipient not yet reached, records each outcome, and fails
 * (so the queue retries it) while some recipient failed for a passing reason. Recipients already
 * sent, and those the channel refused for good (`wrong-number`), are never sent again. The outcomes are written outside the job's transaction so that a failed attempt is
 * recorded too.
 */
export const deliverParentMessage: TaskConfig<{
  input: { messageId: number }
  output: { sent: number; failed: number }
}> = {
  slug: 'deliverParentMessage',
  label: 'Gửi tin nhắn cho phụ huynh',
  retries: 3,
  inputSchema: [{ name: 'messageId', type: 'number', required: true }],
  outputSchema: [
    { name: 'sent', type: 'number' },
    { name: 'failed', type: 'number' },
  ],
  handler: async ({ input, req }) => {
    const { payload } = req
    // system action: the queue runs without a user; it delivers what an authorised writer queued.
    const message = await payload.findByID({
      collection: 'parent-messages',
      id: input.messageId,
      depth: 0,
      overrideAccess: true,
    })
    const channel = channelNamed(message.channel)
    if (!channel) throw new Error(`Unknown channel ${message.channel}`)
    const recipients = (message.recipients ?? []) as Recipient[]
    for (const recipient of recipients) {
      if (recipient.status !== 'pending' && recipient.status !== 'failed') continue
      recipient.attempts = (recipient.attempts ?? 0) + 1
      try {
        await channel.send(payload, { to: recipient.address!, subject: message.title, text: message.body })
        recipient.status = 'sent'
        recipient.sentAt = new Date().toISOString()
        recipient.lastError = null
      } catch (error) {
        recipient.status = isPermanentFailure(error) ? 'wrong-number' : 'failed'
        recipient.lastError = error instanceof Error ? error.message.slice(0, 500) : String(error)
      }
    }
    const status = deliveryStatus(recipients)
    await payload.update({
      collection: 'parent-messages',
      id: message.id,
      data: { recipients, status, ...(status === 'sent' ? { sentAt: new Date().toISOString() } : {}) } as never,
      overrideAccess: true,
      context: { systemWrite: true },
      depth: 0,
    })
    const failed = recipients.filter((r) => r.status === 'failed').length
    if (failed > 0) throw new Error(`${failed} người nhận chưa gửi được; sẽ thử lại.`)
    return { output: { sent: recipients.filter((r) => r.status === 'sent').length, failed } }
  },
}
