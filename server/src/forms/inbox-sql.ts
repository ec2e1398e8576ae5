/**
 * Groups of responses, in SQL the API and the worker's housekeeping share. The moving itself is
 * the database function `form_group_release` (migrations/…-FormResponseGroups.ts).
 */

/**
 * Forms the next group of form `$1` when at least `$2` answers wait (the anonymous inbox, or the
 * identified responses not in a group yet); `$3` is now, whose local day dates a new group; with
 * `$4` (a closed form) whatever waits, leftovers joining the last group. Gives `n`, how many joined.
 */
export const GROUP_RELEASE_SQL = 'SELECT form_group_release($1, $2, $3, $4) AS n';

/** Closed forms (by `$1`, now) with answers still waiting for a group. */
export const CLOSED_WITH_WAITING_SQL = `SELECT f.id AS form_id FROM forms f
  WHERE f.published_at IS NOT NULL AND f.closes_at <= $1
    AND (EXISTS (SELECT 1 FROM form_response_inbox i WHERE i.form_id = f.id) OR EXISTS (SELECT 1 FROM form_responses r WHERE r.form_id = f.id AND r.group_no IS NULL))`;
