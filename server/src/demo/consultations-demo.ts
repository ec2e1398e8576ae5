import type { EntityManager } from 'typeorm';
import type { Locale } from '../common/locale';
import { computeDeadline } from '../legal-time/deadline';
import { parseSections } from '../consultations/sections';
import { consultationStatus } from '../consultations/status';
import { decisionTotals } from '../reports/report-format';
import type { Decision } from '../reports/contribution-response.entity';
import { localDateOf, startOfLocalDay } from '../legal-time/zoned-time';
import { DEMO_CONSULTATIONS, DemoConsultation } from './consultations-demo-data';

const DAY = 86_400_000;

interface MunicipalityRow {
  id: string;
  slug: string;
  country: 'BG' | 'MK';
  time_zone: string;
  default_locale: Locale;
}

/**
 * Loads the demo consultations, dated from `now` so that each is in its intended state when
 * the demo starts (open, closed awaiting answers, reported, decided…). Uses the same pure rules
 * as the API (deadline calculator, section parser) and checks every resulting status.
 */
export async function seedConsultations(em: EntityManager, now: Date): Promise<void> {
  const municipalities = new Map<string, MunicipalityRow>(((await em.query('SELECT id, slug, country, time_zone, default_locale FROM municipalities')) as MunicipalityRow[]).map((m) => [m.slug, m]));
  const users = new Map<string, string>(((await em.query('SELECT id, email FROM users WHERE email IS NOT NULL')) as Array<{ id: string; email: string }>).map((u) => [u.email, u.id]));
  const [ngo] = (await em.query(`SELECT id, name FROM organizations WHERE verified_at IS NOT NULL ORDER BY created_at LIMIT 1`)) as Array<{ id: string; name: string }>;
  const officers = new Map<string, string>(((await em.query(`SELECT municipality_id, user_id FROM staff_roles WHERE role = 'officer'`)) as Array<{ municipality_id: string; user_id: string }>).map((r) => [r.municipality_id, r.user_id]));
  for (const demo of DEMO_CONSULTATIONS) {
    const m = municipalities.get(demo.municipality)!;
    await seedOne(em, demo, m, now, { users, ngo, officerId: officers.get(m.id) ?? users.get('admin@sabor.example')! });
  }
}

async function seedOne(em: EntityManager, demo: DemoConsultation, m: MunicipalityRow, now: Date, ctx: { users: Map<string, string>; ngo: { id: string; name: string }; officerId: string }): Promise<void> {
  const body = demo.body[m.default_locale] ?? Object.values(demo.body)[0]!;
  const searchText = [demo.title, demo.summary, demo.body].flatMap((t) => Object.values(t)).join('\n');
  const motives = demo.motives ? Object.fromEntries(Object.entries(demo.motives).map(([k, v]) => [k, { [m.default_locale]: v }])) : null;
  let dates: { publishOn: string; publishedAt: Date; opensAt: Date; closesAt: Date; lastDay: string; movedFrom: string | null } | null = null;
  if (demo.state !== 'draft') {
    const publishOn = localDateOf(new Date(now.getTime() - demo.publishedDaysAgo * DAY), m.time_zone);
    // today: published now; a day ahead: scheduled, public and open from that day's 00:00; earlier: published at 09:00
    const publishedAt = demo.publishedDaysAgo === 0 ? now : demo.publishedDaysAgo < 0 ? startOfLocalDay(publishOn, m.time_zone) : new Date(startOfLocalDay(publishOn, m.time_zone).getTime() + 9 * 3600_000);
    const d = computeDeadline({ publishOn, publishedAt, periodDays: demo.periodDays, country: m.country, timeZone: m.time_zone });
    dates = { publishOn, publishedAt, opensAt: d.opensAt, closesAt: d.closesAt, lastDay: d.lastDay, movedFrom: d.movedFrom ?? null };
  }
  const answeredAt = dates ? new Date(dates.closesAt.getTime() + 2 * DAY) : null;
  const reportAt = dates && (demo.state === 'reported' || demo.state === 'decided') ? new Date(dates.closesAt.getTime() + 4 * DAY) : null;
  const outcomeAt = demo.outcome ? new Date(now.getTime() - demo.outcome.decidedDaysAgo * DAY) : null;

  const [{ id }] = (await em.query(
    `INSERT INTO consultations (municipality_id, kind, title, summary, body, motives, contact, period_days, shortened_reason, publish_on, published_at, opens_at, closes_at,
                                last_day, moved_from, report_published_at, outcome_result, outcome_decision_ref, outcome_decided_on, outcome_note, outcome_recorded_at, version, search_text, created_by, created_at)
     VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16,$17,$18,$19,$20,$21,$22,$23,$24,$25) RETURNING id`,
    [
      m.id, demo.kind, JSON.stringify(demo.title), JSON.stringify(demo.summary), JSON.stringify(demo.body), motives ? JSON.stringify(motives) : null, JSON.stringify(demo.contact),
      demo.periodDays, demo.shortenedReason ?? null, dates?.publishOn ?? null, dates?.publishedAt ?? null, dates?.opensAt ?? null, dates?.closesAt ?? null,
      dates?.lastDay ?? null, dates?.movedFrom ?? null, reportAt, demo.outcome?.result ?? null, demo.outcome?.decisionRef ?? null,
      outcomeAt ? localDateOf(outcomeAt, m.time_zone) : null, demo.outcome?.note ?? null, outcomeAt, dates ? 1 : 0, searchText, ctx.officerId,
      dates ? new Date(dates.publishedAt.getTime() - 3 * DAY) : now,
    ],
  )) as Array<{ id: string }>;

  const sectionIds = new Map<string, string>();
  for (const s of parseSections(body)) {
    const [row] = (await em.query(`INSERT INTO consultation_sections (consultation_id, ordinal, ref, title, text, chapter) VALUES ($1,$2,$3,$4,$5,$6) RETURNING id`, [id, s.ordinal, s.ref, s.title, s.text, s.chapter])) as Array<{ id: string }>;
    sectionIds.set(s.ref, row.id);
  }
  if (!dates) return;
  await em.query(`INSERT INTO consultation_versions (consultation_id, subject, version, snapshot, created_by, created_at) VALUES ($1, 'draft', 1, $2, $3, $4)`, [
    id, JSON.stringify({ kind: demo.kind, title: demo.title, summary: demo.summary, body: demo.body, motives, contact: demo.contact, periodDays: demo.periodDays }), ctx.officerId, dates.publishedAt,
  ]);

  // contributions spread over the part of the window that has passed
  const windowEnd = Math.min(now.getTime(), dates.closesAt.getTime());
  const span = Math.max(0, windowEnd - dates.opensAt.getTime());
  const participants = new Map<string, number>();
  const voters = [...ctx.users.values()];
  for (const [i, c] of demo.contributions.entries()) {
    const receivedAt = new Date(dates.opensAt.getTime() + Math.floor((span * (i + 1)) / (demo.contributions.length + 1)));
    const online = typeof c.by === 'string';
    const authorId = online ? ctx.users.get(c.by as string)! : null;
    const offline = online ? null : (c.by as Exclude<DemoContribution['by'], string>);
    const key = online ? `user:${authorId}` : offline!.email ? `email:${offline!.email}` : `once:${i}`;
    if (!participants.has(key)) participants.set(key, participants.size + 1);
    const [displayName] = online ? ((await em.query('SELECT display_name FROM users WHERE id = $1', [authorId])) as Array<{ display_name: string }>).map((u) => u.display_name) : [offline!.name];
    const [row] = (await em.query(
      `INSERT INTO contributions (consultation_id, section_id, kind, body, author_id, author_name, author_email, organization_id, organization_name, publish_name, participant_no, channel, received_at, registered_by, support_count, lang)
       VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16) RETURNING id`,
      [
        id, c.section ? (sectionIds.get(c.section) ?? null) : null, c.kind, c.body, authorId, displayName, offline?.email ?? null,
        c.onBehalfOfNgo ? ctx.ngo.id : null, c.onBehalfOfNgo ? ctx.ngo.name : (offline?.organization ?? null), c.publishName, participants.get(key), online ? 'online' : offline!.channel,
        receivedAt, online ? null : ctx.officerId, 0, m.default_locale,
      ],
    )) as Array<{ id: string }>;
    const supporters = voters.filter((v) => v !== authorId).slice(0, c.supports ?? 0);
    for (const s of supporters) await em.query('INSERT INTO contribution_supports (contribution_id, user_id, created_at) VALUES ($1, $2, $3)', [row.id, s, receivedAt]);
    if (supporters.length) await em.query('UPDATE contributions SET support_count = $2 WHERE id = $1', [row.id, supporters.length]);
    if (c.answer && answeredAt) {
      await em.query(`INSERT INTO contribution_responses (contribution_id, consultation_id, version, decision, reasoning, officer_id, current, created_at, lang) VALUES ($1,$2,1,$3,$4,$5,true,$6,$7)`, [row.id, id, c.answer.decision, c.answer.reasoning, ctx.officerId, answeredAt, m.default_locale]);
    }
  }
  for (const [key, no] of participants) await em.query('INSERT INTO consultation_participants (consultation_id, author_key, participant_no) VALUES ($1, $2, $3)', [id, key, no]);
  await em.query('INSERT INTO consultation_participant_counters (consultation_id, last_no) VALUES ($1, $2)', [id, participants.size]);
  if (reportAt) {
    // the same snapshot as publishing the справка records: its totals and every item's decision
    const items = (await em.query(
      `SELECT c.id AS "contributionId", c.kind, r.decision, r.reasoning FROM contributions c
         LEFT JOIN contribution_responses r ON r.contribution_id = c.id AND r.current
        WHERE c.consultation_id = $1 AND c.hidden_at IS NULL ORDER BY c.received_at, c.id`,
      [id],
    )) as Array<{ contributionId: string; kind: string; decision: Decision | null; reasoning: string | null }>;
    const totals = { contributions: items.length, proposals: items.filter((i) => i.kind === 'proposal').length, ...decisionTotals(items) };
    const snapshot = { totals, items: items.map(({ contributionId, decision, reasoning }) => ({ contributionId, decision, reasoning })) };
    await em.query(`INSERT INTO consultation_versions (consultation_id, subject, version, snapshot, created_by, created_at) VALUES ($1, 'report', 1, $2, $3, $4)`, [id, JSON.stringify(snapshot), ctx.officerId, reportAt]);
  }

  const status = consultationStatus({ publishedAt: dates.publishedAt, opensAt: dates.opensAt, closesAt: dates.closesAt, reportPublishedAt: reportAt, outcomeRecordedAt: outcomeAt }, now);
  if (status !== demo.state) throw new Error(`demo consultation "${Object.values(demo.title)[0]}" is ${status}, meant to be ${demo.state}`);
}

type DemoContribution = DemoConsultation['contributions'][number];
