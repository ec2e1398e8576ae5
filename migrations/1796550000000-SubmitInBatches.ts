import { MigrationInterface, QueryRunner } from 'typeorm';
import { SubmitContribution1796541000000 } from './1796541000000-SubmitContribution';

/**
 * Submissions in batches (docs/performance.md, seventh run): `submit_online_contributions` takes
 * the submissions an instance gathered while its earlier ones ran (contributions/submit-batches.ts)
 * and writes them in one transaction, so that they share one commit, and all the batch's new
 * participants share one turn of their consultation's counter lock. It replaces
 * `submit_online_contribution`; a submission alone is a batch of one.
 *
 * `p_items` is a JSON array of submissions, numbered 1…n by `i`. One row comes back per
 * submission: `created` (with its participant number), `replayed` (the stored status and answer),
 * `in_progress`, `key_reused`, or `rate_limited` (nothing written for it). The call raises
 * `sabor:idempotency_race` when another request stored one of the keys while this one ran; the
 * whole batch is then undone, and the server sends its submissions again one by one.
 *
 * Three passes, each taking its locks in one order, so that batches running at once cannot wait
 * on each other in a circle:
 * 1. in the accounts' order: replay an answered key, take a unit of the account's quota
 *    (`take_rate_unit`), look up the author's participant number;
 * 2. in the consultations' order: number the batch's new authors, in the order they came, under
 *    one lock of the counter row (+k, and what a simultaneous batch numbered meanwhile is given
 *    back, so numbers stay without gaps), held until the commit;
 * 3. in the accounts' order: insert the contributions and store the answers under their keys.
 */
export class SubmitInBatches1796550000000 implements MigrationInterface {
  name = 'SubmitInBatches1796550000000';

  async up(q: QueryRunner): Promise<void> {
    // One unit of a window's quota, split over eight rows `<key>#0` … `<key>#7` (rate_quota_share)
    // so that one account's simultaneous submissions do not queue on one row: first the row of
    // this connection's choice (made if the window has none yet), then any row no other
    // transaction holds, then (when every row with quota left is held) the first to be let go; a
    // row used up meanwhile is passed over. False only when every row is used up.
    await q.query(`CREATE FUNCTION take_rate_unit(p_key text, p_window timestamptz, p_limit integer) RETURNS boolean LANGUAGE plpgsql AS $$
DECLARE
  shards text[] := ARRAY(SELECT p_key || '#' || i FROM generate_series(0, 7) i);
  mine text := shards[1 + pg_backend_pid() % 8];
  shard text;
BEGIN
  IF rate_quota_share(p_limit, mine) > 0 THEN
    INSERT INTO rate_limit_counters AS c (key, window_start, count) VALUES (mine, p_window, 1)
    ON CONFLICT (key, window_start) DO UPDATE SET count = c.count + 1
    WHERE c.count < rate_quota_share(p_limit, c.key)
    RETURNING c.key INTO shard;
    IF shard IS NOT NULL THEN RETURN true; END IF;
  END IF;
  SELECT c.key INTO shard FROM rate_limit_counters c
   WHERE c.key = ANY(shards) AND c.window_start = p_window AND c.count < rate_quota_share(p_limit, c.key)
   LIMIT 1 FOR UPDATE SKIP LOCKED;
  IF shard IS NULL THEN
    INSERT INTO rate_limit_counters (key, window_start, count) SELECT k, p_window, 0 FROM unnest(shards) k ON CONFLICT DO NOTHING;
    SELECT c.key INTO shard FROM rate_limit_counters c
     WHERE c.key = ANY(shards) AND c.window_start = p_window AND c.count < rate_quota_share(p_limit, c.key)
     LIMIT 1 FOR UPDATE;
    IF shard IS NULL THEN RETURN false; END IF;
  END IF;
  UPDATE rate_limit_counters c SET count = c.count + 1 WHERE c.key = shard AND c.window_start = p_window;
  RETURN true;
END $$`);

    await q.query(`CREATE FUNCTION submit_online_contributions(p_items jsonb)
RETURNS TABLE (item integer, item_outcome text, item_no integer, item_status integer, item_response jsonb)
LANGUAGE plpgsql AS $$
DECLARE
  total integer := jsonb_array_length(p_items);
  outcomes text[] := array_fill(NULL::text, ARRAY[total]);
  numbers integer[] := array_fill(NULL::integer, ARRAY[total]);
  statuses integer[] := array_fill(NULL::integer, ARRAY[total]);
  responses jsonb[] := array_fill(NULL::jsonb, ARRAY[total]);
  -- the batch's new authors: consultation, account, the first submission's place, the number given
  new_c uuid[] := '{}';
  new_a uuid[] := '{}';
  new_i integer[] := '{}';
  new_no integer[] := '{}';
  it record;
  seen record;
  v_consultation uuid;
  v_count integer;
  v_top integer;
  v_used integer;
  n integer;
  j integer;
  answer jsonb;
BEGIN
  -- 1. answered keys, the accounts' quota, returning authors
  FOR it IN
    SELECT x.* FROM jsonb_to_recordset(p_items) AS x(i integer, consultation uuid, author uuid, rate_key text, rate_window timestamptz, rate_limit integer, key text, fingerprint text, expired_before timestamptz)
     ORDER BY x.author, x.i
  LOOP
    IF it.key IS NOT NULL THEN
      SELECT k.fingerprint, k.status_code, k.response, k.created_at INTO seen FROM idempotency_keys k WHERE k.user_id = it.author AND k.key = it.key;
      IF FOUND AND seen.created_at >= it.expired_before THEN
        IF seen.status_code IS NULL THEN outcomes[it.i] := 'in_progress';
        ELSIF seen.fingerprint <> it.fingerprint THEN outcomes[it.i] := 'key_reused';
        ELSE
          outcomes[it.i] := 'replayed';
          statuses[it.i] := seen.status_code;
          responses[it.i] := seen.response;
        END IF;
        CONTINUE;
      END IF;
    END IF;
    IF NOT take_rate_unit(it.rate_key, it.rate_window, it.rate_limit) THEN
      outcomes[it.i] := 'rate_limited';
      CONTINUE;
    END IF;
    outcomes[it.i] := 'created';
    SELECT cp.participant_no INTO n FROM consultation_participants cp WHERE cp.consultation_id = it.consultation AND cp.author_key = 'user:' || it.author;
    IF FOUND THEN
      numbers[it.i] := n;
    ELSE
      j := array_position(new_a, it.author);
      WHILE j IS NOT NULL AND new_c[j] <> it.consultation LOOP j := array_position(new_a, it.author, j + 1); END LOOP;
      IF j IS NULL THEN
        new_c := new_c || it.consultation;
        new_a := new_a || it.author;
        new_i := new_i || it.i;
        new_no := new_no || NULL::integer;
      ELSIF it.i < new_i[j] THEN
        new_i[j] := it.i;
      END IF;
    END IF;
  END LOOP;

  -- 2. the new authors' numbers, one turn of each counter's lock
  FOR v_consultation IN SELECT DISTINCT u.c FROM unnest(new_c) u(c) ORDER BY 1 LOOP
    v_count := (SELECT count(*) FROM unnest(new_c) u(c) WHERE u.c = v_consultation);
    UPDATE consultation_participant_counters k SET last_no = k.last_no + v_count WHERE k.consultation_id = v_consultation RETURNING k.last_no INTO v_top;
    IF v_top IS NULL THEN
      INSERT INTO consultation_participant_counters (consultation_id, last_no) VALUES (v_consultation, 0) ON CONFLICT DO NOTHING;
      UPDATE consultation_participant_counters k SET last_no = k.last_no + v_count WHERE k.consultation_id = v_consultation RETURNING k.last_no INTO v_top;
    END IF;
    v_used := 0;
    FOR j IN SELECT u.j FROM unnest(new_c, new_i) WITH ORDINALITY u(c, i, j) WHERE u.c = v_consultation ORDER BY u.i LOOP
      -- a simultaneous batch or registration may have numbered the author while this one waited
      -- for the lock (each statement sees what was committed before it began)
      SELECT cp.participant_no INTO n FROM consultation_participants cp WHERE cp.consultation_id = v_consultation AND cp.author_key = 'user:' || new_a[j];
      IF NOT FOUND THEN
        v_used := v_used + 1;
        n := v_top - v_count + v_used;
        INSERT INTO consultation_participants (consultation_id, author_key, participant_no) VALUES (v_consultation, 'user:' || new_a[j], n);
      END IF;
      new_no[j] := n;
    END LOOP;
    -- numbers taken but not needed are given back: no one else can have taken one meanwhile
    IF v_used < v_count THEN
      UPDATE consultation_participant_counters k SET last_no = k.last_no - (v_count - v_used) WHERE k.consultation_id = v_consultation;
    END IF;
  END LOOP;

  -- 3. the contributions and their stored answers
  FOR it IN
    SELECT x.* FROM jsonb_to_recordset(p_items) AS x(i integer, id uuid, consultation uuid, section uuid, parent uuid, kind text, body text, lang text,
      author uuid, author_name text, organization uuid, organization_name text, publish_name boolean, received_at timestamptz,
      key text, fingerprint text, expired_before timestamptz, status integer, answer jsonb, name_prefix text)
     ORDER BY x.author, x.i
  LOOP
    CONTINUE WHEN outcomes[it.i] <> 'created';
    n := numbers[it.i];
    IF n IS NULL THEN
      j := array_position(new_a, it.author);
      WHILE new_c[j] <> it.consultation LOOP j := array_position(new_a, it.author, j + 1); END LOOP;
      n := new_no[j];
      numbers[it.i] := n;
    END IF;
    INSERT INTO contributions (id, consultation_id, section_id, parent_id, kind, body, lang, author_id, author_name, organization_id, organization_name, publish_name, received_at, channel, participant_no)
    VALUES (it.id, it.consultation, it.section, it.parent, it.kind, it.body, it.lang, it.author, it.author_name, it.organization, it.organization_name, it.publish_name, it.received_at, 'online', n);
    statuses[it.i] := it.status;
    IF it.key IS NOT NULL THEN
      -- the answer's one number-dependent field, "participant N", is filled in here
      answer := CASE WHEN it.name_prefix IS NULL THEN it.answer ELSE jsonb_set(it.answer, '{author,name}', to_jsonb(it.name_prefix || ' ' || n)) END;
      INSERT INTO idempotency_keys AS k (user_id, key, fingerprint, created_at, status_code, response)
      VALUES (it.author, it.key, it.fingerprint, it.received_at, it.status, answer)
      ON CONFLICT (user_id, key) DO UPDATE SET fingerprint = EXCLUDED.fingerprint, created_at = EXCLUDED.created_at, status_code = EXCLUDED.status_code, response = EXCLUDED.response
      WHERE k.created_at < it.expired_before;
      IF NOT FOUND THEN RAISE EXCEPTION 'sabor:idempotency_race'; END IF;
    END IF;
  END LOOP;

  RETURN QUERY SELECT g, outcomes[g], numbers[g], statuses[g], responses[g] FROM generate_series(1, total) g;
END $$`);
    await q.query(
      `DROP FUNCTION submit_online_contribution(uuid, uuid, uuid, uuid, text, text, text, uuid, text, uuid, text, boolean, timestamptz, text, timestamptz, integer, text, text, timestamptz, integer, jsonb, text)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION submit_online_contributions(jsonb)`);
    await q.query(`DROP FUNCTION take_rate_unit(text, timestamptz, integer)`);
    // the one-submission function as migration SubmitContribution made it (with rate_quota_share)
    const previous = new SubmitContribution1796541000000();
    await q.query(`DROP FUNCTION rate_quota_share(integer, text)`);
    await previous.up(q);
  }
}
