import type { Field } from 'payload'

/** Fields side by side in the admin form (a layout only: no column, no nesting in the data). */
export const row = (...fields: Field[]): Field => ({ type: 'row', fields })
