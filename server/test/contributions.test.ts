import { openConsultation } from './fixtures';
import { TestApp } from './test-app';

describe('contributions: comment and propose inside the window', () => {
  let t: TestApp;
  let citizen: string;
  let officer: string;
  let moderator: string;
  let c: Awaited<ReturnType<typeof openConsultation>>;
  beforeAll(async () => {
    t = await TestApp.create({ env: { SABOR_FAKE_NOW: '2026-03-02T08:00:00.000Z' } });
    citizen = await t.login('citizen@sabor.example');
    officer = await t.login('officer@haskovo.sabor.example');
    moderator = await t.login('moderator@haskovo.sabor.example');
    c = await openConsultation(t);
  });
  afterAll(() => t.close());

  const article = (ref: string) => c.sections.find((s) => s.ref === ref)!.id;

  it('accepts a proposal on a section and shows it with the name only when the author publishes it', async () => {
    const res = await t.post(`/api/consultations/${c.id}/contributions`, { kind: 'proposal', body: 'Срокът да бъде 45 дни.', sectionId: article('Чл. 1'), publishName: false }, { token: citizen });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ kind: 'proposal', sectionRef: 'Чл. 1', author: { name: 'Участник 1', organization: null }, channel: 'online', mine: true, response: null });
    const named = await t.post(`/api/consultations/${c.id}/contributions`, { kind: 'comment', body: 'Подкрепям проекта.', publishName: true }, { token: citizen, headers: { 'accept-language': 'en' } });
    // the same person keeps the same participant number
    expect(named.body.author).toEqual({ name: 'Иван Петров', organization: null });
    const list = await t.get(`/api/consultations/${c.id}/contributions?sort=oldest`, { headers: { 'accept-language': 'en' } });
    expect(list.body.items.map((x: { author: { name: string } }) => x.author.name)).toEqual(['Participant 1', 'Иван Петров']);
    const sections = await t.get(`/api/consultations/${c.id}/sections`);
    expect(sections.body.items.find((s: { ref: string }) => s.ref === 'Чл. 1').contributionCount).toBe(1);
    const detail = await t.get(`/api/consultations/${c.id}`);
    expect(detail.body.counts).toMatchObject({ contributions: 2, proposals: 1, comments: 1, answered: 0 });
  });

  it('speaks on behalf of a verified organisation only for its members', async () => {
    const [org] = await t.query(`SELECT id FROM organizations WHERE name LIKE 'Алианс%'`);
    const ngo = await t.post(`/api/consultations/${c.id}/contributions`, { kind: 'proposal', body: 'Предлагаме граждански съвет с 15 членове.', sectionId: article('Чл. 2'), onBehalfOf: org.id, publishName: true }, { token: await t.login('ngo@arsr.sabor.example') });
    expect(ngo.status).toBe(201);
    expect(ngo.body.author).toEqual({ name: 'Десислава Колева (АРСР)', organization: 'Алианс за регионално сътрудничество и развитие' });
    const impostor = await t.post(`/api/consultations/${c.id}/contributions`, { kind: 'proposal', body: 'От името на АРСР', onBehalfOf: org.id, publishName: true }, { token: citizen });
    expect(impostor.status).toBe(403);
  });

  it('threads replies under a contribution', async () => {
    const parent = await t.post(`/api/consultations/${c.id}/contributions`, { kind: 'proposal', body: 'Заседанията да се излъчват онлайн.', publishName: true }, { token: citizen });
    const reply = await t.post(`/api/consultations/${c.id}/contributions`, { kind: 'comment', body: 'Съгласен съм.', parentId: parent.body.id, publishName: false }, { token: await t.login('ngo@arsr.sabor.example') });
    expect(reply.body.parentId).toBe(parent.body.id);
    const replies = await t.get(`/api/consultations/${c.id}/contributions?parent=${parent.body.id}`);
    expect(replies.body.items.map((x: { id: string }) => x.id)).toEqual([reply.body.id]);
    const topLevel = await t.get(`/api/consultations/${c.id}/contributions?parent=none&limit=100`);
    expect(topLevel.body.items.map((x: { id: string }) => x.id)).not.toContain(reply.body.id);
  });

  it('refuses an empty body, one over 10,000 characters, a foreign section, and unverified accounts', async () => {
    const empty = await t.post(`/api/consultations/${c.id}/contributions`, { kind: 'comment', body: '   ', publishName: true }, { token: citizen });
    expect(empty.status).toBe(400);
    expect(empty.body.details.fields[0].field).toBe('body');
    const long = await t.post(`/api/consultations/${c.id}/contributions`, { kind: 'comment', body: 'я'.repeat(10_001), publishName: true }, { token: citizen });
    expect(long.status).toBe(400);
    const foreign = await t.post(`/api/consultations/${c.id}/contributions`, { kind: 'comment', body: 'x', sectionId: '00000000-0000-4000-8000-000000000000', publishName: true }, { token: citizen });
    expect(foreign.body.details.fields[0].field).toBe('sectionId');
    await t.post('/api/auth/register', { email: 'fresh@example.org', password: 'a-long-password', displayName: 'Нов' });
    const unverified = await t.post(`/api/consultations/${c.id}/contributions`, { kind: 'comment', body: 'x', publishName: true }, { token: await t.login('fresh@example.org', 'a-long-password') });
    expect(unverified.body.code).toBe('email_not_verified');
    expect((await t.post(`/api/consultations/${c.id}/contributions`, { kind: 'comment', body: 'x', publishName: true })).status).toBe(401);
  });

  it('creates nothing new when a submission is retried with the same Idempotency-Key', async () => {
    const body = { kind: 'proposal', body: 'Повторено предложение', publishName: false };
    const headers = { 'idempotency-key': 'retry-1' };
    const a = await t.post(`/api/consultations/${c.id}/contributions`, body, { token: citizen, headers });
    const b = await t.post(`/api/consultations/${c.id}/contributions`, body, { token: citizen, headers });
    expect(b.body.id).toBe(a.body.id);
    expect(await t.query(`SELECT id FROM contributions WHERE body = 'Повторено предложение'`)).toHaveLength(1);
  });

  it('replays one answer to retries sent at the same moment with the same Idempotency-Key', async () => {
    const body = { kind: 'proposal', body: 'Предложение от нестабилна връзка', publishName: false };
    const headers = { 'idempotency-key': 'flaky-wifi-1' };
    const results = await Promise.all([1, 2, 3].map(() => t.post(`/api/consultations/${c.id}/contributions`, body, { token: citizen, headers })));
    expect(results.map((r) => r.status)).toEqual([201, 201, 201]);
    expect(new Set(results.map((r) => r.body.id)).size).toBe(1);
    expect(results.filter((r) => r.headers['idempotent-replayed'] === 'true')).toHaveLength(2);
    expect(await t.query(`SELECT id FROM contributions WHERE body = $1`, [body.body])).toHaveLength(1);
  });

  it('replays the first answer whole, "participant N" and the reader\'s language included, from what was stored with the row', async () => {
    const other = await t.login('ngo@arsr.sabor.example');
    const send = (body: Record<string, unknown>, key: string, lang: string) =>
      t.post(`/api/consultations/${c.id}/contributions`, body, { token: other, headers: { 'idempotency-key': key, 'accept-language': lang } });
    for (const [body, key, lang] of [
      [{ kind: 'comment', body: 'Без име, на английски', publishName: false }, 'replay-whole-en', 'en'],
      [{ kind: 'comment', body: 'С име, на македонски', publishName: true }, 'replay-whole-mk', 'mk'],
    ] as const) {
      const first = await send(body, key, lang);
      expect(first.status).toBe(201);
      const again = await send(body, key, lang);
      expect(again.status).toBe(201);
      expect(again.headers['idempotent-replayed']).toBe('true');
      expect(again.body).toEqual(first.body);
    }
    const [{ no }] = await t.query(`SELECT participant_no AS no FROM contributions WHERE body = 'Без име, на английски'`);
    const first = await send({ kind: 'comment', body: 'Без име, на английски', publishName: false }, 'replay-whole-en', 'en');
    expect(first.body.author.name).toBe(`Participant ${no}`);
  });

  it('replays an answered key even after the consultation has closed, and refuses a new submission then', async () => {
    const before = t.clock.now();
    const later = await openConsultation(t);
    const body = { kind: 'proposal', body: 'Изпратено в последния момент', publishName: false };
    const headers = { 'idempotency-key': 'last-minute' };
    try {
      // sent in the last hour, retried (within the key's 24 hours) after the close
      t.clock.travelTo(new Date(new Date(later.closesAt).getTime() - 3600_000));
      const first = await t.post(`/api/consultations/${later.id}/contributions`, body, { token: citizen, headers });
      expect(first.status).toBe(201);
      t.clock.travelTo(new Date(new Date(later.closesAt).getTime() + 60_000));
      const retry = await t.post(`/api/consultations/${later.id}/contributions`, body, { token: citizen, headers });
      expect(retry.status).toBe(201);
      expect(retry.headers['idempotent-replayed']).toBe('true');
      expect(retry.body).toEqual(first.body);
      const fresh = await t.post(`/api/consultations/${later.id}/contributions`, body, { token: citizen, headers: { 'idempotency-key': 'too-late' } });
      expect(fresh.status).toBe(409);
      expect(fresh.body.code).toBe('consultation_not_open');
    } finally {
      t.clock.travelTo(before);
    }
    expect(await t.query('SELECT id FROM contributions WHERE consultation_id = $1', [later.id])).toHaveLength(1);
  });

  it('leaves the key free when the request fails, and refuses it for a different request once used', async () => {
    const headers = { 'idempotency-key': 'fix-and-resend' };
    const refused = await t.post(`/api/consultations/${c.id}/contributions`, { kind: 'proposal', body: '', publishName: false }, { token: citizen, headers });
    expect(refused.status).toBe(400);
    const fixed = await t.post(`/api/consultations/${c.id}/contributions`, { kind: 'proposal', body: 'Поправеното предложение', publishName: false }, { token: citizen, headers });
    expect(fixed.status).toBe(201);
    expect(fixed.headers['idempotent-replayed']).toBeUndefined();
    const other = await t.post(`/api/consultations/${c.id}/contributions`, { kind: 'proposal', body: 'Съвсем друго', publishName: false }, { token: citizen, headers });
    expect(other.status).toBe(422);
    expect(other.body.code).toBe('idempotency_key_reused');
    expect(await t.query(`SELECT id FROM contributions WHERE body IN ('Поправеното предложение', 'Съвсем друго')`)).toHaveLength(1);
  });

  it('refuses an Idempotency-Key over 200 characters, storing nothing, on the submission and on other creates', async () => {
    const headers = { 'idempotency-key': 'k'.repeat(201) };
    const sent = await t.post(`/api/consultations/${c.id}/contributions`, { kind: 'comment', body: 'С прекалено дълъг ключ', publishName: false }, { token: citizen, headers });
    expect(sent.status).toBe(400);
    expect(sent.body.code).toBe('validation_failed');
    expect(sent.body.details.fields[0].field).toBe('Idempotency-Key');
    expect(await t.query(`SELECT id FROM contributions WHERE body = 'С прекалено дълъг ключ'`)).toHaveLength(0);
    // a create under the interceptor (an officer's registration of a letter) says the same
    const officer = await t.login('officer@haskovo.sabor.example');
    const letter = await t.post(`/api/consultations/${c.id}/contributions/offline`, { channel: 'post', receivedAt: new Date(Date.now() - 3600_000).toISOString(), authorName: 'Писмо', kind: 'comment', body: 'Писмо с дълъг ключ' }, { token: officer, headers });
    expect(letter.status).toBe(400);
    expect(letter.body.details.fields[0].field).toBe('Idempotency-Key');
    expect((await t.post(`/api/consultations/${c.id}/contributions`, { kind: 'comment', body: 'С ключ точно 200', publishName: false }, { token: citizen, headers: { 'idempotency-key': 'k'.repeat(200) } })).status).toBe(201);
  });

  it('gives one participant number to two first contributions sent at the same moment', async () => {
    const fresh = await openConsultation(t);
    const ngo = await t.login('ngo@arsr.sabor.example');
    const send = (body: string) => t.post(`/api/consultations/${fresh.id}/contributions`, { kind: 'comment', body, publishName: false }, { token: ngo });
    const results = await Promise.all([send('Първо'), send('Второ'), send('Трето')]);
    expect(results.map((r) => r.status)).toEqual([201, 201, 201]);
    expect(new Set(results.map((r) => r.body.author.name))).toEqual(new Set(['Участник 1']));
    expect(await t.query('SELECT participant_no FROM consultation_participants WHERE consultation_id = $1', [fresh.id])).toEqual([{ participant_no: 1 }]);
  });

  it('counts one support per person, and lets it be taken back', async () => {
    const p = await t.post(`/api/consultations/${c.id}/contributions`, { kind: 'proposal', body: 'Повече пейки в парка.', publishName: true }, { token: citizen });
    const ngo = await t.login('ngo@arsr.sabor.example');
    expect((await t.post(`/api/contributions/${p.body.id}/support`, undefined, { token: ngo })).body).toEqual({ supported: true, supportCount: 1 });
    expect((await t.post(`/api/contributions/${p.body.id}/support`, undefined, { token: ngo })).body).toEqual({ supported: true, supportCount: 1 });
    // many HTTP clients send Content-Type: application/json with no body at all
    const bare = await t.post(`/api/contributions/${p.body.id}/support`, undefined, { token: citizen, headers: { 'content-type': 'application/json' } });
    expect(bare.status).toBeLessThan(300);
    expect(bare.body.supportCount).toBe(2);
    // malformed JSON is still refused
    const broken = await t.post(`/api/contributions/${p.body.id}/flag`, '{"reason": ', { token: citizen, headers: { 'content-type': 'application/json' } });
    expect(broken.status).toBe(400);
    expect(broken.body.code).toBe('bad_request');
    const top = await t.get(`/api/consultations/${c.id}/contributions?sort=supported&limit=1`, { token: ngo });
    expect(top.body.items[0]).toMatchObject({ id: p.body.id, supportCount: 2, supportedByMe: true });
    expect((await t.delete(`/api/contributions/${p.body.id}/support`, { token: ngo })).body).toEqual({ supported: false, supportCount: 1 });
  });

  it('lets a moderator hide abuse with a reason; the public sees only the reason, the text is kept', async () => {
    const abuse = await t.post(`/api/consultations/${c.id}/contributions`, { kind: 'comment', body: 'Обидно съдържание', publishName: false }, { token: citizen });
    expect((await t.post(`/api/contributions/${abuse.body.id}/flag`, { reason: 'обиди' }, { token: await t.login('ngo@arsr.sabor.example') })).status).toBe(201);
    expect((await t.post(`/api/contributions/${abuse.body.id}/hide`, { reason: 'x' }, { token: citizen })).status).toBe(403);
    expect((await t.post(`/api/contributions/${abuse.body.id}/hide`, { reason: 'x' }, { token: await t.login('officer@dupnitsa.sabor.example') })).status).toBe(403);
    expect((await t.post(`/api/contributions/${abuse.body.id}/hide`, {}, { token: moderator })).status).toBe(400);
    const hidden = await t.post(`/api/contributions/${abuse.body.id}/hide`, { reason: 'Обидно съдържание (т. 4 от правилата)' }, { token: moderator });
    expect(hidden.status).toBe(200);
    expect(hidden.body).toMatchObject({ hidden: true, flagCount: 1, body: 'Обидно съдържание' });
    const publicView = await t.get(`/api/contributions/${abuse.body.id}`);
    expect(publicView.body).toMatchObject({ hidden: true, hiddenReason: 'Обидно съдържание (т. 4 от правилата)' });
    expect(publicView.body.body).toBeUndefined();
    expect(publicView.body.flagCount).toBeUndefined();
    const [row] = await t.query('SELECT body FROM contributions WHERE id = $1', [abuse.body.id]);
    expect(row.body).toBe('Обидно съдържание');
    const shown = await t.post(`/api/contributions/${abuse.body.id}/unhide`, { reason: 'по жалба' }, { token: officer });
    expect(shown.body.hidden).toBe(false);
    const audit = await t.query(`SELECT action FROM audit_log WHERE entity_id = $1 ORDER BY id`, [abuse.body.id]);
    expect(audit.map((a) => a.action)).toEqual(['contribution.hide', 'contribution.unhide']);
  });

  it('registers contributions from other channels with their date of receipt, inside the window only', async () => {
    const received = new Date(new Date(c.opensAt).getTime() + 1800_000).toISOString();
    const res = await t.post(`/api/consultations/${c.id}/contributions/offline`, { channel: 'post', receivedAt: received, authorName: 'Петър Георгиев', authorEmail: 'petar@example.org', kind: 'proposal', body: 'Писмо с предложение', sectionId: article('§ 1') }, { token: officer });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ channel: 'post', receivedAt: received, sectionRef: '§ 1' });
    expect(res.body.author.name).toMatch(/^Участник \d+$/);
    const before = await t.post(`/api/consultations/${c.id}/contributions/offline`, { channel: 'email', receivedAt: '2026-03-01T10:00:00Z', authorName: 'Рано', kind: 'comment', body: 'Преди срока' }, { token: officer });
    expect(before.status).toBe(409);
    expect(before.body.code).toBe('consultation_not_open');
    expect((await t.post(`/api/consultations/${c.id}/contributions/offline`, { channel: 'post', receivedAt: received, authorName: 'X', kind: 'comment', body: 'x' }, { token: citizen })).status).toBe(403);
    expect((await t.post(`/api/consultations/${c.id}/contributions/offline`, { channel: 'online', receivedAt: received, authorName: 'X', kind: 'comment', body: 'x' }, { token: officer })).status).toBe(400);
  });

  it('pages through contributions with a cursor, newest first, without repeats', async () => {
    const seen = new Set<string>();
    let cursor: string | null = null;
    let pages = 0;
    do {
      const res: { body: { items: Array<{ id: string; receivedAt: string }>; nextCursor: string | null } } = await t.get(`/api/consultations/${c.id}/contributions?limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      for (const item of res.body.items) {
        expect(seen.has(item.id)).toBe(false);
        seen.add(item.id);
      }
      cursor = res.body.nextCursor;
      pages++;
    } while (cursor && pages < 50);
    const [{ n }] = await t.query('SELECT count(*)::int AS n FROM contributions WHERE consultation_id = $1', [c.id]);
    expect(seen.size).toBe(n);
  });

  it('refuses contributions before the window opens and after it closes', async () => {
    const now = t.clock.now();
    try {
      t.clock.travelTo(new Date(new Date(c.closesAt).getTime() + 1));
      const late = await t.post(`/api/consultations/${c.id}/contributions`, { kind: 'proposal', body: 'Късно', publishName: true }, { token: citizen });
      expect(late.status).toBe(409);
      expect(late.body).toMatchObject({ code: 'consultation_not_open', details: { status: 'closed' } });
      // it opens the moment it is published: a minute before, it does not exist for the public
      t.clock.travelTo(new Date(new Date(c.opensAt).getTime() - 60_000));
      const early = await t.post(`/api/consultations/${c.id}/contributions`, { kind: 'proposal', body: 'Рано', publishName: true }, { token: citizen });
      expect(early.status).toBe(404);
    } finally {
      t.clock.travelTo(now);
    }
    const officer2 = await t.post('/api/consultations', { municipalityId: 'haskovo', kind: 'plan', title: 'Чернова', summary: '', body: 'Текст', contact: {} }, { token: officer });
    expect((await t.post(`/api/consultations/${officer2.body.id}/contributions`, { kind: 'comment', body: 'x', publishName: true }, { token: citizen })).status).toBe(404);
  });

  it('refuses a contribution at once when another instance (or SQL) publishes the справка, though the status was just read', async () => {
    const fresh = await openConsultation(t);
    const send = (body: string) => t.post(`/api/consultations/${fresh.id}/contributions`, { kind: 'comment', body, publishName: false }, { token: citizen });
    expect((await send('Преди')).status).toBe(201);
    expect((await t.get(`/api/consultations/${fresh.id}/contributions`)).status).toBe(200);
    // not through this server: the change must reach it by PostgreSQL's notification, well before the cache's 5 s
    await t.query('UPDATE consultations SET report_published_at = $2 WHERE id = $1', [fresh.id, t.clock.now()]);
    const started = Date.now();
    let after = await send('След');
    const pause = () => new Promise((r) => setTimeout(r, 100));
    while (after.status === 201 && Date.now() - started < 1000) after = await pause().then(() => send('След'));
    expect(after.status).toBe(409);
    expect(after.body.code).toBe('consultation_not_open');
    expect(Date.now() - started).toBeLessThan(1000);
    // and a consultation taken back to a draft disappears for the public list as well
    await t.query('UPDATE consultations SET published_at = NULL WHERE id = $1', [fresh.id]);
    let list = await t.get(`/api/consultations/${fresh.id}/contributions`);
    while (list.status === 200 && Date.now() - started < 2000) list = await pause().then(() => t.get(`/api/consultations/${fresh.id}/contributions`));
    expect(list.status).toBe(404);
  });

  it('numbers participants in the order of their first contribution, without gaps, and keeps the number of a returning one', async () => {
    const fresh = await openConsultation(t);
    const ngo = await t.login('ngo@arsr.sabor.example');
    const send = (token: string, body: string) => t.post(`/api/consultations/${fresh.id}/contributions`, { kind: 'comment', body, publishName: false }, { token });
    expect((await send(citizen, 'Първи')).body.author.name).toBe('Участник 1');
    expect((await send(ngo, 'Втори')).body.author.name).toBe('Участник 2');
    expect((await send(citizen, 'Пак първият')).body.author.name).toBe('Участник 1');
    const received = new Date(new Date(fresh.opensAt).getTime() + 60_000).toISOString();
    const letter = await t.post(`/api/consultations/${fresh.id}/contributions/offline`, { channel: 'post', receivedAt: received, authorName: 'Петър Георгиев', kind: 'comment', body: 'Писмо' }, { token: officer });
    expect(letter.body.author.name).toBe('Участник 3');
    expect(await t.query('SELECT last_no FROM consultation_participant_counters WHERE consultation_id = $1', [fresh.id])).toEqual([{ last_no: 3 }]);
  });
});
