/** Limits of guardians' messages to the school (pure, unit-tested). */
export const MESSAGE_MAX_CHARS = 2000
export const MESSAGES_PER_HOUR = 10
export const MESSAGES_PER_DAY = 30

/** The Vietnamese problem with a message body, or null. */
export const messageBodyProblem = (body: unknown): string | null => {
  if (typeof body !== 'string' || body.trim() === '') return 'Tin nhắn không được để trống.'
  const length = [...body].length
  if (length > MESSAGE_MAX_CHARS)
    return `Tin nhắn dài ${length} ký tự, vượt quá giới hạn ${MESSAGE_MAX_CHARS} ký tự. Vui lòng rút gọn.`
  return null
}

/** Whether one more message fits the limits, given the counts already sent in the last hour and day. */
export const rateLimitProblem = (lastHour: number, lastDay: number): string | null => {
  if (lastHour >= MESSAGES_PER_HOUR)
    return `Anh/chị đã gửi ${MESSAGES_PER_HOUR} tin nhắn trong một giờ qua. Vui lòng thử lại sau.`
  if (lastDay >= MESSAGES_PER_DAY)
    return `Anh/chị đã gửi ${MESSAGES_PER_DAY} tin nhắn trong 24 giờ qua. Vui lòng thử lại vào ngày mai.`
  return null
}
