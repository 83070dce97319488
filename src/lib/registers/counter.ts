import { sql } from '@payloadcms/db-postgres/drizzle'
import type { PayloadRequest } from 'payload'

import { sqlOf } from '@/lib/sql'

/**
 * The next number of a register (`documents-outgoing`, 2026) inside the request's transaction.
 * The upsert takes the counter row's lock until the transaction ends, so concurrent registrations
 * queue up one after another; a registration that fails rolls its increment back with it, so the
 * numbers stay unique and gap-free. `atLeast` moves the counter past a number given by hand.
 */
export const nextRegisterNumber = async (
  req: PayloadRequest,
  register: string,
  year: number,
  atLeast = 0,
): Promise<number> => {
  const db = await sqlOf(req)
  const result = await db.execute(sql`
    insert into register_counters (register, year, value, updated_at, created_at)
    values (${register}, ${year}, greatest(1, ${atLeast}), now(), now())
    on conflict (register, year)
    do update set value = greatest(register_counters.value + 1, ${atLeast}), updated_at = now()
    returning value`)
  return Number(result.rows[0]!.value)
}

/**
 * Records a number given by hand (a document registered late, from paper): the counter moves up
 * to it, so the system never hands it out again. Same lock as `nextRegisterNumber`.
 */
export const claimRegisterNumber = async (req: PayloadRequest, register: string, year: number, number: number) => {
  const db = await sqlOf(req)
  await db.execute(sql`
    insert into register_counters (register, year, value, updated_at, created_at)
    values (${register}, ${year}, ${number}, now(), now())
    on conflict (register, year)
    do update set value = greatest(register_counters.value, ${number}), updated_at = now()`)
}
