// The SQL the server sends, so the raw baselines run the very same statements from a bare `pg`
// pool: taken from the built server (`npm run build` first), except TypeORM's generated INSERT
// and the statements of earlier runs, which are copied.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const built = (file) => require(`../../server/dist/server/src/${file}`);
const { ACCOUNT_STATEMENT } = built('auth/jwt.strategy.js');
const { listStatement, rowStatement, SUBMIT_STATEMENT, submissionItems } = built('contributions/contributions.repository.js');
export { rowStatement, submissionItems };
const { reportBatchStatement } = built('reports/reports.repository.js');

/** One comment, as the API stores it: the columns TypeORM's INSERT sets. */
export const INSERT_CONTRIBUTION = `INSERT INTO "contributions"("id", "consultation_id", "section_id", "parent_id", "kind", "body", "author_id", "author_name", "author_email", "organization_id", "organization_name", "publish_name", "participant_no", "channel", "received_at", "registered_by", "support_count", "flag_count", "hidden_at", "hidden_reason", "hidden_by", "created_at") VALUES (DEFAULT, $1, $2, $3, $4, $5, $6, $7, DEFAULT, $8, $9, $10, $11, $12, $13, DEFAULT, DEFAULT, DEFAULT, DEFAULT, DEFAULT, DEFAULT, DEFAULT) RETURNING "id", "publish_name", "channel", "support_count", "flag_count", "created_at"`;

/**
 * A raw baseline's statement, named as the server names its own (DB_NAMED_STATEMENTS): planned
 * once per connection, so the baseline gets what the API gets.
 */
export const namedRaw = (name, text, values) => ({ name, text, values });

export const insertParams = (consultationId, authorId, body, receivedAt) => [consultationId, null, null, 'comment', body, authorId, 'Иван Петров', null, null, false, 1, 'online', receivedAt];

/**
 * The statements of one `POST …/contributions` with an Idempotency-Key, in the server's order,
 * both named: the account, its session and its standing (auth/jwt.strategy.ts, which a busy
 * server sends once for the accounts of many requests); then the one
 * statement that replays an answered key, or counts the account, numbers, inserts and stores the
 * answer (contributions.repository.ts, migration SubmitInBatches), which a busy server sends once
 * for a whole batch of submissions. The consultation's status facts come from the server's cache.
 */
export const API_SEQUENCE = { user: ACCOUNT_STATEMENT, submit: SUBMIT_STATEMENT };

/** A page of the public list, newest first (an anonymous viewer, no filter), as the repository builds it. */
export function listPage(afterCursor) {
  return listStatement({ consultationId: '', sort: 'newest', withHidden: true }, 0, afterCursor ? ['', ''] : undefined).text;
}

/** One batch of the справка (server/src/reports/reports.repository.ts). */
export const reportBatch = (after) => reportBatchStatement(after);

/**
 * The sequence of 2026-11-26 (third run), which the statement variants replay: the account
 * through TypeORM, the consultation's status columns, the participant number and TypeORM's insert
 * as separate statements.
 */
export const API_SEQUENCE_2026_11 = {
  ...API_SEQUENCE,
  user: `SELECT "User"."id" AS "User_id", "User"."email" AS "User_email", "User"."display_name" AS "User_display_name", "User"."locale" AS "User_locale", "User"."email_verified_at" AS "User_email_verified_at", "User"."is_admin" AS "User_is_admin" FROM "users" "User" WHERE (("User"."id" = $1) AND ("User"."deleted_at" IS NULL)) LIMIT 1`,
  consultation: `SELECT "Consultation"."id" AS "Consultation_id", "Consultation"."municipality_id" AS "Consultation_municipality_id", "Consultation"."published_at" AS "Consultation_published_at", "Consultation"."opens_at" AS "Consultation_opens_at", "Consultation"."closes_at" AS "Consultation_closes_at", "Consultation"."report_published_at" AS "Consultation_report_published_at", "Consultation"."outcome_recorded_at" AS "Consultation_outcome_recorded_at" FROM "consultations" "Consultation" WHERE (("Consultation"."id" = $1)) LIMIT 1`,
  participant: 'SELECT participant_no FROM consultation_participants WHERE consultation_id = $1 AND author_key = $2',
  insert: INSERT_CONTRIBUTION,
};
