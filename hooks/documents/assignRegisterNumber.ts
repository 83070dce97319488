import { type CollectionBeforeChangeHook, ValidationError } from 'payload'

import { outgoingSymbol, registerYear } from '@/domain/documents/numbering'
import { claimRegisterNumber, nextRegisterNumber } from '@/lib/registers/counter'
import { SCHOOL } from '@/school'

/**
 * Gives a new document its place in the register: the year (of the issue date for outgoing, the
 * receipt date for incoming), the next number of that year, and for outgoing the symbol. A number
 * given by hand (an outgoing document registered late) must be free in its year. Runs inside the
 * creating transaction, so the counter's row lock orders concurrent registrations.
 */
export const assignRegisterNumber: CollectionBeforeChangeHook = async ({ data, operation, originalDoc, req }) => {
  if (operation === 'update') {
    const merged = { ...originalDoc, ...data }
    if (merged.direction === 'outgoing' && merged.number) {
      data.symbol = outgoingSymbol(merged.number, merged.documentType, SCHOOL.documentIssuer)
    }
    return data
  }
  const incoming = data.direction === 'incoming'
  const internal = data.direction === 'internal'
  const year = registerYear(incoming ? (data.receivedDate ?? new Date()) : data.date)
  // Internal records (the year's archive) have their own numbering, without a symbol.
  const register = `documents-${incoming ? 'incoming' : internal ? 'internal' : 'outgoing'}`
  if (incoming) data.receivedDate ??= new Date().toISOString()
  const given = typeof data.number === 'number' ? data.number : null
  if (given !== null && !incoming && !internal) {
    // Uniqueness holds across the whole register, whoever may read it; only a count leaves here.
    const { totalDocs } = await req.payload.count({
      collection: 'documents',
      where: {
        and: [{ direction: { equals: 'outgoing' } }, { year: { equals: year } }, { number: { equals: given } }],
      },
      req,
      overrideAccess: true,
    })
    if (totalDocs > 0) {
      throw new ValidationError({
        collection: 'documents',
        errors: [{ path: 'number', message: `Số văn bản đi ${given} năm ${year} đã được dùng.` }],
      })
    }
    await claimRegisterNumber(req, register, year, given)
    data.number = given
  } else {
    data.number = await nextRegisterNumber(req, register, year)
  }
  data.year = year
  if (internal) data.status = null
  else if (!incoming) {
    data.symbol = outgoingSymbol(data.number, data.documentType, SCHOOL.documentIssuer)
    // Processing status belongs to incoming documents only.
    data.status = null
  }
  return data
}
