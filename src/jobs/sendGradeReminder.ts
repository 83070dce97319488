import type { TaskConfig } from 'payload'

/**
 * E-mails a grade entry reminder to its teacher and records the outcome on the reminder (the in-app
 * copy is the reminder itself). A failed send is recorded and retried by the queue.
 */
export const sendGradeReminder: TaskConfig<{ input: { reminderId: number }; output: { sent: boolean } }> = {
  slug: 'sendGradeReminder',
  label: 'Gửi thư nhắc nhập điểm',
  retries: 2,
  inputSchema: [{ name: 'reminderId', type: 'number', required: true }],
  outputSchema: [{ name: 'sent', type: 'checkbox' }],
  handler: async ({ input, req }) => {
    const { payload } = req
    const reminder = await payload.findByID({
      collection: 'grade-reminders',
      id: input.reminderId,
      depth: 1,
      overrideAccess: true,
    }) // system: the queue runs without a user; it sends what the remind endpoint recorded
    const teacher = reminder.teacher as { email?: string }
    let error: unknown = null
    try {
      if (!teacher?.email) throw new Error('Giáo viên chưa có địa chỉ thư điện tử.')
      await payload.sendEmail({ to: teacher.email, subject: 'Nhắc nhập điểm', text: reminder.message })
    } catch (caught) {
      error = caught
    }
    // Not in the job's transaction (no req): a failed attempt is recorded too.
    await payload.update({
      collection: 'grade-reminders',
      id: reminder.id,
      data: { emailStatus: error ? 'failed' : 'sent' },
      overrideAccess: true,
      depth: 0,
    }) // system: the outcome of the send, on a record users cannot write
    if (error) throw error
    return { output: { sent: true } }
  },
}
