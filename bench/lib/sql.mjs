// The SQL the server sends, copied from what it issues (TypeORM's text included), so the raw
// baselines run the very same statements from a bare `pg` pool.

/** One comment, as the API stores it: the columns TypeORM's INSERT sets. */
export const INSERT_CONTRIBUTION = `INSERT INTO "contributions"("id", "consultation_id", "section_id", "parent_id", "kind", "body", "author_id", "author_name", "author_email", "organization_id", "organization_name", "publish_name", "participant_no", "channel", "received_at", "registered_by", "support_count", "flag_count", "hidden_at", "hidden_reason", "hidden_by", "created_at") VALUES (DEFAULT, $1, $2, $3, $4, $5, $6, $7, DEFAULT, $8, $9, $10, $11, $12, $13, DEFAULT, DEFAULT, DEFAULT, DEFAULT, DEFAULT, DEFAULT, DEFAULT) RETURNING "id", "publish_name", "channel", "support_count", "flag_count", "created_at"`;

export const insertParams = (consultationId, authorId, body, receivedAt) => [consultationId, null, null, 'comment', body, authorId, 'Иван Петров', null, null, false, 1, 'online', receivedAt];

/** The statements of one POST /api/consultations/:id/contributions, in order (see docs/performance.md). */
export const API_SEQUENCE = {
  user: `SELECT "User"."id" AS "User_id", "User"."email" AS "User_email", "User"."password_hash" AS "User_password_hash", "User"."display_name" AS "User_display_name", "User"."locale" AS "User_locale", "User"."home_settlement" AS "User_home_settlement", "User"."country" AS "User_country", "User"."email_verified_at" AS "User_email_verified_at", "User"."is_admin" AS "User_is_admin", "User"."deleted_at" AS "User_deleted_at", "User"."created_at" AS "User_created_at", "User"."updated_at" AS "User_updated_at" FROM "users" "User" WHERE (("User"."id" = $1) AND ("User"."deleted_at" IS NULL)) LIMIT 1`,
  idemDelete: `DELETE FROM idempotency_keys WHERE user_id = $1 AND key = $2 AND created_at < $3`,
  idemClaim: `INSERT INTO idempotency_keys (user_id, key, fingerprint, created_at) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING RETURNING key`,
  begin: 'START TRANSACTION',
  consultation: `SELECT "Consultation"."id" AS "Consultation_id", "Consultation"."municipality_id" AS "Consultation_municipality_id", "Consultation"."kind" AS "Consultation_kind", "Consultation"."title" AS "Consultation_title", "Consultation"."summary" AS "Consultation_summary", "Consultation"."body" AS "Consultation_body", "Consultation"."motives" AS "Consultation_motives", "Consultation"."contact" AS "Consultation_contact", "Consultation"."period_days" AS "Consultation_period_days", "Consultation"."shortened_reason" AS "Consultation_shortened_reason", "Consultation"."publish_on" AS "Consultation_publish_on", "Consultation"."published_at" AS "Consultation_published_at", "Consultation"."opens_at" AS "Consultation_opens_at", "Consultation"."closes_at" AS "Consultation_closes_at", "Consultation"."last_day" AS "Consultation_last_day", "Consultation"."moved_from" AS "Consultation_moved_from", "Consultation"."report_published_at" AS "Consultation_report_published_at", "Consultation"."outcome_result" AS "Consultation_outcome_result", "Consultation"."outcome_decision_ref" AS "Consultation_outcome_decision_ref", "Consultation"."outcome_decided_on" AS "Consultation_outcome_decided_on", "Consultation"."outcome_note" AS "Consultation_outcome_note", "Consultation"."outcome_recorded_at" AS "Consultation_outcome_recorded_at", "Consultation"."version" AS "Consultation_version", "Consultation"."participant_seq" AS "Consultation_participant_seq", "Consultation"."search_text" AS "Consultation_search_text", "Consultation"."created_by" AS "Consultation_created_by", "Consultation"."created_at" AS "Consultation_created_at", "Consultation"."updated_at" AS "Consultation_updated_at" FROM "consultations" "Consultation" WHERE (("Consultation"."id" = $1)) LIMIT 1`,
  staffRole: `SELECT "StaffRole"."municipality_id" AS "StaffRole_municipality_id", "StaffRole"."user_id" AS "StaffRole_user_id", "StaffRole"."role" AS "StaffRole_role", "StaffRole"."created_at" AS "StaffRole_created_at" FROM "staff_roles" "StaffRole" WHERE (("StaffRole"."municipality_id" = $1) AND ("StaffRole"."user_id" = $2)) LIMIT 1`,
  participant: 'SELECT participant_no FROM consultation_participants WHERE consultation_id = $1 AND author_key = $2',
  insert: INSERT_CONTRIBUTION,
  row: null, // contributionSelect('c.id = $1', true)
  commit: 'COMMIT',
  idemAnswer: 'UPDATE idempotency_keys SET status_code = $3, response = $4 WHERE user_id = $1 AND key = $2',
};

/** The contributions repository's SELECT (server/src/contributions/contributions.repository.ts). */
export function contributionSelect(supportedByViewer) {
  const supported = supportedByViewer ? 'EXISTS (SELECT 1 FROM contribution_supports x WHERE x.contribution_id = c.id AND x.user_id = $2)' : 'false';
  return `
  SELECT c.id, c.consultation_id, c.section_id, s.ref AS section_ref, c.parent_id, c.kind, c.body,
         c.author_id, c.author_name, (u.deleted_at IS NOT NULL) AS author_deleted, c.organization_name,
         c.publish_name, c.participant_no, c.channel, c.received_at, c.support_count, c.flag_count,
         c.hidden_at, c.hidden_reason,
         ${supported} AS supported_by_me,
         r.decision AS response_decision, r.reasoning AS response_reasoning, r.version AS response_version, r.created_at AS response_at
    FROM contributions c
    LEFT JOIN consultation_sections s ON s.id = c.section_id
    LEFT JOIN users u ON u.id = c.author_id
    LEFT JOIN contribution_responses r ON r.contribution_id = c.id AND r.current`;
}
API_SEQUENCE.row = `${contributionSelect(true)} WHERE c.id = $1`;

/** A page of the public list, newest first (anonymous viewer), as the repository builds it. */
export function listPage(afterCursor) {
  return afterCursor
    ? `${contributionSelect(false)} WHERE c.consultation_id = $1 AND (c.received_at, c.id) < ($2, $3) ORDER BY c.received_at DESC, c.id DESC LIMIT $4`
    : `${contributionSelect(false)} WHERE c.consultation_id = $1 ORDER BY c.received_at DESC, c.id DESC LIMIT $2`;
}

/** One batch of the справка (server/src/reports/reports.repository.ts). */
export function reportBatch(after) {
  return `SELECT c.id, c.kind, c.author_name, c.publish_name, c.participant_no, c.organization_name,
                (u.deleted_at IS NOT NULL) AS author_deleted, c.channel, c.received_at, s.ref AS section_ref, c.body,
                r.decision, r.reasoning
           FROM contributions c
           LEFT JOIN consultation_sections s ON s.id = c.section_id
           LEFT JOIN users u ON u.id = c.author_id
           LEFT JOIN contribution_responses r ON r.contribution_id = c.id AND r.current
          WHERE c.consultation_id = $1 AND c.hidden_at IS NULL ${after ? 'AND (c.received_at, c.id) > ($3, $4)' : ''}
          ORDER BY c.received_at, c.id LIMIT $2`;
}
