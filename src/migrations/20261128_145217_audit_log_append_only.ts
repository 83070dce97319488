import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

import { auditLogTriggerSql } from '../plugins/audit-trail/sql'

/**
 * Hand-written: the audit log is append-only in the database too. A trigger refuses UPDATE,
 * DELETE and TRUNCATE on `audit_log` (except the foreign key's ON DELETE SET NULL of the user).
 */
const trigger = auditLogTriggerSql('audit_log', 'user_id')

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql.raw(trigger.up))
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql.raw(trigger.down))
}
