import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { LocalizedText } from '../common/locale';
import { Tx } from '../database/transaction';
import type { SqlPredicate } from '../policy/subject-policy';
import { Form, FormAnswer, FormInvitation, FormRespondent, FormResponse, FormResponseInbox, SubjectType } from './form.entity';
import { CLOSED_WITH_WAITING_SQL, GROUP_RELEASE_SQL } from './inbox-sql';
import type { CleanAnswer } from './questions';

export type FormStatus = 'draft' | 'scheduled' | 'open' | 'closed';

export interface FormListFilter {
  municipalityId?: string;
  status?: FormStatus;
  purpose?: string;
  /** which forms the caller finds: the form policy's `list` predicate over alias `f` */
  visible: SqlPredicate;
  now: Date;
}

export interface Recipient {
  email: string;
  name: string | null;
  locale: string | null;
  registrationId: string | null;
}

/** The SQL condition for a status by the clock (`:now`). */
export const STATUS_SQL: Record<FormStatus, string> = {
  draft: 'f.published_at IS NULL',
  scheduled: 'f.published_at IS NOT NULL AND f.opens_at > :now',
  open: 'f.published_at IS NOT NULL AND (f.opens_at IS NULL OR f.opens_at <= :now) AND (f.closes_at IS NULL OR f.closes_at > :now)',
  closed: 'f.published_at IS NOT NULL AND f.closes_at <= :now',
};

@Injectable()
export class FormsRepository {
  constructor(private readonly tx: Tx) {}

  create(data: Partial<Form>): Form {
    return this.tx.repo(Form).create(data);
  }

  save(form: Form): Promise<Form> {
    return this.tx.repo(Form).save(form);
  }

  findById(id: string): Promise<Form | null> {
    return this.tx.repo(Form).findOneBy({ id });
  }

  /** Locks the form: a change of its questions and a new response queue up here. */
  findForUpdate(id: string): Promise<Form | null> {
    return this.tx.repo(Form).createQueryBuilder('f').setLock('pessimistic_write').where('f.id = :id', { id }).getOne();
  }

  /** A shared lock: many responses at once, but not while the questions change. */
  findForShare(id: string): Promise<Form | null> {
    return this.tx.repo(Form).createQueryBuilder('f').setLock('pessimistic_read').where('f.id = :id', { id }).getOne();
  }

  /** Newest first, keyset on (created_at, id); the rows `f.visible` (the form policy's `list`) lets the caller find. */
  async list(f: FormListFilter, limit: number, after?: [string, string]): Promise<Array<Form & { municipalitySlug: string }>> {
    const qb = this.tx
      .repo(Form)
      .createQueryBuilder('f')
      .innerJoin('f.municipality', 'mun')
      .addSelect('mun.slug', 'mun_slug')
      .setParameter('now', f.now)
      .orderBy('f.created_at', 'DESC')
      .addOrderBy('f.id', 'DESC')
      .limit(limit);
    qb.andWhere(f.visible.sql, f.visible.params);
    if (f.municipalityId) qb.andWhere('f.municipality_id = :mid', { mid: f.municipalityId });
    if (f.status) qb.andWhere(`(${STATUS_SQL[f.status]})`);
    if (f.purpose) qb.andWhere('f.purpose = :purpose', { purpose: f.purpose });
    if (after) qb.andWhere('(f.created_at, f.id) < (:afterAt, :afterId)', { afterAt: after[0], afterId: after[1] });
    const { entities, raw } = await qb.getRawAndEntities<{ mun_slug: string }>();
    return entities.map((e, i) => Object.assign(e, { municipalitySlug: raw[i].mun_slug }));
  }

  /** Open forms a signed-in person may answer with the account (public or registered), and whether they did. */
  async answerableBy(userId: string, now: Date, limit: number): Promise<Array<Form & { municipalitySlug: string; answered: boolean }>> {
    const qb = this.tx
      .repo(Form)
      .createQueryBuilder('f')
      .innerJoin('f.municipality', 'mun')
      .addSelect('mun.slug', 'mun_slug')
      .addSelect('EXISTS (SELECT 1 FROM form_respondents fr WHERE fr.form_id = f.id AND fr.user_id = :userId)', 'answered')
      .where(`(${STATUS_SQL.open})`)
      .andWhere(`f.audience IN ('public', 'registered')`)
      .setParameters({ now, userId })
      .orderBy('f.closes_at', 'ASC', 'NULLS LAST')
      .addOrderBy('f.id', 'ASC')
      .limit(limit);
    const { entities, raw } = await qb.getRawAndEntities<{ mun_slug: string; answered: boolean }>();
    return entities.map((e, i) => Object.assign(e, { municipalitySlug: raw[i].mun_slug, answered: raw[i].answered }));
  }

  /**
   * Per form, the responses its report shows at `now` (whole groups: all but the last while the
   * form is open), and the answers not shown yet (waiting for their group, or in the last group).
   */
  async responseCounts(ids: string[], now: Date): Promise<Map<string, { responses: number; pending: number }>> {
    const out = new Map<string, { responses: number; pending: number }>(ids.map((id) => [id, { responses: 0, pending: 0 }]));
    if (!ids.length) return out;
    const rows: Array<{ id: string; responses: number; pending: number }> = await this.tx.manager.query(
      // the shown group once per form (MATERIALIZED: inlined, the function would run for every response)
      `WITH f AS MATERIALIZED (SELECT id, form_shown_group(id, $2) AS upto FROM unnest($1::uuid[]) AS u(id))
       SELECT f.id, c.shown AS responses, c.total - c.shown + (SELECT count(*) FROM form_response_inbox i WHERE i.form_id = f.id)::int AS pending
         FROM f, LATERAL (SELECT count(*)::int AS total, count(*) FILTER (WHERE r.group_no <= f.upto)::int AS shown FROM form_responses r WHERE r.form_id = f.id) c`,
      [ids, now],
    );
    for (const r of rows) out.set(r.id, { responses: r.responses, pending: r.pending });
    return out;
  }

  /** The form's last group, or null (none yet). */
  async lastGroup(formId: string): Promise<number | null> {
    const [{ g }]: Array<{ g: number | null }> = await this.tx.manager.query('SELECT max(group_no) AS g FROM form_responses WHERE form_id = $1', [formId]);
    return g;
  }

  /** The highest group the form's reports show at `now`, or null (none yet). */
  async shownGroup(formId: string, now: Date): Promise<number | null> {
    const [{ g }]: Array<{ g: number | null }> = await this.tx.manager.query('SELECT form_shown_group($1, $2) AS g', [formId, now]);
    return g;
  }

  /** Any answer at all, stored or waiting in the inbox: the questions are then frozen. */
  async hasResponses(formId: string): Promise<boolean> {
    const rows: unknown[] = await this.tx.manager.query('SELECT 1 FROM form_responses WHERE form_id = $1 UNION ALL SELECT 1 FROM form_response_inbox WHERE form_id = $1 LIMIT 1', [formId]);
    return rows.length > 0;
  }

  async invitationCounts(formId: string): Promise<{ invited: number; used: number }> {
    const [row]: Array<{ invited: number; used: number }> = await this.tx.manager.query('SELECT count(*)::int AS invited, count(*) FILTER (WHERE used)::int AS used FROM form_invitations WHERE form_id = $1', [formId]);
    return row;
  }

  /** The subject's municipality and title, or null when it does not exist. */
  /** What a form is about; `draft` for a consultation not yet published (its title is its officers' alone). */
  async subject(type: SubjectType, id: string): Promise<{ municipalityId: string; title: LocalizedText; draft: boolean } | null> {
    const sql = {
      consultation: 'SELECT municipality_id AS "municipalityId", title, published_at IS NULL AS draft FROM consultations WHERE id = $1',
      meeting: 'SELECT municipality_id AS "municipalityId", title, false AS draft FROM meetings WHERE id = $1',
      body: 'SELECT municipality_id AS "municipalityId", name AS title, false AS draft FROM bodies WHERE id = $1',
    }[type];
    const [row]: Array<{ municipalityId: string; title: LocalizedText; draft: boolean }> = await this.tx.manager.query(sql, [id]);
    return row ?? null;
  }

  // ---- invitations ---------------------------------------------------------------------------

  /** Everyone who attended (checked in at least once) and can be written to. */
  attendees(meetingId: string): Promise<Array<Recipient & { hasEmail: boolean }>> {
    return this.tx.manager.query(
      `SELECT r.id AS "registrationId", lower(coalesce(r.email, u.email)) AS email, coalesce(u.display_name, r.name) AS name, coalesce(u.locale, r.locale) AS locale
         FROM meeting_registrations r LEFT JOIN users u ON u.id = r.user_id AND u.deleted_at IS NULL
        WHERE r.meeting_id = $1 AND r.status = 'registered' AND EXISTS (SELECT 1 FROM meeting_check_ins ci WHERE ci.registration_id = r.id)
        ORDER BY r.seq`,
      [meetingId],
    );
  }

  /** The chosen registrations, with their meeting's municipality. */
  registrations(ids: string[]): Promise<Array<Recipient & { municipalityId: string }>> {
    return this.tx.manager.query(
      `SELECT r.id AS "registrationId", lower(coalesce(r.email, u.email)) AS email, coalesce(u.display_name, r.name) AS name, coalesce(u.locale, r.locale) AS locale, m.municipality_id AS "municipalityId"
         FROM meeting_registrations r JOIN meetings m ON m.id = r.meeting_id LEFT JOIN users u ON u.id = r.user_id AND u.deleted_at IS NULL
        WHERE r.id = ANY($1::uuid[]) ORDER BY r.seq`,
      [ids],
    );
  }

  meetingMunicipality(meetingId: string): Promise<Array<{ municipalityId: string }>> {
    return this.tx.manager.query('SELECT municipality_id AS "municipalityId" FROM meetings WHERE id = $1', [meetingId]);
  }

  /** Accounts with these addresses: their names and languages. */
  accountsByEmail(emails: string[]): Promise<Array<{ email: string; name: string; locale: string }>> {
    return this.tx.manager.query('SELECT lower(email) AS email, display_name AS name, locale FROM users WHERE lower(email) = ANY($1::text[]) AND deleted_at IS NULL', [emails]);
  }

  async invitedEmails(formId: string, emails: string[]): Promise<Set<string>> {
    const rows: Array<{ email: string }> = await this.tx.manager.query('SELECT email FROM form_invitations WHERE form_id = $1 AND email = ANY($2::text[])', [formId, emails]);
    return new Set(rows.map((r) => r.email));
  }

  async addInvitations(rows: Array<Omit<FormInvitation, 'form' | 'registration' | 'used' | 'reminders' | 'mailed'>>): Promise<void> {
    for (let i = 0; i < rows.length; i += 500) await this.tx.repo(FormInvitation).insert(rows.slice(i, i + 500));
  }

  findInvitation(formId: string, tokenHash: string): Promise<FormInvitation | null> {
    return this.tx.repo(FormInvitation).findOneBy({ formId, tokenHash });
  }

  /** Spends the link: true when it was unused. Records nothing but the fact. */
  async spendInvitation(id: string): Promise<boolean> {
    // TypeORM answers UPDATE … RETURNING with [rows, count]
    const [, count]: [unknown[], number] = await this.tx.manager.query('UPDATE form_invitations SET used = true WHERE id = $1 AND NOT used', [id]);
    return count === 1;
  }

  /** Counts a reminder on every unused link that has an address; gives how many (never which). */
  async countReminder(formId: string): Promise<number> {
    const [, count]: [unknown[], number] = await this.tx.manager.query('UPDATE form_invitations SET reminders = reminders + 1 WHERE form_id = $1 AND NOT used AND email IS NOT NULL', [formId]);
    return count;
  }

  /** One more reminder round of the form, sent at `at`. */
  async noteReminderRound(formId: string, at: Date): Promise<void> {
    await this.tx.manager.query('UPDATE forms SET reminders_sent = reminders_sent + 1, last_reminder_at = $2 WHERE id = $1', [formId, at]);
  }

  // ---- responses -----------------------------------------------------------------------------

  /** One response per account: false when the account already answered. */
  async addRespondent(formId: string, userId: string): Promise<boolean> {
    const rows: unknown[] = await this.tx.manager.query('INSERT INTO form_respondents (form_id, user_id) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING 1', [formId, userId]);
    return rows.length > 0;
  }

  async hasRespondent(formId: string, userId: string): Promise<boolean> {
    return (await this.tx.repo(FormRespondent).countBy({ formId, userId })) > 0;
  }

  /** The response and its answers in one statement each; a choice list gives one row per option. */
  async addResponse(response: Omit<FormResponse, 'form' | 'user' | 'invitation'>, answers: CleanAnswer[]): Promise<void> {
    await this.tx.repo(FormResponse).insert(response);
    const rows: Array<Omit<FormAnswer, 'response'>> = [];
    for (const a of answers) {
      const base = { responseId: response.id, formId: response.formId, questionKey: a.key, num: null, choice: null, text: null, lang: null };
      if (a.choices) a.choices.forEach((choice, position) => rows.push({ ...base, position, choice }));
      else rows.push({ ...base, position: 0, num: a.num ?? null, text: a.text ?? null, lang: a.text !== undefined ? (a.lang ?? null) : null });
    }
    if (rows.length) await this.tx.repo(FormAnswer).insert(rows);
  }

  /** An anonymous form's answers, into its inbox: a random id, the day, the checked answers. */
  async addToInbox(formId: string, submittedOn: string, answers: CleanAnswer[]): Promise<void> {
    await this.tx.repo(FormResponseInbox).insert({ id: randomUUID(), formId, submittedOn, answers });
  }

  /**
   * Forms the form's next group once `batch` answers wait (anonymous ones leave the inbox as
   * responses, in random order); `final` (a closed form): whatever waits, leftovers joining the
   * last group. Runs in the caller's transaction; returns how many joined a group.
   */
  async releaseGroup(formId: string, batch: number, now: Date, final = false): Promise<number> {
    const [row]: Array<{ n: number }> = await this.tx.manager.query(GROUP_RELEASE_SQL, [formId, batch, now, final]);
    return row.n;
  }

  /** Closed forms (of a municipality, or all) with answers still waiting: into their last group, whatever their number. */
  async releaseClosed(now: Date, municipalityId?: string): Promise<number> {
    const rows: Array<{ form_id: string }> = await this.tx.manager.query(CLOSED_WITH_WAITING_SQL + (municipalityId ? ' AND f.municipality_id = $2' : ''), municipalityId ? [now, municipalityId] : [now]);
    let moved = 0;
    for (const r of rows) moved += await this.releaseGroup(r.form_id, 1, now, true);
    return moved;
  }

  /** For the account export: the account's answers on identified forms, one row per response. */
  identifiedResponsesOf(userId: string): Promise<unknown[]> {
    return this.tx.manager.query(
      `SELECT r.form_id AS "formId", f.title AS "formTitle", r.submitted_on::text AS "submittedOn",
              COALESCE(jsonb_agg(jsonb_build_object('question', a.question_key, 'value', COALESCE(to_jsonb(a.num), to_jsonb(a.choice), to_jsonb(a.text))) ORDER BY a.question_key, a.position) FILTER (WHERE a.response_id IS NOT NULL), '[]') AS answers
         FROM form_responses r JOIN forms f ON f.id = r.form_id LEFT JOIN form_answers a ON a.response_id = r.id
        WHERE r.user_id = $1 GROUP BY r.id, f.title ORDER BY r.submitted_on`,
      [userId],
    );
  }

  /** For the account export: the anonymous forms the account answered (only that it did). */
  anonymousFormsAnsweredBy(userId: string): Promise<unknown[]> {
    return this.tx.manager.query(
      `SELECT p.form_id AS "formId", f.title AS "formTitle" FROM form_respondents p JOIN forms f ON f.id = p.form_id
        WHERE p.user_id = $1 AND f.anonymous ORDER BY f.title->>'bg'`,
      [userId],
    );
  }

  /** The account is being deleted: its identified answers lose the link to it, and its respondent marks go. */
  async forgetRespondent(userId: string): Promise<void> {
    await this.tx.manager.query('UPDATE form_responses SET user_id = NULL WHERE user_id = $1', [userId]);
    await this.tx.manager.query('DELETE FROM form_respondents WHERE user_id = $1', [userId]);
  }
}
