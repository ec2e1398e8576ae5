import { MigrationInterface, QueryRunner } from 'typeorm';

/** Written by hand: the audit log refuses UPDATE and DELETE, whoever asks. */
export class AuditAppendOnly1795321539307 implements MigrationInterface {
  name = 'AuditAppendOnly1795321539307';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'audit_log is append-only'; END $$`);
    await q.query(`CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON audit_log
      FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TRIGGER audit_log_append_only ON audit_log');
    await q.query('DROP FUNCTION audit_log_append_only()');
  }
}
