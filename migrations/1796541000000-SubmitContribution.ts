import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A participant's comment or proposal in one statement (docs/performance.md, fifth run): the
 * replay of an `Idempotency-Key` already answered, the participant number, the insert, the stored
 * answer and the per-account count, as one autocommit call instead of a transaction of six round
 * trips. The server checks the consultation, the section and the organisation before the call.
 * The account's count for the window lives in eight rows `<key>#0` … `<key>#7` of
 * `rate_limit_counters`, each holding an eighth of the limit.
 *
 * Outcomes: `created` (with the participant number), `replayed` (the stored status and answer),
 * `in_progress` (the key is claimed by a request not yet answered), `key_reused` (the key was
 * answered for another request). Errors, which roll the whole call back: `sabor:rate_limited` when
 * the account's count for the window passes the limit, and `sabor:idempotency_race` when another
 * request stored the same key while this one ran (the server then calls again, and gets the
 * replay).
 *
 * Whatever it locks (a row of the account's count, a new participant's counter row in
 * `take_participant_no`) is held only until this one statement commits.
 */
export class SubmitContribution1796541000000 implements MigrationInterface {
  name = 'SubmitContribution1796541000000';

  async up(q: QueryRunner): Promise<void> {
    // the share of a window's limit that count row `<key>#i` holds: limit / 8, plus one for i < limit % 8
    await q.query(`CREATE FUNCTION rate_quota_share(total integer, shard text) RETURNS integer LANGUAGE sql IMMUTABLE
  AS $$ SELECT total / 8 + (right(shard, 1)::integer < total % 8)::integer $$`);
    await q.query(`CREATE FUNCTION submit_online_contribution(
  p_id uuid, p_consultation uuid, p_section uuid, p_parent uuid, p_kind text, p_body text, p_lang text,
  p_author uuid, p_author_name text, p_organization uuid, p_organization_name text, p_publish_name boolean, p_received_at timestamptz,
  p_rate_key text, p_rate_window timestamptz, p_rate_limit integer,
  p_key text, p_fingerprint text, p_expired_before timestamptz, p_status integer, p_answer jsonb, p_name_prefix text,
  OUT outcome text, OUT participant_no integer, OUT status_code integer, OUT response jsonb)
LANGUAGE plpgsql AS $$
DECLARE
  seen record;
  n integer;
  shards text[];
  shard text;
  mine integer;
  taken integer;
  answer jsonb;
BEGIN
  IF p_key IS NOT NULL THEN
    SELECT k.fingerprint, k.status_code, k.response, k.created_at INTO seen FROM idempotency_keys k WHERE k.user_id = p_author AND k.key = p_key;
    IF FOUND AND seen.created_at >= p_expired_before THEN
      IF seen.status_code IS NULL THEN outcome := 'in_progress'; RETURN; END IF;
      IF seen.fingerprint <> p_fingerprint THEN outcome := 'key_reused'; RETURN; END IF;
      outcome := 'replayed';
      status_code := seen.status_code;
      response := seen.response;
      RETURN;
    END IF;
  END IF;
  -- one unit of the window's quota, which is split over eight rows (rate_quota_share), so that
  -- one account's simultaneous submissions do not queue on one row:
  -- first the row of this connection's choice (made if the window has none yet), then any row no
  -- other submission holds, then (when every row with quota left is held) the first to be let go;
  -- a row used up meanwhile is passed over. Never more than the limit; refused only when every
  -- row is used up.
  shards := ARRAY(SELECT p_rate_key || '#' || i FROM generate_series(0, 7) i);
  mine := pg_backend_pid() % 8;
  IF rate_quota_share(p_rate_limit, shards[1 + mine]) > 0 THEN
    INSERT INTO rate_limit_counters AS c (key, window_start, count) VALUES (shards[1 + mine], p_rate_window, 1)
    ON CONFLICT (key, window_start) DO UPDATE SET count = c.count + 1
    WHERE c.count < rate_quota_share(p_rate_limit, c.key)
    RETURNING c.key INTO shard;
  END IF;
  IF shard IS NULL THEN
    SELECT c.key INTO shard FROM rate_limit_counters c
     WHERE c.key = ANY(shards) AND c.window_start = p_rate_window AND c.count < rate_quota_share(p_rate_limit, c.key)
     LIMIT 1 FOR UPDATE SKIP LOCKED;
    IF shard IS NULL THEN
      INSERT INTO rate_limit_counters (key, window_start, count) SELECT k, p_rate_window, 0 FROM unnest(shards) k ON CONFLICT DO NOTHING;
      SELECT c.key INTO shard FROM rate_limit_counters c
       WHERE c.key = ANY(shards) AND c.window_start = p_rate_window AND c.count < rate_quota_share(p_rate_limit, c.key)
       LIMIT 1 FOR UPDATE;
      IF shard IS NULL THEN RAISE EXCEPTION 'sabor:rate_limited'; END IF;
    END IF;
    UPDATE rate_limit_counters c SET count = c.count + 1 WHERE c.key = shard AND c.window_start = p_rate_window;
  END IF;

  SELECT cp.participant_no INTO n FROM consultation_participants cp WHERE cp.consultation_id = p_consultation AND cp.author_key = 'user:' || p_author;
  IF n IS NULL THEN
    -- a first contribution: the next number, taken under the counter row's lock (as
    -- take_participant_no does, with one touch of that row fewer: the increment takes the lock)
    UPDATE consultation_participant_counters k SET last_no = k.last_no + 1 WHERE k.consultation_id = p_consultation RETURNING k.last_no INTO taken;
    IF taken IS NULL THEN
      INSERT INTO consultation_participant_counters (consultation_id, last_no) VALUES (p_consultation, 0) ON CONFLICT DO NOTHING;
      UPDATE consultation_participant_counters k SET last_no = k.last_no + 1 WHERE k.consultation_id = p_consultation RETURNING k.last_no INTO taken;
    END IF;
    -- the author's simultaneous first contribution may have numbered them while this call waited
    -- for the lock (each statement sees what was committed before it began): then the number is
    -- given back, which no one else can have taken meanwhile, so the numbers stay without gaps
    SELECT cp.participant_no INTO n FROM consultation_participants cp WHERE cp.consultation_id = p_consultation AND cp.author_key = 'user:' || p_author;
    IF n IS NULL THEN
      n := taken;
      INSERT INTO consultation_participants (consultation_id, author_key, participant_no) VALUES (p_consultation, 'user:' || p_author, n);
    ELSE
      UPDATE consultation_participant_counters k SET last_no = k.last_no - 1 WHERE k.consultation_id = p_consultation;
    END IF;
  END IF;
  INSERT INTO contributions (id, consultation_id, section_id, parent_id, kind, body, lang, author_id, author_name, organization_id, organization_name, publish_name, received_at, channel, participant_no)
  VALUES (p_id, p_consultation, p_section, p_parent, p_kind, p_body, p_lang, p_author, p_author_name, p_organization, p_organization_name, p_publish_name, p_received_at, 'online', n);

  IF p_key IS NOT NULL THEN
    -- the answer's one number-dependent field, "participant N", is filled in here
    answer := CASE WHEN p_name_prefix IS NULL THEN p_answer ELSE jsonb_set(p_answer, '{author,name}', to_jsonb(p_name_prefix || ' ' || n)) END;
    INSERT INTO idempotency_keys AS k (user_id, key, fingerprint, created_at, status_code, response)
    VALUES (p_author, p_key, p_fingerprint, p_received_at, p_status, answer)
    ON CONFLICT (user_id, key) DO UPDATE SET fingerprint = EXCLUDED.fingerprint, created_at = EXCLUDED.created_at, status_code = EXCLUDED.status_code, response = EXCLUDED.response
    WHERE k.created_at < p_expired_before;
    IF NOT FOUND THEN RAISE EXCEPTION 'sabor:idempotency_race'; END IF;
  END IF;

  outcome := 'created';
  participant_no := n;
  status_code := p_status;
END $$`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION submit_online_contribution(uuid, uuid, uuid, uuid, text, text, text, uuid, text, uuid, text, boolean, timestamptz, text, timestamptz, integer, text, text, timestamptz, integer, jsonb, text)`);
    await q.query(`DROP FUNCTION rate_quota_share(integer, text)`);
  }
}
