// BENCH_STATEMENTS=1: what parts of the API's statement sequence cost PostgreSQL, by replaying
// variants of it from a bare pool (same rows, same indexes): what naming the statements would
// buy, and what the re-read and the whole consultation row cost before they were dropped. They
// replay the sequence of 2026-11-26 (the third run), before the fourth run's changes.
import { API_SEQUENCE_2026_11 as Q, insertParams, rowStatement } from './sql.mjs';

const FULL_CONSULTATION = 'SELECT * FROM consultations WHERE id = $1';
const ROW = rowStatement(true);

export function statementVariants({ pool, consultationId, userId, run }) {
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
  function sequence({ reread = false, fullConsultation = false, prepared = false } = {}) {
    return async () => {
      const key = `${run}-var-${n++}`;
      const now = new Date();
      let id;
      await pool.query(named('v_user', Q.user, [userId], prepared));
      await tx([
        (c) => c.query(named('v_claim', Q.idemClaim, [userId, key, 'f'.repeat(64), now, new Date(now.getTime() - 86_400_000)], prepared)),
        (c) => c.query(named('v_cons', fullConsultation ? FULL_CONSULTATION : Q.consultation, [consultationId], prepared)),
        (c) => c.query(named('v_part', Q.participant, [consultationId, authorKey], prepared)),
        async (c) => {
          id = (await c.query(named('v_ins', Q.insert, insertParams(consultationId, userId, body, now), prepared))).rows[0].id;
        },
        ...(reread ? [(c) => c.query(named('v_row', ROW, [id, userId], prepared))] : []),
        (c) => c.query(named('v_answer', Q.idemAnswer, [userId, key, 201, JSON.stringify({ id, body })], prepared)),
      ]);
    };
  }
  return {
    '  the sequence of 2026-11-26 (third run)': sequence(),
    '  the same, as named (prepared) statements': sequence({ prepared: true }),
    '  the same + re-reading the new row (as before 2026-11-26)': sequence({ reread: true }),
    '  the same + the whole consultation row (as before)': sequence({ fullConsultation: true }),
  };
}
