/**
 * `npm run make-admin -- <e-mail>`: makes an existing account a platform administrator (the first
 * admin of a new installation). Uses DATABASE_URL; recorded in the audit log.
 */
import { Client } from 'pg';

async function main() {
  const email = process.argv[2]?.trim().toLowerCase();
  const url = process.env.DATABASE_URL;
  if (!email || !url) {
    console.error('Usage: DATABASE_URL=… npm run make-admin -- <e-mail of a registered account>');
    process.exit(2);
  }
  const db = new Client({ connectionString: url });
  await db.connect();
  try {
    await db.query('BEGIN');
    const { rows } = await db.query(`UPDATE users SET is_admin = true WHERE email = $1 AND deleted_at IS NULL RETURNING id`, [email]);
    if (!rows.length) throw new Error(`No account with the e-mail ${email}: register it first.`);
    await db.query(`INSERT INTO audit_log (at, actor_id, action, entity_type, entity_id, after) VALUES (now(), NULL, 'user.make_admin', 'user', $1, '{"isAdmin": true}')`, [rows[0].id]);
    await db.query('COMMIT');
    console.log(`${email} is now an administrator.`);
  } catch (e) {
    await db.query('ROLLBACK');
    throw e;
  } finally {
    await db.end();
  }
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
