import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * "Participant N" without the consultation's row lock: the last number given out moves from
 * `consultations.participant_seq` to a counter table, and `take_participant_no` numbers an
 * author's first contribution. The server calls it in an autocommit statement of its own, so the
 * counter's row is locked for that statement only (docs/performance.md, fourth run).
 */
export class ParticipantCounters1796534493574 implements MigrationInterface {
  name = 'ParticipantCounters1796534493574';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "consultation_participant_counters" ("consultation_id" uuid NOT NULL, "last_no" integer NOT NULL DEFAULT '0', CONSTRAINT "PK_c30c8e34ac2cb7d1d6c65743b07" PRIMARY KEY ("consultation_id"))`);
    await q.query(
      `INSERT INTO consultation_participant_counters (consultation_id, last_no)
       SELECT c.id, greatest(c.participant_seq, coalesce((SELECT max(p.participant_no) FROM consultation_participants p WHERE p.consultation_id = c.id), 0))
         FROM consultations c WHERE c.participant_seq > 0 OR EXISTS (SELECT 1 FROM consultation_participants p WHERE p.consultation_id = c.id)`,
    );
    await q.query(`ALTER TABLE "consultations" DROP COLUMN "participant_seq"`);
    await q.query(`ALTER TABLE "consultation_participant_counters" ADD CONSTRAINT "FK_c30c8e34ac2cb7d1d6c65743b07" FOREIGN KEY ("consultation_id") REFERENCES "consultations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    // Each statement of a PL/pgSQL function sees what was committed before it began (READ
    // COMMITTED), so the second look finds the number a simultaneous first contribution of the
    // same author took while this call waited for the counter's lock: one number per author, and
    // no gaps.
    await q.query(`CREATE FUNCTION take_participant_no(c uuid, k text) RETURNS integer LANGUAGE plpgsql AS $$
DECLARE n integer;
BEGIN
  SELECT participant_no INTO n FROM consultation_participants WHERE consultation_id = c AND author_key = k;
  IF FOUND THEN RETURN n; END IF;
  PERFORM 1 FROM consultation_participant_counters WHERE consultation_id = c FOR UPDATE;
  IF NOT FOUND THEN
    INSERT INTO consultation_participant_counters (consultation_id, last_no) VALUES (c, 0) ON CONFLICT DO NOTHING;
    PERFORM 1 FROM consultation_participant_counters WHERE consultation_id = c FOR UPDATE;
  END IF;
  SELECT participant_no INTO n FROM consultation_participants WHERE consultation_id = c AND author_key = k;
  IF FOUND THEN RETURN n; END IF;
  UPDATE consultation_participant_counters SET last_no = last_no + 1 WHERE consultation_id = c RETURNING last_no INTO n;
  INSERT INTO consultation_participants (consultation_id, author_key, participant_no) VALUES (c, k, n);
  RETURN n;
END $$`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION take_participant_no(uuid, text)`);
    await q.query(`ALTER TABLE "consultation_participant_counters" DROP CONSTRAINT "FK_c30c8e34ac2cb7d1d6c65743b07"`);
    await q.query(`ALTER TABLE "consultations" ADD "participant_seq" integer NOT NULL DEFAULT '0'`);
    await q.query(`UPDATE consultations c SET participant_seq = k.last_no FROM consultation_participant_counters k WHERE k.consultation_id = c.id`);
    await q.query(`DROP TABLE "consultation_participant_counters"`);
  }
}
