import { describe, expect, it } from 'vitest'

import { integerColumns } from '@/lib/db/integerColumns'

/** The raw tables Payload's Postgres adapter builds before its schema hooks run (here: one table). */
const rawTables = () => ({
  grades: {
    name: 'grades',
    columns: {
      regularFilled: { name: 'regular_filled', type: 'numeric' },
      average: { name: 'average', type: 'varchar' },
    },
  },
})
const run = (columns: Record<string, string[]>, tables = rawTables()) => {
  const schema = { enums: {}, relations: {}, tables: {} }
  const result = integerColumns(columns)({ adapter: { rawTables: tables }, schema, extendTable: () => {} } as never)
  return { tables, result, schema }
}

describe('integer columns of number fields', () => {
  it('makes the named numeric columns integer and leaves the rest and the schema as they were', () => {
    const { tables, result, schema } = run({ grades: ['regular_filled'] })
    expect(tables.grades.columns.regularFilled.type).toBe('integer')
    expect(tables.grades.columns.average.type).toBe('varchar')
    expect(result).toBe(schema)
  })

  it('refuses a column that is not there or not numeric, so that a renamed field is noticed', () => {
    expect(() => run({ grades: ['regular_filed'] })).toThrow(/grades\.regular_filed/)
    expect(() => run({ grades: ['average'] })).toThrow(/grades\.average/)
    expect(() => run({ gradez: ['regular_filled'] })).toThrow(/gradez\.regular_filled/)
  })
})
