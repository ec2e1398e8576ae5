import { Inject, Injectable } from '@nestjs/common';
import { keysExpiredBefore, type IdempotentRequest } from '../common/idempotency';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { Batches } from '../database/batches';
import { Tx } from '../database/transaction';
import { isDatabaseUnavailable } from '../database/unavailable';
import { ContributionFlag } from './contribution-flag.entity';
import { Contribution, ContributionKind } from './contribution.entity';

/** What `submitOnline` writes: the row, the account's count, and the key's answer. */
export interface OnlineSubmission {
  id: string;
  consultationId: string;
  sectionId: string | null;
  parentId: string | null;
  kind: ContributionKind;
  body: string;
  lang: string;
  authorId: string;
  authorName: string;
  organizationId: string | null;
  organizationName: string | null;
  publishName: boolean;
  receivedAt: Date;
  rate: { key: string; window: Date; limit: number };
  idempotency?: IdempotentRequest;
  /** the answer to store under the key */
  answer: unknown;
  /** "participant" in the answer's language when the name is not published: the statement adds the number to `author.name` */
  answerNamePrefix: string | null;
}

export interface SubmitOutcome {
  outcome: 'created' | 'replayed' | 'in_progress' | 'key_reused' | 'rate_limited';
  participantNo: number | null;
  status: number | null;
  response: unknown;
}

export interface ContributionRow {
  id: string;
  consultation_id: string;
  section_id: string | null;
  section_ref: string | null;
  parent_id: string | null;
  kind: ContributionKind;
  body: string;
  lang: string;
  author_id: string | null;
  author_name: string | null;
  author_deleted: boolean;
  organization_name: string | null;
  publish_name: boolean;
  participant_no: number;
  channel: string;
  received_at: Date;
  support_count: number;
  flag_count: number;
  hidden_at: Date | null;
  hidden_reason: string | null;
  supported_by_me: boolean;
  response_decision: string | null;
  response_reasoning: string | null;
  response_lang: string | null;
  response_version: number | null;
  response_at: Date | null;
}

export interface ContributionFilter {
  consultationId: string;
  sort: 'newest' | 'oldest' | 'supported';
  sectionId?: string;
  kind?: ContributionKind;
  /** null: top-level only */
  parentId?: string | null;
  answered?: boolean;
  /** false: leave hidden ones out */
  withHidden?: boolean;
  viewerId?: string;
}

const SELECT = `
  SELECT c.id, c.consultation_id, c.section_id, s.ref AS section_ref, c.parent_id, c.kind, c.body, c.lang,
         c.author_id, c.author_name, (u.deleted_at IS NOT NULL) AS author_deleted, c.organization_name,
         c.publish_name, c.participant_no, c.channel, c.received_at, c.support_count, c.flag_count,
         c.hidden_at, c.hidden_reason,
         %SUPPORTED% AS supported_by_me,
         r.decision AS response_decision, r.reasoning AS response_reasoning, r.lang AS response_lang, r.version AS response_version, r.created_at AS response_at
    FROM contributions c
    LEFT JOIN consultation_sections s ON s.id = c.section_id
    LEFT JOIN users u ON u.id = c.author_id
    LEFT JOIN contribution_responses r ON r.contribution_id = c.id AND r.current`;

/**
 * A page of a consultation's contributions as one statement: the filters, the keyset after the
 * cursor's values, `limit` rows (the caller asks one more than it shows, to know whether more
 * exist). The benchmark's raw baseline runs this very statement.
 */
export function listStatement(f: ContributionFilter, limit: number, after?: unknown[]): { text: string; values: unknown[] } {
  const values: unknown[] = [f.consultationId];
  const p = (v: unknown) => (values.push(v), `$${values.length}`);
  const where = ['c.consultation_id = $1'];
  if (f.sectionId) where.push(`c.section_id = ${p(f.sectionId)}`);
  if (f.kind) where.push(`c.kind = ${p(f.kind)}`);
  if (f.parentId === null) where.push('c.parent_id IS NULL');
  else if (f.parentId) where.push(`c.parent_id = ${p(f.parentId)}`);
  if (f.withHidden === false) where.push('c.hidden_at IS NULL');
  if (f.answered !== undefined) where.push(`${f.answered ? '' : 'NOT '}EXISTS (SELECT 1 FROM contribution_responses a WHERE a.contribution_id = c.id AND a.current)`);
  let order: string;
  if (f.sort === 'supported') {
    order = 'c.support_count DESC, c.received_at DESC, c.id DESC';
    if (after) where.push(`(c.support_count, c.received_at, c.id) < (${p(after[0])}, ${p(after[1])}, ${p(after[2])})`);
  } else if (f.sort === 'oldest') {
    order = 'c.received_at ASC, c.id ASC';
    if (after) where.push(`(c.received_at, c.id) > (${p(after[0])}, ${p(after[1])})`);
  } else {
    order = 'c.received_at DESC, c.id DESC';
    if (after) where.push(`(c.received_at, c.id) < (${p(after[0])}, ${p(after[1])})`);
  }
  const supported = f.viewerId ? `EXISTS (SELECT 1 FROM contribution_supports x WHERE x.contribution_id = c.id AND x.user_id = ${p(f.viewerId)})` : 'false';
  return { text: `${SELECT.replace('%SUPPORTED%', supported)} WHERE ${where.join(' AND ')} ORDER BY ${order} LIMIT ${p(limit)}`, values };
}

/** One contribution by its id (`$1`), with whether the viewer (`$2`, when `withViewer`) supports it. */
export function rowStatement(withViewer: boolean): string {
  const supported = withViewer ? 'EXISTS (SELECT 1 FROM contribution_supports x WHERE x.contribution_id = c.id AND x.user_id = $2)' : 'false';
  return `${SELECT.replace('%SUPPORTED%', supported)} WHERE c.id = $1`;
}

/** The submissions' one statement (migration SubmitInBatches): `$1` is the batch as JSON, `submissionItems`. */
export const SUBMIT_STATEMENT = 'SELECT item_outcome, item_no, item_status, item_response FROM submit_online_contributions($1) ORDER BY item';

/** A batch of submissions as `submit_online_contributions` takes it. */
export function submissionItems(batch: OnlineSubmission[]): string {
  return JSON.stringify(
    batch.map((d, i) => {
      const k = d.idempotency;
      return {
        i: i + 1,
        id: d.id,
        consultation: d.consultationId,
        section: d.sectionId,
        parent: d.parentId,
        kind: d.kind,
        body: d.body,
        lang: d.lang,
        author: d.authorId,
        author_name: d.authorName,
        organization: d.organizationId,
        organization_name: d.organizationName,
        publish_name: d.publishName,
        received_at: d.receivedAt,
        rate_key: d.rate.key,
        rate_window: d.rate.window,
        rate_limit: d.rate.limit,
        key: k?.key ?? null,
        fingerprint: k?.fingerprint ?? null,
        expired_before: k ? keysExpiredBefore(d.receivedAt) : null,
        status: k?.status ?? null,
        answer: k ? d.answer : null,
        name_prefix: k ? d.answerNamePrefix : null,
      };
    }),
  );
}

/** The most submissions in one batch. */
export const SUBMIT_BATCH_SIZE = 64;

@Injectable()
export class ContributionsRepository {
  private readonly submissions: Batches<OnlineSubmission, SubmitOutcome>;

  constructor(
    private readonly tx: Tx,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.submissions = new Batches((batch) => this.submitBatch(batch), {
      inFlight: config.dbBatches,
      size: SUBMIT_BATCH_SIZE,
      // one request sent twice at once (the same account and key) goes in two batches: the second replays the first
      apart: (d) => (d.idempotency ? `${d.authorId} ${d.idempotency.key}` : undefined),
      // a batch the database refused (one submission's bad data, a key stored meanwhile, a
      // deadlock) is written again one by one; an outage reaches every caller at once, as a 503
      retryAlone: (error) => !isDatabaseUnavailable(error),
      // as long as a request waits for a connection of the pool (then 503)
      maxWaitMs: config.dbConnectTimeoutMs,
    });
  }

  findById(id: string): Promise<Contribution | null> {
    return this.tx.repo(Contribution).findOneBy({ id });
  }

  async row(id: string, viewerId?: string): Promise<ContributionRow | null> {
    const rows: ContributionRow[] = await this.tx.manager.query(rowStatement(Boolean(viewerId)), viewerId ? [id, viewerId] : [id]);
    return rows[0] ?? null;
  }

  /** Keyset pages: page 500 costs what page 1 costs (indexes on the sort keys). */
  list(f: ContributionFilter, limit: number, after?: unknown[]): Promise<ContributionRow[]> {
    const { text, values } = listStatement(f, limit, after);
    return this.tx.rows<ContributionRow>(text, values);
  }

  /**
   * The "participant N" of an author registered by an officer (by e-mail address, or once): the
   * same number for every contribution of theirs, given in the order of first contributions,
   * without gaps (`take_participant_no`, migration ParticipantCounters). Inside the registration's
   * transaction: the number is given only if it commits, and the counter stays locked until then.
   * Online contributions take theirs inside `submitOnline`.
   */
  async participantNo(consultationId: string, authorKey: string): Promise<number> {
    const [row] = await this.tx.rows<{ n: number }>('SELECT take_participant_no($1, $2) AS n', [consultationId, authorKey]);
    return row.n;
  }

  /**
   * A contribution sent online (the submission's hot path). Submissions that arrive while others
   * are being written wait and go together (group commit, `Batches`), each batch in one autocommit
   * statement: `submit_online_contributions` (migration SubmitInBatches) replays an answered
   * `Idempotency-Key`, counts the account's submission in the window, gives the author's
   * participant number, inserts the row and stores the answer under the key, for each submission
   * of the batch, all or nothing. Raises `sabor:idempotency_race` when another request stored the
   * same key meanwhile (a batch of several is then sent again one by one).
   */
  submitOnline(d: OnlineSubmission): Promise<SubmitOutcome> {
    return this.submissions.add(d);
  }

  private async submitBatch(batch: OnlineSubmission[]): Promise<SubmitOutcome[]> {
    const rows = await this.tx.rows<{ item_outcome: SubmitOutcome['outcome']; item_no: number | null; item_status: number | null; item_response: unknown }>(SUBMIT_STATEMENT, [
      submissionItems(batch),
    ]);
    return rows.map((r) => ({ outcome: r.item_outcome, participantNo: r.item_no, status: r.item_status, response: r.item_response }));
  }

  async insert(data: Partial<Contribution>): Promise<Contribution> {
    const repo = this.tx.repo(Contribution);
    return repo.save(repo.create(data));
  }

  async save(c: Contribution): Promise<Contribution> {
    return this.tx.repo(Contribution).save(c);
  }

  /** Adds a support once; returns the new count. */
  async support(contributionId: string, userId: string): Promise<number> {
    const inserted: unknown[] = await this.tx.manager.query(
      'INSERT INTO contribution_supports (contribution_id, user_id) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING user_id',
      [contributionId, userId],
    );
    const [[row]]: [[{ support_count: number }]] = await this.tx.manager.query(
      `UPDATE contributions SET support_count = support_count + $2 WHERE id = $1 RETURNING support_count`,
      [contributionId, inserted.length],
    );
    return row.support_count;
  }

  async unsupport(contributionId: string, userId: string): Promise<number> {
    // TypeORM answers DELETE … RETURNING with [rows, count]
    const [, removed]: [unknown[], number] = await this.tx.manager.query('DELETE FROM contribution_supports WHERE contribution_id = $1 AND user_id = $2 RETURNING user_id', [contributionId, userId]);
    const [[row]]: [[{ support_count: number }]] = await this.tx.manager.query(
      `UPDATE contributions SET support_count = support_count - $2 WHERE id = $1 RETURNING support_count`,
      [contributionId, removed],
    );
    return row.support_count;
  }

  /** One flag per person; returns whether this one is new. */
  async flag(contributionId: string, userId: string, reason: string): Promise<boolean> {
    const res = await this.tx.repo(ContributionFlag).createQueryBuilder().insert().values({ contributionId, userId, reason }).orIgnore().execute();
    const added = (res.raw as unknown[]).length > 0;
    if (added) await this.tx.manager.query('UPDATE contributions SET flag_count = flag_count + 1 WHERE id = $1', [contributionId]);
    return added;
  }

  /**
   * Campaign detection: contributions with the same normalised text share a representative;
   * representatives whose trigram similarity is at least `threshold` are paired (GIN index).
   */
  async duplicateCandidates(consultationId: string, threshold: number): Promise<{ members: Map<string, string[]>; pairs: Array<[string, string]>; bodies: Map<string, string> }> {
    const rows: Array<{ rep: string; ids: string[]; body: string }> = await this.tx.manager.query(
      `SELECT min(id::text) AS rep, array_agg(id::text ORDER BY received_at, id) AS ids, min(body) AS body
         FROM contributions WHERE consultation_id = $1 AND hidden_at IS NULL AND parent_id IS NULL
        GROUP BY md5(lower(regexp_replace(body, '[^[:alnum:]]+', ' ', 'g')))`,
      [consultationId],
    );
    const members = new Map(rows.map((r) => [r.rep, r.ids]));
    const bodies = new Map(rows.map((r) => [r.rep, r.body]));
    const pairs = await this.tx.run(async (em) => {
      await em.query(`SELECT set_config('pg_trgm.similarity_threshold', $1, true)`, [String(threshold)]);
      const found: Array<{ a: string; b: string }> = await em.query(
        `WITH reps AS (SELECT id, body FROM contributions WHERE id = ANY($1::uuid[]))
         SELECT a.id::text AS a, b.id::text AS b FROM reps a JOIN reps b ON a.id < b.id AND a.body % b.body
         LIMIT 100000`,
        [[...members.keys()]],
      );
      return found.map((p) => [p.a, p.b] as [string, string]);
    });
    return { members, pairs, bodies };
  }
}
