import { Injectable } from '@nestjs/common';
import type { LocalizedText } from '../common/locale';
import { Tx } from '../database/transaction';
import { QuestionAggregate, medianOfCounts, npsScoreSql, satisfactionScoreSql } from './statistics';

export interface Period {
  from?: string;
  to?: string;
}

export interface RawResponseRow {
  id: string;
  submitted_on: string;
  user_email: string | null;
  user_name: string | null;
  invitation_email: string | null;
  invitation_name: string | null;
  /** [questionKey, num, choice, text] in question and position order */
  answers: Array<[string, number | null, string | null, string | null]>;
}

export interface SatisfactionRow {
  type: 'consultation' | 'meeting' | 'body' | 'form';
  id: string;
  /** null: the whole period */
  month: string | null;
  forms: number;
  responses: number;
  min_group_size: number;
  mean: number | null;
  nps: number | null;
}

/**
 * Which responses a report covers: whole groups only, those up to `upTo` (the highest group
 * shown, see `form_shown_group`; null: none), and of them those whose group's day is in the
 * period. `all`: every stored response is shown (a closed form with no period), no filter needed.
 */
export interface Scope extends Period {
  upTo: number | null;
  all?: boolean;
}

/** The condition on responses `r` of form `$1` for the scope, its parameters numbered from `first`. */
function responseConditions(s: Scope, first: number): { sql: string; params: unknown[] } {
  const params: unknown[] = [];
  const conds: string[] = [];
  if (s.upTo === null) return { sql: 'false', params };
  if (!s.all) conds.push(`r.group_no <= $${first + params.push(s.upTo) - 1}`);
  if (s.from) conds.push(`r.grouped_on >= $${first + params.push(s.from) - 1}::date`);
  if (s.to) conds.push(`r.grouped_on <= $${first + params.push(s.to) - 1}::date`);
  return { sql: conds.join(' AND '), params };
}

/**
 * The answers of the form's responses in the scope. With no period, the few responses not shown
 * (an open form's last group, those waiting for one) are left out instead: a small hashed set
 * rather than a semi-join over every response of the form.
 */
function answersInScope(s: Scope, first: number): { sql: string; params: unknown[] } {
  if (!s.from && !s.to && !s.all && s.upTo !== null) {
    return { sql: `AND a.response_id NOT IN (SELECT r.id FROM form_responses r WHERE r.form_id = $1 AND (r.group_no IS NULL OR r.group_no > $${first}))`, params: [s.upTo] };
  }
  const c = responseConditions(s, first);
  if (!c.sql) return { sql: '', params: [] };
  return { sql: `AND a.response_id IN (SELECT r.id FROM form_responses r WHERE r.form_id = $1 AND ${c.sql})`, params: c.params };
}

/**
 * The report's figures, computed by PostgreSQL: counts, means and medians come back per question
 * and option; no response is loaded into the application to compute them.
 */
@Injectable()
export class FormReportsRepository {
  constructor(private readonly tx: Tx) {}

  async responseCount(formId: string, s: Scope): Promise<number> {
    const c = responseConditions(s, 2);
    const [{ n }]: Array<{ n: number }> = await this.tx.manager.query(`SELECT count(*)::int AS n FROM form_responses r WHERE r.form_id = $1 ${c.sql ? `AND ${c.sql}` : ''}`, [formId, ...c.params]);
    return n;
  }

  /**
   * Per question: n (respondents; a list of choices counts once, by its first row), the mean of
   * the numbers, and the count per option or scale value, in one scan of the form's answers
   * (grouping sets: one row per question, one per value). The median comes from the counts per
   * value, so PostgreSQL never sorts the answers. Nothing but these few rows leaves the database.
   */
  async aggregates(formId: string, s: Scope): Promise<Map<string, QuestionAggregate>> {
    const period = answersInScope(s, 2);
    const rows: Array<{ key: string; total: number; num: number | null; choice: string | null; count: number; n: number; mean: number | null }> = await this.tx.manager.query(
      `SELECT a.question_key AS key, GROUPING(a.num, a.choice)::int AS total, a.num, a.choice, count(*)::int AS count,
              count(*) FILTER (WHERE a.position = 0)::int AS n, avg(a.num)::float8 AS mean
         FROM form_answers a WHERE a.form_id = $1 ${period.sql}
        GROUP BY GROUPING SETS ((a.question_key), (a.question_key, a.num, a.choice))`,
      [formId, ...period.params],
    );
    const out = new Map<string, QuestionAggregate>();
    const of = (key: string) => out.get(key) ?? out.set(key, { key, n: 0, mean: null, median: null, counts: {} }).get(key)!;
    for (const r of rows) {
      const agg = of(r.key);
      if (r.total) {
        agg.n = r.n;
        agg.mean = r.mean;
      } else if (r.num !== null || r.choice !== null) {
        agg.counts[r.choice ?? String(r.num)] = r.count;
      }
    }
    for (const agg of out.values()) if (agg.mean !== null) agg.median = medianOfCounts(agg.counts);
    return out;
  }

  /** Free-text answers of `keys`, at most `limit` each, in the (random, stable) order of response ids. */
  async texts(formId: string, keys: string[], s: Scope, limit: number): Promise<Map<string, Array<{ text: string; lang: string }>>> {
    const out = new Map<string, Array<{ text: string; lang: string }>>(keys.map((k) => [k, []]));
    if (!keys.length) return out;
    const period = answersInScope(s, 4);
    const rows: Array<{ key: string; text: string; lang: string | null }> = await this.tx.manager.query(
      `SELECT q.key, t.text, t.lang FROM unnest($2::text[]) WITH ORDINALITY AS q(key, i)
         CROSS JOIN LATERAL (SELECT a.response_id, a.text, a.lang FROM form_answers a WHERE a.form_id = $1 AND a.question_key = q.key AND a.text IS NOT NULL ${period.sql} ORDER BY a.response_id LIMIT $3) t
        ORDER BY q.i, t.response_id`,
      [formId, keys, limit, ...period.params],
    );
    for (const r of rows) out.get(r.key)!.push({ text: r.text, lang: r.lang ?? 'bg' });
    return out;
  }

  /**
   * Every response with its answers, in batches by id (random: no order of arrival): a CSV of
   * 250,000 responses streams with flat memory. Identified forms also name the respondent.
   */
  async *responses(formId: string, identified: boolean, scope: Scope, batchSize = 2000): AsyncGenerator<RawResponseRow> {
    let after: string | null = null;
    const c = responseConditions(scope, 4);
    for (;;) {
      const batch: Array<Omit<RawResponseRow, 'answers'>> = await this.tx.manager.query(
        `SELECT r.id, r.submitted_on,
                ${identified ? 'u.email AS user_email, u.display_name AS user_name, i.email AS invitation_email, i.name AS invitation_name' : 'NULL AS user_email, NULL AS user_name, NULL AS invitation_email, NULL AS invitation_name'}
           FROM form_responses r
           ${identified ? 'LEFT JOIN users u ON u.id = r.user_id LEFT JOIN form_invitations i ON i.id = r.invitation_id' : ''}
          WHERE r.form_id = $1 AND r.id > $3 ${c.sql ? `AND ${c.sql}` : ''}
          ORDER BY r.id LIMIT $2`,
        [formId, batchSize, after ?? '00000000-0000-0000-0000-000000000000', ...c.params],
      );
      if (!batch.length) return;
      const answers: Array<{ response_id: string; question_key: string; num: number | null; choice: string | null; text: string | null }> = await this.tx.manager.query(
        'SELECT response_id, question_key, num, choice, text FROM form_answers WHERE response_id = ANY($1::uuid[]) ORDER BY response_id, question_key, position',
        [batch.map((r) => r.id)],
      );
      const byResponse = new Map<string, RawResponseRow['answers']>();
      for (const a of answers) (byResponse.get(a.response_id) ?? byResponse.set(a.response_id, []).get(a.response_id)!).push([a.question_key, a.num, a.choice, a.text]);
      for (const row of batch) yield { ...row, answers: byResponse.get(row.id) ?? [] };
      if (batch.length < batchSize) return;
      after = batch[batch.length - 1].id;
    }
  }

  /**
   * Satisfaction and feedback forms of a municipality per activity (the forms' subject, or the
   * form itself) and month, and per activity over the period: responses, the mean of Likert and
   * 0–10 answers on a 0–100 scale, and the NPS of NPS answers.
   */
  satisfaction(municipalityId: string, p: Period, now: Date): Promise<SatisfactionRow[]> {
    const params: unknown[] = [municipalityId, now];
    const conds: string[] = ['r.group_no <= f.shown'];
    if (p.from) conds.push(`r.grouped_on >= $${params.push(p.from)}::date`);
    if (p.to) conds.push(`r.grouped_on <= $${params.push(p.to)}::date`);
    // whole groups shown by each form's report, by the day of their group; a form whose shown
    // responses are fewer than its minimum (a lone group of leftovers) counts nowhere
    return this.tx.manager.query(
      `WITH f0 AS MATERIALIZED (
         SELECT id, coalesce(subject_type, 'form') AS type, coalesce(subject_id, id) AS activity_id, min_group_size, questions, form_shown_group(id, $2) AS shown
           FROM forms WHERE municipality_id = $1 AND published_at IS NOT NULL AND purpose IN ('satisfaction', 'feedback')
       ),
       f AS (
         SELECT f0.* FROM f0 WHERE (SELECT count(*) FROM form_responses x WHERE x.form_id = f0.id AND x.group_no <= f0.shown) >= f0.min_group_size
       ),
       q AS (SELECT f.id AS form_id, e->>'key' AS key, e->>'type' AS type FROM f CROSS JOIN LATERAL jsonb_array_elements(f.questions) e WHERE e->>'type' IN ('likert5', 'rating10', 'nps')),
       r AS (
         SELECT r.id, r.form_id, f.type, f.activity_id, f.min_group_size, to_char(r.grouped_on, 'YYYY-MM') AS month
           FROM form_responses r JOIN f ON f.id = r.form_id WHERE ${conds.join(' AND ')}
       ),
       resp AS (
         SELECT type, activity_id, month, count(*)::int AS responses, count(DISTINCT form_id)::int AS forms, max(min_group_size)::int AS min_group_size
           FROM r GROUP BY GROUPING SETS ((type, activity_id, month), (type, activity_id))
       ),
       score AS (
         SELECT r.type, r.activity_id, r.month,
                round(avg(${satisfactionScoreSql('q.type', 'a.num')}), 1)::float8 AS mean,
                ${npsScoreSql('q.type', 'a.num')}::float8 AS nps
           FROM r JOIN form_answers a ON a.response_id = r.id JOIN q ON q.form_id = a.form_id AND q.key = a.question_key
          GROUP BY GROUPING SETS ((r.type, r.activity_id, r.month), (r.type, r.activity_id))
       )
       SELECT resp.type, resp.activity_id AS id, resp.month, resp.forms, resp.responses, resp.min_group_size, score.mean, score.nps
         FROM resp LEFT JOIN score ON score.type = resp.type AND score.activity_id = resp.activity_id AND score.month IS NOT DISTINCT FROM resp.month
        ORDER BY resp.month NULLS FIRST, resp.type, resp.activity_id`,
      params,
    );
  }

  /** The title of each activity (consultation, meeting, body, or the form itself). */
  async activityTitles(activities: Array<{ type: string; id: string }>): Promise<Map<string, LocalizedText>> {
    const out = new Map<string, LocalizedText>();
    const table = { consultation: 'consultations', meeting: 'meetings', body: 'bodies', form: 'forms' } as Record<string, string>;
    for (const type of Object.keys(table)) {
      const ids = activities.filter((a) => a.type === type).map((a) => a.id);
      if (!ids.length) continue;
      const rows: Array<{ id: string; title: LocalizedText }> = await this.tx.manager.query(`SELECT id, ${type === 'body' ? 'name' : 'title'} AS title FROM ${table[type]} WHERE id = ANY($1::uuid[])`, [ids]);
      for (const r of rows) out.set(`${type}:${r.id}`, r.title);
    }
    return out;
  }
}
