import type { EntityManager } from 'typeorm';
import { addDays, localDateOf, zonedToUtc } from '../legal-time/zoned-time';
import { newRegistrationCode } from '../meetings/code';
import { CATEGORY_CYCLE, DEMO_BODIES, DemoBody, DemoMeeting, TWINNING, demoName } from './meetings-demo-data';

const DAY = 86_400_000;

interface Ctx {
  municipalities: Map<string, { id: string; time_zone: string }>;
  users: Map<string, { id: string; display_name: string; email: string; locale: string }>;
  ngo: { id: string; name: string };
  officers: Map<string, string>;
  now: Date;
}

/**
 * Loads the demo bodies and meetings: the 2019 twinning meeting in Dupnitsa with its 271
 * participants, check-ins and published minutes, and a civic council and a working group in
 * Haskovo with members and meetings (one upcoming, registration open), dated from `now`.
 */
export async function seedMeetings(em: EntityManager, now: Date): Promise<void> {
  const ctx: Ctx = {
    municipalities: new Map(((await em.query('SELECT id, slug, time_zone FROM municipalities')) as Array<{ id: string; slug: string; time_zone: string }>).map((m) => [m.slug, m])),
    users: new Map(((await em.query('SELECT id, email, display_name, locale FROM users WHERE email IS NOT NULL')) as Array<{ id: string; email: string; display_name: string; locale: string }>).map((u) => [u.email, u])),
    ngo: ((await em.query('SELECT id, name FROM organizations WHERE verified_at IS NOT NULL ORDER BY created_at LIMIT 1')) as Array<{ id: string; name: string }>)[0],
    officers: new Map(((await em.query(`SELECT municipality_id, user_id FROM staff_roles WHERE role = 'officer'`)) as Array<{ municipality_id: string; user_id: string }>).map((r) => [r.municipality_id, r.user_id])),
    now,
  };
  await seedTwinning(em, ctx);
  for (const body of DEMO_BODIES) await seedBody(em, body, ctx);
}

async function insertMeeting(em: EntityManager, m: Record<string, unknown>): Promise<string> {
  const cols = Object.keys(m);
  const [row] = (await em.query(
    `INSERT INTO meetings (${cols.map((c) => c.replace(/[A-Z]/g, (x) => `_${x.toLowerCase()}`)).join(', ')}) VALUES (${cols.map((_, i) => `$${i + 1}`).join(', ')}) RETURNING id`,
    Object.values(m).map((v) => (v !== null && typeof v === 'object' && !(v instanceof Date) ? JSON.stringify(v) : v)),
  )) as Array<{ id: string }>;
  return row.id;
}

async function seedTwinning(em: EntityManager, ctx: Ctx): Promise<void> {
  const host = ctx.municipalities.get(TWINNING.municipality)!;
  const tz = host.time_zone;
  const officerId = ctx.officers.get(host.id) ?? null;
  const days = [0, 1, 2, 3].map((d) => addDays(TWINNING.firstDay, d));
  const programme = TWINNING.programme.map((p) => ({ day: days[p.day], startsAt: zonedToUtc(days[p.day], p.from, tz).toISOString(), endsAt: zonedToUtc(days[p.day], p.to, tz).toISOString(), title: p.title, description: p.description ?? {} }));
  const publishedAt = zonedToUtc(TWINNING.minutes.publishedOn, '12:00', tz);
  const minutes = { text: TWINNING.minutes.text, decisions: TWINNING.minutes.decisions, attendeesCount: 271 };
  const createdAt = zonedToUtc('2019-01-15', '10:00', tz);
  const id = await insertMeeting(em, {
    municipalityId: host.id,
    kind: 'partnership_event',
    title: TWINNING.title,
    description: TWINNING.description,
    startsAt: zonedToUtc(TWINNING.firstDay, TWINNING.startTime, tz),
    endsAt: zonedToUtc(TWINNING.lastDay, TWINNING.endTime, tz),
    location: TWINNING.location,
    capacity: TWINNING.capacity,
    registrationOpen: false,
    requireApproval: false,
    programme,
    status: 'scheduled',
    minutesDraft: { ...minutes, updatedAt: publishedAt.toISOString(), updatedBy: officerId },
    minutesVersion: 1,
    minutesPublishedAt: publishedAt,
    createdBy: officerId,
    createdAt,
    updatedAt: publishedAt,
  });
  for (const slug of TWINNING.partners) await em.query('INSERT INTO meeting_partners (meeting_id, municipality_id) VALUES ($1, $2)', [id, ctx.municipalities.get(slug)!.id]);
  await em.query(`INSERT INTO meeting_minutes (meeting_id, version, text, decisions, attendees_count, published_by, published_at) VALUES ($1, 1, $2, $3, 271, $4, $5)`, [id, JSON.stringify(minutes.text), JSON.stringify(minutes.decisions), officerId, publishedAt]);

  // 271 registrations, entered by the Dupnitsa officer from the sign-up sheets
  const people = TWINNING.participants.flatMap((p) => Array.from({ length: p.count }, () => p));
  const total = people.length;
  // everyone came at least once: the absent of each day are four disjoint runs of people
  const absentFrom = [0, 50, 100, 200];
  const codes = new Set<string>();
  for (const [i, p] of people.entries()) {
    let code = newRegistrationCode();
    while (codes.has(code)) code = newRegistrationCode();
    codes.add(code);
    const registeredAt = new Date(createdAt.getTime() + Math.floor((i * 30 * DAY) / total));
    const [r] = (await em.query(
      `INSERT INTO meeting_registrations (meeting_id, name, home_settlement, home_municipality_id, country, category, status, code, walk_in, locale, registered_by, registered_at)
       VALUES ($1, $2, $3, $4, $5, $6, 'registered', $7, false, $8, $9, $10) RETURNING id`,
      [id, demoName(i, p.country), p.settlement, ctx.municipalities.get(p.municipality)!.id, p.country, CATEGORY_CYCLE[i % CATEGORY_CYCLE.length], code, p.country === 'MK' ? 'mk' : 'bg', officerId, registeredAt],
    )) as Array<{ id: string }>;
    for (const [d, day] of days.entries()) {
      const absent = (i - absentFrom[d] + total) % total < total - TWINNING.attendancePerDay[d];
      if (absent) continue;
      await em.query('INSERT INTO meeting_check_ins (registration_id, day, meeting_id, at, checked_in_by) VALUES ($1, $2, $3, $4, $5)', [r.id, day, id, new Date(zonedToUtc(day, '09:15', tz).getTime() + i * 5000), officerId]);
    }
  }
}

async function seedBody(em: EntityManager, demo: DemoBody, ctx: Ctx): Promise<void> {
  const m = ctx.municipalities.get(demo.municipality)!;
  const officerId = ctx.officers.get(m.id) ?? null;
  const today = localDateOf(ctx.now, m.time_zone);
  const [body] = (await em.query(
    `INSERT INTO bodies (municipality_id, kind, name, mandate, visibility, status, created_by, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, 'active', $6, $7, $7) RETURNING id`,
    [m.id, demo.kind, JSON.stringify(demo.name), JSON.stringify(demo.mandate), demo.visibility, officerId, new Date(ctx.now.getTime() - demo.createdDaysAgo * DAY)],
  )) as Array<{ id: string }>;
  if (demo.consultation) {
    await em.query(`INSERT INTO body_consultations (body_id, consultation_id) SELECT $1, id FROM consultations WHERE municipality_id = $2 AND title->>'bg' LIKE $3`, [body.id, m.id, `%${demo.consultation}%`]);
  }
  for (const member of demo.members) {
    const user = member.user ? ctx.users.get(member.user)! : null;
    // the demo's members with an account have accepted their invitation (the demo shows them at work)
    await em.query(`INSERT INTO body_members (body_id, user_id, name, organization_id, role, since, until, created_by, invitation, answered_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`, [
      body.id,
      user?.id ?? null,
      user ? null : member.name,
      member.organization === 'ngo' ? ctx.ngo.id : null,
      member.role,
      addDays(today, -member.sinceDaysAgo),
      member.untilDaysAgo === undefined ? null : addDays(today, -member.untilDaysAgo),
      officerId,
      user ? 'accepted' : null,
      user ? ctx.now : null,
    ]);
  }
  for (const meeting of demo.meetings) await seedBodyMeeting(em, meeting, body.id, m, officerId, ctx);
}

async function seedBodyMeeting(em: EntityManager, demo: DemoMeeting, bodyId: string, m: { id: string; time_zone: string }, officerId: string | null, ctx: Ctx): Promise<void> {
  const tz = m.time_zone;
  const day = localDateOf(new Date(ctx.now.getTime() + demo.inDays * DAY), tz);
  const startsAt = zonedToUtc(day, demo.from, tz);
  const endsAt = zonedToUtc(day, demo.to, tz);
  const createdAt = new Date(Math.min(ctx.now.getTime(), startsAt.getTime()) - 20 * DAY);
  const published = demo.minutes && endsAt < ctx.now ? new Date(endsAt.getTime() + 2 * DAY) : null;
  const minutes = demo.minutes
    ? { text: demo.minutes.text, decisions: demo.minutes.decisions.map((d) => ({ text: d.text, responsible: d.responsible, due: localDateOf(new Date(ctx.now.getTime() + d.dueInDays * DAY), tz) })), attendeesCount: demo.minutes.attendeesCount }
    : null;
  const id = await insertMeeting(em, {
    municipalityId: m.id,
    bodyId: demo.kind === 'body_meeting' || demo.kind === 'public_forum' ? bodyId : null,
    kind: demo.kind,
    title: demo.title,
    description: demo.description,
    startsAt,
    endsAt,
    location: demo.location,
    capacity: demo.capacity ?? null,
    registrationOpen: demo.registrationOpen ?? false,
    requireApproval: false,
    programme: (demo.programme ?? []).map((p) => ({ day, startsAt: zonedToUtc(day, p.from, tz).toISOString(), endsAt: zonedToUtc(day, p.to, tz).toISOString(), title: p.title, description: {} })),
    status: 'scheduled',
    minutesDraft: minutes && published ? { ...minutes, updatedAt: published.toISOString(), updatedBy: officerId } : null,
    minutesVersion: published ? 1 : 0,
    minutesPublishedAt: published,
    createdBy: officerId,
    createdAt,
    updatedAt: published ?? createdAt,
  });
  if (minutes && published) {
    await em.query(`INSERT INTO meeting_minutes (meeting_id, version, text, decisions, attendees_count, published_by, published_at) VALUES ($1, 1, $2, $3, $4, $5, $6)`, [id, JSON.stringify(minutes.text), JSON.stringify(minutes.decisions), minutes.attendeesCount, officerId, published]);
  }
  const codes = new Set<string>();
  for (const [i, r] of (demo.registrations ?? []).entries()) {
    const user = r.user ? ctx.users.get(r.user)! : null;
    let code = newRegistrationCode();
    while (codes.has(code)) code = newRegistrationCode();
    codes.add(code);
    const name = user?.display_name ?? demoName(i * 3 + 1, 'BG');
    const email = user?.email ?? `${['participant', 'youth', 'guest'][i % 3]}${i}@example.org`;
    await em.query(
      `INSERT INTO meeting_registrations (meeting_id, user_id, name, email, home_settlement, country, category, status, code, walk_in, locale, registered_at)
       VALUES ($1, $2, $3, $4, $5, 'BG', $6, 'registered', $7, false, $8, $9)`,
      [id, user?.id ?? null, name, email, r.settlement, r.category, code, user?.locale ?? 'bg', new Date(createdAt.getTime() + (i + 1) * 3600_000)],
    );
  }
}
