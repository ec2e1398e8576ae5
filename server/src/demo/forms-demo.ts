import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { addDays, endOfLocalDay, localDateOf, zonedToUtc } from '../legal-time/zoned-time';
import { FormQuestion, scaleOf } from '../forms/questions';
import { DemoForm, DemoQuestion, PRESTIZH_SURVEY, TWINNING_FORM } from './forms-demo-data';

const DAY = 86_400_000;

/** A small deterministic generator (mulberry32): the same demo answers on every start. */
function generator(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick(rng: () => number, weights: number[]): number {
  const total = weights.reduce((s, w) => s + w, 0);
  let r = rng() * total;
  for (const [i, w] of weights.entries()) {
    r -= w;
    if (r < 0) return i;
  }
  return weights.length - 1;
}

function toQuestions(demo: DemoQuestion[]): FormQuestion[] {
  return demo.map((q) => ({ key: q.key, type: q.type, label: q.label, required: q.required ?? false, options: q.options ?? [], maxChoices: q.maxChoices ?? null, scaleLabels: q.scaleLabels ?? null }));
}

interface AnswerRow {
  response_id: string;
  form_id: string;
  question_key: string;
  position: number;
  num: number | null;
  choice: string | null;
  text: string | null;
  /** the language of a text */
  lang?: string;
}

/** One respondent's answers drawn from the question's weights; optional questions are skipped as often as people skip them. */
function answersOf(questions: DemoQuestion[], rng: () => number, lang: 'bg' | 'mk', responseId: string, formId: string): AnswerRow[] {
  const rows: AnswerRow[] = [];
  const row = (q: DemoQuestion, position: number, v: Partial<AnswerRow>) => rows.push({ response_id: responseId, form_id: formId, question_key: q.key, position, num: null, choice: null, text: null, ...v });
  for (const q of questions) {
    if (!q.required && rng() > (q.answered ?? 1)) continue;
    const scale = scaleOf(q.type);
    if (scale.length) row(q, 0, { num: scale[pick(rng, q.weights!)] });
    else if (q.type === 'single') row(q, 0, { choice: q.options![pick(rng, q.weights!)].key });
    else if (q.type === 'multiple') {
      const count = 1 + pick(rng, [45, 35, 20].slice(0, q.maxChoices ?? 3));
      const weights = [...q.weights!];
      const chosen = new Set<number>();
      while (chosen.size < count) {
        const i = pick(rng, weights);
        chosen.add(i);
        weights[i] = 0;
      }
      [...chosen].sort((a, b) => a - b).forEach((i, position) => row(q, position, { choice: q.options![i].key }));
    } else {
      const textLang = q.texts?.[lang] ? lang : 'bg';
      const texts = q.texts?.[textLang] ?? [];
      if (texts.length) row(q, 0, { text: texts[Math.floor(rng() * texts.length)], lang: textLang });
    }
  }
  return rows;
}

/** Inserts many rows in a few statements (the demo loads in one transaction at first start). */
async function bulk(em: EntityManager, table: string, columns: Array<[string, string]>, rows: object[]): Promise<void> {
  const names = columns.map(([c]) => c).join(', ');
  const types = columns.map(([c, t]) => `${c} ${t}`).join(', ');
  for (let i = 0; i < rows.length; i += 1000) {
    await em.query(`INSERT INTO ${table} (${names}) SELECT ${names} FROM jsonb_to_recordset($1::jsonb) AS x(${types})`, [JSON.stringify(rows.slice(i, i + 1000))]);
  }
}

async function insertForm(em: EntityManager, f: DemoForm, extra: Record<string, unknown>): Promise<string> {
  const [row] = (await em.query(
    `INSERT INTO forms (municipality_id, purpose, subject_type, subject_id, title, description, anonymous, audience, opens_at, closes_at, min_group_size, publish_results, questions, published_at, created_by, created_at, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, true, $7, $8, $9, 5, false, $10, $11, $12, $13, $11) RETURNING id`,
    [extra.municipalityId, f.purpose, extra.subjectType ?? null, extra.subjectId ?? null, JSON.stringify(f.title), JSON.stringify(f.description), extra.audience, extra.opensAt, extra.closesAt, JSON.stringify(toQuestions(f.questions)), extra.publishedAt, extra.createdBy, extra.createdAt],
  )) as Array<{ id: string }>;
  return row.id;
}

/**
 * The answers as the API would have stored them: in groups of the forms' minimum (5) in order of
 * arrival, each response dated the day its group was complete, the last few with the last group.
 */
async function insertResponses(em: EntityManager, formId: string, responses: Array<{ id: string; submittedOn: string; answers: AnswerRow[] }>): Promise<void> {
  const byDay = [...responses].sort((a, b) => (a.submittedOn < b.submittedOn ? -1 : a.submittedOn > b.submittedOn ? 1 : 0));
  const groups = Math.max(1, Math.floor(byDay.length / 5));
  const rows = byDay.map((r, i) => {
    const group = Math.min(Math.floor(i / 5), groups - 1);
    const day = byDay[group === groups - 1 ? byDay.length - 1 : (group + 1) * 5 - 1].submittedOn;
    return { id: r.id, form_id: formId, submitted_on: day, anonymous: true, group_no: group + 1, grouped_on: day };
  });
  await bulk(
    em,
    'form_responses',
    [['id', 'uuid'], ['form_id', 'uuid'], ['submitted_on', 'date'], ['anonymous', 'boolean'], ['group_no', 'int'], ['grouped_on', 'date']],
    rows.sort((a, b) => (a.id < b.id ? -1 : 1)),
  );
  await bulk(
    em,
    'form_answers',
    [['response_id', 'uuid'], ['form_id', 'uuid'], ['question_key', 'varchar'], ['position', 'smallint'], ['num', 'smallint'], ['choice', 'varchar'], ['text', 'text'], ['lang', 'varchar']],
    responses.flatMap((r) => r.answers),
  );
}

/**
 * The demo forms: the satisfaction form of the 2019 twinning meeting in Dupnitsa, with a link for
 * each of its 271 attendees (handed out on cards: the sign-up sheets had no e-mail addresses) and
 * 214 anonymous answers; and the PRESTIZH survey of needs and attitudes in Haskovo, open to the
 * public, with 340 answers over the last 30 days. The partner NGO reviews both, so it becomes a
 * partner of Dupnitsa too.
 */
export async function seedForms(em: EntityManager, now: Date): Promise<void> {
  const municipalities = new Map(((await em.query('SELECT id, slug, time_zone FROM municipalities')) as Array<{ id: string; slug: string; time_zone: string }>).map((m) => [m.slug, m]));
  const officers = new Map(((await em.query(`SELECT municipality_id, user_id FROM staff_roles WHERE role = 'officer'`)) as Array<{ municipality_id: string; user_id: string }>).map((r) => [r.municipality_id, r.user_id]));
  const [ngo] = (await em.query('SELECT id FROM organizations WHERE verified_at IS NOT NULL ORDER BY created_at LIMIT 1')) as Array<{ id: string }>;
  const dupnitsa = municipalities.get(TWINNING_FORM.municipality)!;
  if (ngo) await em.query('INSERT INTO partnerships (municipality_id, organization_id) VALUES ($1, $2) ON CONFLICT DO NOTHING', [dupnitsa.id, ngo.id]);

  // ---- the twinning meeting ------------------------------------------------------------------
  const [meeting] = (await em.query(`SELECT id, ends_at FROM meetings WHERE municipality_id = $1 AND title->>'bg' = $2`, [dupnitsa.id, TWINNING_FORM.meetingTitle])) as Array<{ id: string; ends_at: Date }>;
  if (meeting) {
    const rng = generator(20190221);
    const publishedAt = new Date(meeting.ends_at.getTime() - 2 * 3600_000);
    const formId = await insertForm(em, TWINNING_FORM, {
      municipalityId: dupnitsa.id,
      subjectType: 'meeting',
      subjectId: meeting.id,
      audience: 'invited',
      opensAt: publishedAt,
      closesAt: endOfLocalDay('2019-03-15', dupnitsa.time_zone),
      publishedAt,
      createdBy: officers.get(dupnitsa.id) ?? null,
      createdAt: new Date(publishedAt.getTime() - 3 * DAY),
    });
    const attendees = (await em.query(
      `SELECT r.id, r.name, r.locale FROM meeting_registrations r
        WHERE r.meeting_id = $1 AND r.status = 'registered' AND EXISTS (SELECT 1 FROM meeting_check_ins ci WHERE ci.registration_id = r.id) ORDER BY r.seq`,
      [meeting.id],
    )) as Array<{ id: string; name: string; locale: 'bg' | 'mk' }>;
    // who answered: a random 214 of them (only the links know, and only that they were used)
    const order = attendees.map((_, i) => i);
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rng() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    const answered = new Set(order.slice(0, TWINNING_FORM.respondents));
    await bulk(
      em,
      'form_invitations',
      [['id', 'uuid'], ['form_id', 'uuid'], ['name', 'text'], ['locale', 'varchar'], ['registration_id', 'uuid'], ['token_hash', 'text'], ['used', 'boolean'], ['created_at', 'timestamptz'], ['created_by', 'uuid']],
      attendees.map((a, i) => ({
        id: randomUUID(),
        form_id: formId,
        name: a.name,
        locale: a.locale,
        registration_id: a.id,
        token_hash: createHash('sha256').update(randomBytes(32)).digest('hex'),
        used: answered.has(i),
        created_at: publishedAt,
        created_by: officers.get(dupnitsa.id) ?? null,
      })),
    );
    const days = TWINNING_FORM.days.flatMap(([day, n]) => Array<string>(n).fill(day));
    const responses = order.slice(0, TWINNING_FORM.respondents).map((i, k) => {
      const id = randomUUID();
      return { id, submittedOn: days[k], answers: answersOf(TWINNING_FORM.questions, rng, attendees[i].locale === 'mk' ? 'mk' : 'bg', id, formId) };
    });
    await insertResponses(em, formId, responses);
  }

  // ---- the PRESTIZH survey in Haskovo --------------------------------------------------------
  const haskovo = municipalities.get(PRESTIZH_SURVEY.municipality)!;
  const rng = generator(20230324);
  const today = localDateOf(now, haskovo.time_zone);
  const opened = addDays(today, -PRESTIZH_SURVEY.openedDaysAgo);
  const opensAt = zonedToUtc(opened, '09:00', haskovo.time_zone);
  const formId = await insertForm(em, PRESTIZH_SURVEY, {
    municipalityId: haskovo.id,
    audience: 'public',
    opensAt,
    closesAt: endOfLocalDay(addDays(today, PRESTIZH_SURVEY.closesInDays), haskovo.time_zone),
    publishedAt: new Date(Math.min(opensAt.getTime(), now.getTime())),
    createdBy: officers.get(haskovo.id) ?? null,
    createdAt: new Date(opensAt.getTime() - 5 * DAY),
  });
  // most answers in the first days after the launch and after a reminder in the local press
  const dayWeights = Array.from({ length: PRESTIZH_SURVEY.openedDaysAgo + 1 }, (_, daysAgo) => (daysAgo >= PRESTIZH_SURVEY.openedDaysAgo - 4 ? 5 : daysAgo >= 12 && daysAgo <= 15 ? 4 : 1));
  const responses = Array.from({ length: PRESTIZH_SURVEY.respondents }, () => {
    const id = randomUUID();
    return { id, submittedOn: addDays(today, -pick(rng, dayWeights)), answers: answersOf(PRESTIZH_SURVEY.questions, rng, 'bg', id, formId) };
  });
  await insertResponses(em, formId, responses);
}
