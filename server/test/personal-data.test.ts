import fs from 'node:fs';
import path from 'node:path';
import { PersonalData } from '../src/common/personal-data';
import { PERSONAL_DATA, NOT_PERSONAL, registryMarkdown, retentionNotice } from '../src/privacy/registry';
import { DEFAULT_PAGES } from '../src/site/default-pages';
import { openConsultation } from './fixtures';
import { TestApp } from './test-app';

/** Every column of a table the registry declares, as "table.column". */
function declared(): Set<string> {
  const out = new Set<string>();
  for (const e of PERSONAL_DATA) for (const c of [...e.userColumns, ...(e.personalColumns ?? [])]) out.add(`${e.table}.${c}`);
  return out;
}

describe('the personal-data registry', () => {
  let t: TestApp;
  beforeAll(async () => {
    // Sunday 22 November 2026, noon in Haskovo
    t = await TestApp.create({ env: { SABOR_FAKE_NOW: '2026-11-22T10:00:00.000Z' } });
  });
  afterAll(() => t.close());

  it('declares every column of the schema that names an account or holds an address, e-mail or user agent', async () => {
    // foreign keys to users, and by name: account ids without a foreign key, e-mails, client addresses, user agents
    const found: Array<{ col: string }> = await t.query(
      `SELECT c.conrelid::regclass::text || '.' || a.attname AS col
         FROM pg_constraint c JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = ANY (c.conkey)
        WHERE c.contype = 'f' AND c.confrelid = 'users'::regclass
       UNION
       SELECT table_name || '.' || column_name FROM information_schema.columns
        WHERE table_schema = 'public' AND table_name NOT IN ('migrations')
          AND (column_name ~ '^(email|ip|user_agent)$' OR column_name ~ '_(email|ip|user_agent)$'
               OR (data_type = 'uuid' AND column_name ~ '^(user|author|actor|officer)_id$|_by$'))
       ORDER BY 1`,
    );
    expect(found.length).toBeGreaterThan(30);
    const known = declared();
    const missing = found.map((r) => r.col).filter((c) => !known.has(c) && !(c in NOT_PERSONAL));
    expect(missing).toEqual([]);
    // and the registry names nothing that is not there
    const columns = new Set((await t.query<{ col: string }>(`SELECT table_name || '.' || column_name AS col FROM information_schema.columns WHERE table_schema = 'public'`)).map((r) => r.col));
    expect([...known, ...Object.keys(NOT_PERSONAL)].filter((c) => !columns.has(c))).toEqual([]);
  });

  it('has a registered part of the product behind every service it names, and no other', () => {
    const named = new Set(PERSONAL_DATA.flatMap((e) => [e.erase.service, 'service' in e.export ? e.export.service : undefined]).filter((s): s is string => !!s && s !== 'account'));
    expect(new Set(t.app.get(PersonalData).keys())).toEqual(named);
  });

  it('is what docs/architecture.md shows, and what the privacy notice says about how long data is kept', () => {
    const doc = fs.readFileSync(path.join(__dirname, '../../docs/architecture.md'), 'utf8');
    const section = /<!-- personal-data-registry:start -->\n([\s\S]*?)\n<!-- personal-data-registry:end -->/.exec(doc);
    expect(section?.[1]).toBe(registryMarkdown());
    for (const locale of ['bg', 'en', 'mk'] as const) expect(DEFAULT_PAGES.privacy[locale]).toContain(retentionNotice(locale));
  });

  it("exports an account's body memberships and flags, and on deletion keeps the roster name and removes the flags", async () => {
    const officer = await t.login('officer@haskovo.sabor.example');
    const { token, id } = await t.registerVerified('member@example.org', 'Елена Маринова');
    const body = (await t.post('/api/bodies', { municipalityId: 'haskovo', kind: 'civic_council', name: 'Обществен съвет по социални услуги', visibility: 'public' }, { token: officer })).body;
    // a term the person accepted (an account named on a roster is invited first) and that ended
    // last year, as the minutes of that year name it
    const term = await t.post(`/api/bodies/${body.id}/members`, { userId: id, role: 'secretary', since: '2025-01-15' }, { token: officer });
    expect(term.status).toBe(201);
    expect((await t.post(`/api/me/body-invitations/${term.body.id}/accept`, undefined, { token })).status).toBe(200);
    expect((await t.patch(`/api/bodies/${body.id}/members/${term.body.id}`, { until: '2025-12-31' }, { token: officer })).status).toBe(200);
    const c = await openConsultation(t);
    const proposal = await t.post(`/api/consultations/${c.id}/contributions`, { kind: 'comment', body: 'Текст за проверка', publishName: false }, { token: await t.login('citizen@sabor.example') });
    expect((await t.post(`/api/contributions/${proposal.body.id}/flag`, { reason: 'обидни думи' }, { token })).status).toBe(201);

    const exported = (await t.get('/api/me/export', { token })).body;
    expect(exported.bodyMemberships).toEqual([{ bodyId: body.id, bodyName: expect.objectContaining({ bg: 'Обществен съвет по социални услуги' }), role: 'secretary', since: '2025-01-15', until: '2025-12-31', organizationId: null, invitation: 'accepted', answeredAt: expect.any(String) }]);
    expect(exported.flags).toEqual([{ contributionId: proposal.body.id, reason: 'обидни думи', createdAt: expect.any(String) }]);
    expect(exported.account).toMatchObject({ email: 'member@example.org', displayName: 'Елена Маринова' });

    expect((await t.delete('/api/me', { token })).status).toBe(204);
    const roster = (await t.get(`/api/bodies/${body.id}`)).body;
    expect(roster.pastMembers).toEqual([expect.objectContaining({ name: 'Елена Маринова', userId: null, role: 'secretary', since: '2025-01-15', until: '2025-12-31' })]);
    const list = await t.get(`/api/consultations/${c.id}/contributions`, { token: officer });
    expect(list.body.items.find((i: { id: string }) => i.id === proposal.body.id)).toMatchObject({ flagCount: 0 });
    expect(await t.query('SELECT reason FROM contribution_flags WHERE user_id = $1', [id])).toEqual([]);
  });

  it("erases a deleted account's contributions' name and address but keeps the text, and takes back nothing else the registry keeps", async () => {
    const { token, id } = await t.registerVerified('author@example.org', 'Георги Авторов');
    const c = await openConsultation(t);
    const p = await t.post(`/api/consultations/${c.id}/contributions`, { kind: 'proposal', body: 'Нова спирка', publishName: true }, { token });
    expect((await t.get(`/api/contributions/${p.body.id}`)).body.author.name).toBe('Георги Авторов');
    expect((await t.delete('/api/me', { token })).status).toBe(204);
    expect(await t.query('SELECT author_name, author_email, body FROM contributions WHERE author_id = $1', [id])).toEqual([{ author_name: null, author_email: null, body: 'Нова спирка' }]);
    expect((await t.get(`/api/contributions/${p.body.id}`)).body.author.name).toBe('изтрит участник');
  });
});
