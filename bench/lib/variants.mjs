// BENCH_STATEMENTS=1: what each part of the API's statement sequence costs PostgreSQL, by
// replaying variants of it from a bare pool (same rows, same indexes). The API is not changed;
// these say what changing it would buy (docs/performance.md, "What limits it").
import { API_SEQUENCE as Q, insertParams } from './sql.mjs';

const NARROW_USER = 'SELECT id, email, display_name, locale, is_admin, email_verified_at FROM users WHERE id = $1 AND deleted_at IS NULL';
const NARROW_CONSULTATION = 'SELECT id, municipality_id, published_at, opens_at, closes_at, report_published_at, outcome_recorded_at FROM consultations WHERE id = $1';

export function statementVariants({ pool, consultationId, municipalityId, userId, run }) {
  const body = 'var: Предлагам зоната за платено паркиране да не обхваща улиците около училищата.';
  let n = 0;
  const authorKey = `user:${userId}`;
  async function tx(steps) {
    const c = await pool.connect();
    try {
      await c.query(Q.begin);
      for (const step of steps) await step(c);
      await c.query(Q.commit);
    } catch (e) {
      await c.query('ROLLBACK').catch(() => undefined);
      throw e;
    } finally {
      c.release();
    }
  }
  // named statements: parsed and planned once per connection instead of on every call
  const named = (name, text, values, on) => (on ? { name, text, values } : { text, values });
  function lean({ reread = false, fullConsultation = false, prepared = false } = {}) {
    return async () => {
      const key = `${run}-var-${n++}`;
      const now = new Date();
      let id;
      await pool.query(named('v_user', NARROW_USER, [userId], prepared));
      await tx([
        (c) => c.query(named('v_claim', Q.idemClaim, [userId, key, 'f'.repeat(64), now], prepared)),
        (c) => c.query(named('v_cons', fullConsultation ? Q.consultation : NARROW_CONSULTATION, [consultationId], prepared)),
        (c) => c.query(named('v_part', Q.participant, [consultationId, authorKey], prepared)),
        async (c) => {
          id = (await c.query(named('v_ins', Q.insert, insertParams(consultationId, userId, body, now), prepared))).rows[0].id;
        },
        ...(reread ? [(c) => c.query(named('v_row', Q.row, [id, userId], prepared))] : []),
        (c) => c.query(named('v_answer', Q.idemAnswer, [userId, key, 201, JSON.stringify({ id, body })], prepared)),
      ]);
    };
  }
  return {
    '  the 11, one commit (idempotency inside the tx, no DELETE)': async () => {
      const key = `${run}-var-${n++}`;
      const now = new Date();
      let id;
      await pool.query(Q.user, [userId]);
      await tx([
        (c) => c.query(Q.idemClaim, [userId, key, 'f'.repeat(64), now]),
        (c) => c.query(Q.consultation, [consultationId]),
        (c) => c.query(Q.staffRole, [municipalityId, userId]),
        (c) => c.query(Q.participant, [consultationId, authorKey]),
        async (c) => {
          id = (await c.query(Q.insert, insertParams(consultationId, userId, body, now))).rows[0].id;
        },
        (c) => c.query(Q.row, [id, userId]),
        (c) => c.query(Q.idemAnswer, [userId, key, 201, JSON.stringify({ id, body })]),
      ]);
    },
    '  lean: 8 statements, 1 commit (see docs)': lean(),
    '  lean + re-reading the row (4-table join)': lean({ reread: true }),
    '  lean + the whole consultation row': lean({ fullConsultation: true }),
    '  lean, as named (prepared) statements': lean({ prepared: true }),
  };
}
