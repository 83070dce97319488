/**
 * SQL for a migration that makes the log table append-only in PostgreSQL: UPDATE, DELETE and
 * TRUNCATE are refused. One UPDATE is let through: setting the user column to NULL and nothing
 * else, which is what the foreign key's ON DELETE SET NULL does when an account is deleted.
 */
export const auditLogTriggerSql = (table = 'audit_log', userColumn = 'user_id') => ({
  up: `
CREATE OR REPLACE FUNCTION "${table}_append_only"() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND NEW."${userColumn}" IS NULL AND OLD."${userColumn}" IS NOT NULL
     AND (to_jsonb(NEW) - '${userColumn}') = (to_jsonb(OLD) - '${userColumn}') THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION '% on ${table} is not allowed: the audit log is append-only', TG_OP;
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER "${table}_no_update_delete" BEFORE UPDATE OR DELETE ON "${table}"
  FOR EACH ROW EXECUTE FUNCTION "${table}_append_only"();
CREATE TRIGGER "${table}_no_truncate" BEFORE TRUNCATE ON "${table}"
  FOR EACH STATEMENT EXECUTE FUNCTION "${table}_append_only"();
`,
  down: `
DROP TRIGGER IF EXISTS "${table}_no_truncate" ON "${table}";
DROP TRIGGER IF EXISTS "${table}_no_update_delete" ON "${table}";
DROP FUNCTION IF EXISTS "${table}_append_only"();
`,
})
