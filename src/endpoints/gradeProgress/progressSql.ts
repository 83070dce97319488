import { sql } from '@payloadcms/db-postgres'

import { SEAT_HOLDING_STATUSES } from '@/domain/structure/enrolment'

type SQL = ReturnType<typeof sql>

/**
 * Enrolment `e` is a student's latest record and holds a seat. Compared as the enum itself, not as
 * text, so that the planner estimates the rows from the column's statistics and joins by hash.
 */
export const seated = (e: SQL): SQL =>
  sql`${e}.is_latest AND ${e}.status = ANY(${`{${SEAT_HOLDING_STATUSES.join(',')}}`}::enum_enrolments_status[])`

/** The grade id of audit entry `a` of the grades (its document id, stored as text), to join by primary key. */
export const gradeOfEntry = (a: SQL): SQL =>
  sql`(CASE WHEN ${a}.document_id ~ '^[0-9]{1,9}$' THEN ${a}.document_id::int END)`
