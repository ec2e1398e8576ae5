/**
 * The inbox of anonymous answers, in SQL the API and the worker's housekeeping share. The moving
 * itself is the database function `form_inbox_release` (migrations/1795714115512-FormResponseInbox.ts).
 */

/** Moves the inbox of form `$1` into its responses when it holds at least `$2` answers; gives `n`, how many moved. */
export const INBOX_RELEASE_SQL = 'SELECT form_inbox_release($1, $2) AS n';

/** Closed forms (by `$1`, now) whose inbox still holds answers. */
export const CLOSED_WITH_INBOX_SQL = 'SELECT DISTINCT i.form_id FROM form_response_inbox i JOIN forms f ON f.id = i.form_id WHERE f.published_at IS NOT NULL AND f.closes_at <= $1';
