/** The school's own settings that code needs (names on documents, symbols). */
export const SCHOOL = {
  name: 'Trường THCS Hậu Giang',
  /** The issuing body's abbreviation in outgoing document symbols (`12/QĐ-THCSHG`). */
  documentIssuer: process.env.DOCUMENT_ISSUER || 'THCSHG',
} as const
