// The SQL the server sends, copied from what it issues (TypeORM's text included), so the raw
// baselines run the very same statements from a bare `pg` pool.

/** One comment, as the API stores it: the columns TypeORM's INSERT sets. */
export const INSERT_CONTRIBUTION = `INSERT INTO "contributions"("id", "consultation_id", "section_id", "parent_id", "kind", "body", "author_id", "author_name", "author_email", "organization_id", "organization_name", "publish_name", "participant_no", "channel", "received_at", "registered_by", "support_count", "flag_count", "hidden_at", "hidden_reason", "hidden_by", "created_at") VALUES (DEFAULT, $1, $2, $3, $4, $5, $6, $7, DEFAULT, $8, $9, $10, $11, $12, $13, DEFAULT, DEFAULT, DEFAULT, DEFAULT, DEFAULT, DEFAULT, DEFAULT) RETURNING "id", "publish_name", "channel", "support_count", "flag_count", "created_at"`;

export const insertParams = (consultationId, authorId, body, receivedAt) => [consultationId, null, null, 'comment', body, authorId, 'Иван Петров', null, null, false, 1, 'online', receivedAt];

/**
 * The statements of one `POST …/contributions` with an Idempotency-Key, in the server's order
 * (auth/jwt.strategy.ts with policy/standing.loader.ts, contributions/contributions.repository.ts),
 * both named: the account, its session and its standing; then the one statement that replays an
 * answered key, or numbers, inserts, stores the answer and counts the account
 * (migration SubmitContribution). The consultation's status facts come from the server's cache.
 */
export const API_SEQUENCE = {
  user: `SELECT u.id, u.email, u.display_name, u.locale, u.is_admin, u.email_verified_at IS NOT NULL AS verified,
         (SELECT coalesce(json_agg(json_build_object('m', municipality_id, 'r', role)), '[]') FROM staff_roles WHERE user_id = $1) AS roles,
         (SELECT coalesce(json_agg(json_build_object('o', organization_id, 'r', role)), '[]') FROM organization_members WHERE user_id = $1) AS orgs,
         (SELECT coalesce(json_agg(DISTINCT p.municipality_id), '[]')
            FROM partnerships p
            JOIN organization_members om ON om.organization_id = p.organization_id AND om.role = 'representative'
            JOIN organizations o ON o.id = p.organization_id AND o.verified_at IS NOT NULL
           WHERE om.user_id = $1) AS partner_of,
         (SELECT coalesce(json_agg(json_build_object('b', bm.body_id, 'until', bm.until, 'invitation', bm.invitation, 'tz', mu.time_zone)), '[]')
            FROM body_members bm JOIN bodies b ON b.id = bm.body_id JOIN municipalities mu ON mu.id = b.municipality_id
           WHERE bm.user_id = $1) AS terms
         FROM users u
        WHERE u.id = $1 AND u.deleted_at IS NULL
          AND EXISTS (SELECT 1 FROM refresh_tokens t WHERE t.family_id = $2 AND t.user_id = u.id AND t.revoked_at IS NULL)`,
  submit: `SELECT outcome, participant_no, status_code, response
         FROM submit_online_contribution($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22)`,
};

/** The contributions repository's SELECT (server/src/contributions/contributions.repository.ts). */
export function contributionSelect(supportedByViewer) {
  const supported = supportedByViewer ? 'EXISTS (SELECT 1 FROM contribution_supports x WHERE x.contribution_id = c.id AND x.user_id = $2)' : 'false';
  return `
  SELECT c.id, c.consultation_id, c.section_id, s.ref AS section_ref, c.parent_id, c.kind, c.body, c.lang,
         c.author_id, c.author_name, (u.deleted_at IS NOT NULL) AS author_deleted, c.organization_name,
         c.publish_name, c.participant_no, c.channel, c.received_at, c.support_count, c.flag_count,
         c.hidden_at, c.hidden_reason,
         ${supported} AS supported_by_me,
         r.decision AS response_decision, r.reasoning AS response_reasoning, r.lang AS response_lang, r.version AS response_version, r.created_at AS response_at
    FROM contributions c
    LEFT JOIN consultation_sections s ON s.id = c.section_id
    LEFT JOIN users u ON u.id = c.author_id
    LEFT JOIN contribution_responses r ON r.contribution_id = c.id AND r.current`;
}

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
