/** A column of an exchange file: its header and how a row's value is written. */
export type Column<T> = { header: string; value: (row: T, index: number) => string | number | null }

export const headersOf = <T>(layout: Column<T>[]) => layout.map((c) => c.header)
export const cellsOf = <T>(layout: Column<T>[], rows: T[]) => rows.map((row, i) => layout.map((c) => c.value(row, i)))

/** "2013-09-05…" → "05/09/2013", as the Ministry's templates write dates. */
export const ddmmyyyy = (iso: string | null | undefined) =>
  iso ? `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}` : null

/** "7.5" → "7,5": decimals with a comma, as Vietnamese templates expect. */
export const vnDecimal = (value: string | null | undefined) => (value ? value.replace('.', ',') : null)
