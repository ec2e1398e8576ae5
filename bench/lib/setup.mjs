// Two consultations, created and published through the API as the Haskovo officer would; their
// dates are then moved by SQL relative to the server's (fake) clock, and the large one is loaded
// with SQL: 100,000 answered proposals, closed, with its справка published.

import { createHmac } from 'node:crypto';

const DAY = 24 * 3600_000;

const MOTIVES = {
  reasons: 'Липсват правила за обществените консултации.',
  objectives: 'Прозрачност и участие.',
  resources: 'Не са необходими допълнителни средства.',
  expectedResults: 'Повече граждани участват.',
  euCompliance: 'Съответства на правото на ЕС.',
};

function ordinanceBody(articles) {
  const lines = ['Проект на Наредба за реда и условията за ползване на общински паркинги и зони за платено паркиране', ''];
  for (let i = 1; i <= articles; i++) {
    lines.push(`Чл. ${i}. (1) Общината определя зоните за кратковременно платено паркиране по предложение на кмета, след обществено обсъждане, по критериите на чл. ${i + 1}.`, '');
  }
  lines.push('§ 1. Наредбата влиза в сила от деня на обнародването ѝ.');
  return lines.join('\n');
}

/** An access token for account `sub` with session `sid`, signed with the server's `secret` (HS256), valid two hours. */
export function jwt(sub, sid, secret) {
  const b64 = (o) => Buffer.from(JSON.stringify(o)).toString('base64url');
  const now = Math.floor(Date.now() / 1000);
  const data = `${b64({ alg: 'HS256', typ: 'JWT' })}.${b64({ sub, sid, iat: now, exp: now + 7200 })}`;
  return `${data}.${createHmac('sha256', secret).update(data).digest('base64url')}`;
}

/** Access tokens for accounts made with SQL: each gets a session (a refresh-token family), which the server checks on every request. */
export async function sessionTokens(db, userIds, secret) {
  const { rows } = await db.query(
    `INSERT INTO refresh_tokens (user_id, family_id, token_hash, expires_at)
     SELECT u, gen_random_uuid(), md5(random()::text || u::text) || md5(u::text), now() + interval '1 day' FROM unnest($1::uuid[]) u
     RETURNING user_id, family_id`,
    [userIds],
  );
  const sid = new Map(rows.map((r) => [r.user_id, r.family_id]));
  return userIds.map((id) => jwt(id, sid.get(id), secret));
}

export async function api(base, method, url, { token, body, headers = {} } = {}) {
  const res = await fetch(base + url, {
    method,
    headers: { ...(body !== undefined ? { 'content-type': 'application/json' } : {}), ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
    body: body !== undefined ? JSON.stringify(body) : undefined,
  });
  const text = await res.text();
  let json;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: res.status, body: json, text };
}

export async function login(base, email) {
  const r = await api(base, 'POST', '/api/auth/login', { body: { email, password: 'demo-password' } });
  if (r.status !== 200) throw new Error(`login ${email}: ${r.status} ${r.text}`);
  return r.body.accessToken;
}

/** A draft of the size of a real ordinance: 120 articles, about 75,000 characters. */
function longOrdinanceBody() {
  const lines = ['Проект на Наредба за реда и условията за ползване на общински паркинги и зони за платено паркиране', ''];
  for (let i = 1; i <= 120; i++) {
    const s = (k) => SENTENCES[(i * 7 + k * 3) % SENTENCES.length].replace(/^Предлагам |^Моля, |^Моля /, '');
    lines.push(`Чл. ${i}. (1) ${s(0)} ${s(1)} ${s(2)}`, '', `(2) ${s(3)} ${s(4)} ${s(5)}`, '', `(3) В случаите по ал. ${1 + (i % 2)} кметът издава заповед в срок до ${7 + (i % 14)} дни.`, '');
  }
  lines.push('§ 1. Наредбата влиза в сила от деня на обнародването ѝ.');
  return lines.join('\n');
}

async function createPublished(base, officer, title, articles) {
  const body = articles === 'long' ? longOrdinanceBody() : ordinanceBody(articles);
  const created = await api(base, 'POST', '/api/consultations', { token: officer, body: { municipalityId: 'haskovo', kind: 'ordinance', title, summary: '', body, motives: MOTIVES, contact: {} } });
  if (created.status !== 201) throw new Error(`create consultation: ${created.status} ${created.text}`);
  const published = await api(base, 'POST', `/api/consultations/${created.body.id}/publish`, { token: officer, body: {} });
  if (published.status !== 200) throw new Error(`publish: ${published.status} ${published.text}`);
  return { id: created.body.id, sections: created.body.sections.map((s) => s.id) };
}

/** Sentences a proposal is assembled from, so the 100,000 texts differ (the trigram index sees real text). */
const SENTENCES = [
  'Предлагам зоната за платено паркиране да не обхваща улиците около детските градини и училищата.',
  'Таксата за жителите на зоната трябва да бъде символична, а не равна на тази за гостите на града.',
  'Необходимо е да се предвидят места за хора с увреждания на всеки сто метра.',
  'Срокът за обжалване на наказателните постановления е твърде кратък и следва да бъде удължен.',
  'Моля, предвидете безплатен престой до петнадесет минути за доставки и за родители с малки деца.',
  'Приходите от паркирането трябва да се използват само за ремонт на тротоари и велоалеи.',
  'Нека работното време на зоната бъде от 9 до 18 часа, без събота и неделя.',
  'Общината следва да публикува данни за заетостта на местата в реално време.',
  'Предлагам абонаментът да може да се плаща по електронен път, без посещение на гише.',
  'Текстът на чл. 5 е неясен и допуска произволно тълкуване от контролните органи.',
  'Липсва оценка на въздействието върху малкия бизнес в централната градска част.',
  'Предлагам да се въведе зелена зона с по-ниска такса в кварталите извън центъра.',
  'Паякът не трябва да вдига автомобили без предварително уведомяване на собственика.',
  'Необходими са повече паркоместа за велосипеди и тротинетки до спирките на градския транспорт.',
  'Глобата от сто лева е непропорционална на нарушението и следва да бъде намалена.',
  'Моля да се осигури възможност за плащане с SMS и с банкова карта на всеки автомат.',
  'Живущите в зоната трябва да получат по един безплатен стикер на домакинство.',
  'Предлагам преходен период от шест месеца, в който да се налагат само предупреждения.',
  'Таксуването на час е неудобно; по-справедливо е таксуване на минута.',
  'Общинският съвет следва да одобрява всяко разширяване на зоната след нова консултация.',
];

const REASONS = [
  'Предложението е отразено в чл. 3, ал. 2 от окончателния проект.',
  'Приема се частично: безплатният престой е 10 минути, а не 15, за да се осигури оборот на местата.',
  'Не се приема, тъй като противоречи на чл. 99 от Закона за движението по пътищата.',
  'Приема се за сведение; въпросът ще бъде разгледан при изготвянето на годишната програма.',
];

/**
 * Sets everything up. `fakeNow` is the server's clock at start (ISO); it runs on from there.
 * Returns { officer, citizen, open, openLong, large: {id, sections, draft: {chars, bytes}}, seedSeconds }.
 */
export async function setup(base, db, { fakeNow, rows }) {
  const now = Date.parse(fakeNow);
  const officer = await login(base, 'officer@haskovo.sabor.example');
  const citizen = await login(base, 'citizen@sabor.example');
  const open = await createPublished(base, officer, 'Наредба за платеното паркиране (отворена консултация)', 12);
  const large = await createPublished(base, officer, 'Наредба за платеното паркиране (100 000 предложения)', 40);
  const openLong = await createPublished(base, officer, 'Наредба за платеното паркиране (отворена, пълен текст)', 'long');
  const [{ id: officerId }] = (await db.query(`SELECT id FROM users WHERE email = 'officer@haskovo.sabor.example'`)).rows;
  const [{ id: citizenId }] = (await db.query(`SELECT id FROM users WHERE email = 'citizen@sabor.example'`)).rows;

  // the open one: opened yesterday, closes in 20 days
  for (const c of [open, openLong]) {
    await db.query(`UPDATE consultations SET published_at = $2, opens_at = $3, closes_at = $4 WHERE id = $1`, [c.id, new Date(now - 2 * DAY), new Date(now - DAY), new Date(now + 20 * DAY)]);
  }
  const sizes = async (id) => (await db.query(`SELECT length(body::text) AS chars, octet_length(body::text) + octet_length(search_text) AS bytes FROM consultations WHERE id = $1`, [id])).rows[0];
  open.draft = await sizes(open.id);
  openLong.draft = await sizes(openLong.id);
  large.draft = await sizes(large.id);
  // the large one: open for 30 days, closed 9 days ago, справка published yesterday
  const opensAt = new Date(now - 40 * DAY);
  await db.query(`UPDATE consultations SET published_at = $2, opens_at = $3, closes_at = $4, report_published_at = $5 WHERE id = $1`, [
    large.id,
    new Date(now - 41 * DAY),
    opensAt,
    new Date(now - 10 * DAY),
    new Date(now - DAY),
  ]);
  await db.query(`INSERT INTO consultation_participant_counters (consultation_id, last_no) VALUES ($1, $2)`, [large.id, rows]);

  const t0 = Date.now();
  // one proposal per participant, received over the 30 days; a tenth online from an account,
  // the rest by e-mail, post, the registry desk or in person; a fifth publish the author's name
  await db.query(
    `INSERT INTO contributions (consultation_id, section_id, kind, body, author_id, author_name, author_email, organization_name,
                                publish_name, participant_no, channel, received_at, created_at)
     SELECT $1, ($2::uuid[])[1 + i % cardinality($2::uuid[])], 'proposal',
            s[1 + i % 20] || ' ' || s[1 + (i * 7 + 3) % 20] || ' ' || s[1 + (i * 13 + 5) % 20] || ' (вх. № ' || i || ')',
            CASE WHEN i % 10 = 0 THEN $3::uuid END,
            'Гражданин ' || i, CASE WHEN i % 10 <> 0 THEN 'person' || i || '@example.org' END,
            CASE WHEN i % 50 = 0 THEN 'Сдружение „Граждани за ' || (i % 7) || '“' END,
            i % 5 = 0, i,
            (ARRAY['online','email','post','registry','in_person'])[CASE WHEN i % 10 = 0 THEN 1 ELSE 2 + i % 4 END],
            $4::timestamptz + (i * interval '25 seconds'), $4::timestamptz + (i * interval '25 seconds')
       FROM generate_series(1, $5::int) i, (SELECT $6::text[] AS s) x`,
    [large.id, large.sections, citizenId, opensAt, rows, SENTENCES],
  );
  await db.query(
    `INSERT INTO consultation_participants (consultation_id, author_key, participant_no)
     SELECT $1, 'email:person' || i || '@example.org', i FROM generate_series(1, $2::int) i`,
    [large.id, rows],
  );
  // every proposal answered (current version 1), as before the справка is published
  await db.query(
    `INSERT INTO contribution_responses (contribution_id, consultation_id, version, decision, reasoning, officer_id, current, created_at)
     SELECT c.id, c.consultation_id, 1, (ARRAY['accepted','partially_accepted','not_accepted','noted'])[1 + c.participant_no % 4],
            ($3::text[])[1 + c.participant_no % 4], $2, true, c.received_at + interval '35 days'
       FROM contributions c WHERE c.consultation_id = $1`,
    [large.id, officerId, REASONS],
  );
  await db.query('VACUUM ANALYZE contributions');
  await db.query('VACUUM ANALYZE contribution_responses');
  await db.query('ANALYZE consultation_participants');
  const seedSeconds = (Date.now() - t0) / 1000;
  return { officer, citizen, officerId, citizenId, open, openLong, large, seedSeconds };
}

/**
 * One open consultation of Haskovo's officer with `rows` proposals sent by post (for the quick
 * tools, bench/hot.mjs and bench/profile.mjs): created through the API, its window moved around
 * `fakeNow` with SQL. `db` is a pg Client or Pool. Returns its id and a citizen's and the officer's tokens.
 */
export async function openConsultationWith(base, db, { fakeNow, rows, title }) {
  const citizen = await login(base, 'citizen@sabor.example');
  const officer = await login(base, 'officer@haskovo.sabor.example');
  const made = await api(base, 'POST', '/api/consultations', { token: officer, body: { municipalityId: 'haskovo', kind: 'ordinance', title, summary: title, body: 'Чл. 1. Текст.', contact: {} } });
  if (made.status !== 201) throw new Error(`create: ${made.status} ${made.text}`);
  const id = made.body.id;
  const now = new Date(fakeNow).getTime();
  await db.query('UPDATE consultations SET published_at = $2, opens_at = $3, closes_at = $4 WHERE id = $1', [id, new Date(now - 2 * 86400e3), new Date(now - 86400e3), new Date(now + 20 * 86400e3)]);
  await db.query(
    `INSERT INTO contributions (consultation_id, kind, body, author_name, publish_name, participant_no, channel, received_at)
     SELECT $1, 'comment', 'Коментар ' || i, 'Автор ' || i, false, i, 'post', now() - i * interval '1 minute' FROM generate_series(1, $2::int) i`,
    [id, rows],
  );
  await db.query('VACUUM ANALYZE contributions');
  return { id, citizen, officer };
}
