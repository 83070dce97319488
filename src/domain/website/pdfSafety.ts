import { inflateSync } from 'node:zlib'

/**
 * PDF features that run something when the file is opened: scripts, automatic actions, launching
 * programs, embedded files. Names may be written with `#xx` escapes (`/J#61vaScript`) and may sit
 * inside compressed object streams, so both are looked through.
 */
const ACTIVE = /\/(OpenAction|JavaScript|JS|AA|Launch|RichMedia|EmbeddedFile|XFA|SubmitForm|ImportData)\b/

const unescapeNames = (text: string) =>
  text.replace(/\/[^\s/<>[\]()%{}]*/g, (name) =>
    name.replace(/#([0-9a-fA-F]{2})/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16))),
  )

const streamsOf = function* (bytes: Buffer) {
  let from = 0
  while (from < bytes.length) {
    const start = bytes.indexOf('stream', from, 'latin1')
    if (start < 0) return
    let body = start + 'stream'.length
    if (bytes[body] === 0x0d) body++
    if (bytes[body] === 0x0a) body++
    const end = bytes.indexOf('endstream', body, 'latin1')
    if (end < 0) return
    yield bytes.subarray(body, end)
    from = end + 'endstream'.length
  }
}

/** True when the PDF holds an active feature, in plain text or in a Flate-compressed stream. */
export const pdfHasActiveContent = (data: Uint8Array): boolean => {
  const bytes = Buffer.from(data.buffer, data.byteOffset, data.byteLength)
  if (ACTIVE.test(unescapeNames(bytes.toString('latin1')))) return true
  for (const stream of streamsOf(bytes)) {
    try {
      const inflated = inflateSync(stream, { maxOutputLength: 20 * 1024 * 1024 })
      if (ACTIVE.test(unescapeNames(inflated.toString('latin1')))) return true
    } catch {
      // not a Flate stream (an image, a font): nothing to read
    }
  }
  return false
}
