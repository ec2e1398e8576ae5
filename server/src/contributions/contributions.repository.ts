import { Injectable } from '@nestjs/common';
import { SideConnections } from '../database/side-connections';
import { Tx } from '../database/transaction';
import { ContributionFlag } from './contribution-flag.entity';
import { Contribution, ContributionKind } from './contribution.entity';

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

@Injectable()
export class ContributionsRepository {
  constructor(
    private readonly tx: Tx,
    private readonly side: SideConnections,
  ) {}

  findById(id: string): Promise<Contribution | null> {
    return this.tx.repo(Contribution).findOneBy({ id });
  }

  async row(id: string, viewerId?: string): Promise<ContributionRow | null> {
    const params: unknown[] = [id];
    const supported = viewerId ? (params.push(viewerId), `EXISTS (SELECT 1 FROM contribution_supports x WHERE x.contribution_id = c.id AND x.user_id = $2)`) : 'false';
    const rows: ContributionRow[] = await this.tx.manager.query(`${SELECT.replace('%SUPPORTED%', supported)} WHERE c.id = $1`, params);
    return rows[0] ?? null;
  }

  /** Keyset pages: page 500 costs what page 1 costs (indexes on the sort keys). */
  async list(f: ContributionFilter, limit: number, after?: unknown[]): Promise<ContributionRow[]> {
    const params: unknown[] = [f.consultationId];
    const p = (v: unknown) => (params.push(v), `$${params.length}`);
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
    return this.tx.rows<ContributionRow>(`${SELECT.replace('%SUPPORTED%', supported)} WHERE ${where.join(' AND ')} ORDER BY ${order} LIMIT ${p(limit)}`, params);
  }

  /**
   * The author's "participant N" in this consultation: the same number for every contribution of
   * theirs, given in the order of first contributions, without gaps. A returning author's number is
   * one named read in the request's transaction. A first contribution takes its number with
   * `take_participant_no` (migration ParticipantCounters) in an autocommit statement on a
   * connection of its own (`SideConnections`): the counter's row is locked only for that
   * statement, not until the request commits, and never the consultation's row. The number is
   * then the author's even if the request fails afterwards (they keep it for their next one).
   */
  async participantNo(consultationId: string, authorKey: string, options: { inTransaction?: boolean } = {}): Promise<number> {
    const existing = await this.tx.rows<{ participant_no: number }>(
      'SELECT participant_no FROM consultation_participants WHERE consultation_id = $1 AND author_key = $2',
      [consultationId, authorKey],
    );
    if (existing.length) return existing[0].participant_no;
    // inTransaction: the number is given only if the request commits (an officer's registration,
    // whose key names the new contribution), and the counter stays locked until then
    const take = 'SELECT take_participant_no($1, $2) AS n';
    const [row] = options.inTransaction ? await this.tx.rows<{ n: number }>(take, [consultationId, authorKey]) : await this.side.rows<{ n: number }>(take, [consultationId, authorKey]);
    return row.n;
  }

  /**
   * A contribution sent online (the submission's hot path), in named statements: its id and the
   * author's participant number. A returning author's number comes inside the INSERT itself (one
   * statement); when the author has none yet, nothing is inserted by it, and the number is taken
   * (`participantNo`) before the row is inserted with it.
   */
  async insertOnline(d: {
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
  }): Promise<{ id: string; participantNo: number }> {
    const values = [d.consultationId, d.sectionId, d.parentId, d.kind, d.body, d.lang, d.authorId, d.authorName, d.organizationId, d.organizationName, d.publishName, d.receivedAt];
    const columns = 'consultation_id, section_id, parent_id, kind, body, lang, author_id, author_name, organization_id, organization_name, publish_name, received_at, channel, participant_no';
    const [returning] = await this.tx.rows<{ id: string; participant_no: number }>(
      `INSERT INTO contributions (${columns})
       SELECT $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, 'online', p.participant_no
         FROM consultation_participants p WHERE p.consultation_id = $1 AND p.author_key = $13
       RETURNING id, participant_no`,
      [...values, `user:${d.authorId}`],
    );
    if (returning) return { id: returning.id, participantNo: returning.participant_no };
    const participantNo = await this.participantNo(d.consultationId, `user:${d.authorId}`);
    const [first] = await this.tx.rows<{ id: string }>(
      `INSERT INTO contributions (${columns}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, 'online', $13) RETURNING id`,
      [...values, participantNo],
    );
    return { id: first.id, participantNo };
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
