import type { AuthUser } from '../src/common/auth-user';
import { ConsultationsRepository } from '../src/consultations/consultations.repository';
import { Tx } from '../src/database/transaction';
import { bodyPolicy } from '../src/policy/body.policy';
import { consultationPolicy } from '../src/policy/consultation.policy';
import { contributionPolicy } from '../src/policy/contribution.policy';
import { organizationPolicy } from '../src/policy/organization.policy';
import { formPolicy } from '../src/policy/form.policy';
import { meetingPolicy } from '../src/policy/meeting.policy';
import { Policy, type SubjectName } from '../src/policy/policy.service';
import { registrationPolicy } from '../src/policy/registration.policy';
import type { Standing } from '../src/policy/standing';
import { StandingLoader } from '../src/policy/standing.loader';
import type { SubjectPolicy } from '../src/policy/subject-policy';
import { MOTIVES, ORDINANCE_BODY } from './fixtures';
import { FORM } from './forms-fixtures';
import { TestApp } from './test-app';

const DAY = 86_400_000;

/**
 * Every standing × every state × every action, through the policy function and through its SQL
 * predicate on the same rows of the real database: they must agree, and a few answers are pinned
 * (and spot-checked against the HTTP answer) so that agreeing on a wrong rule fails too.
 */
describe('policy: the function and its SQL predicate agree for every standing, state and action', () => {
  let t: TestApp;
  let loader: StandingLoader;
  /** persona → the caller as the guard would load it (undefined: anonymous) */
  const callers = new Map<string, AuthUser | undefined>();
  const tokens = new Map<string, string | undefined>();
  /** state → consultation id */
  const consultations = new Map<string, string>();
  /** kind → body id, meeting id, registration id */
  const bodies = new Map<string, string>();
  const meetings = new Map<string, string>();
  const registrations = new Map<string, string>();
  const forms = new Map<string, string>();
  const contributions = new Map<string, string>();
  const organizations = new Map<string, string>();

  async function caller(email: string): Promise<AuthUser> {
    const [u] = await t.query('SELECT id, email, display_name, locale, is_admin, email_verified_at FROM users WHERE email = $1', [email]);
    return { id: u.id, email: u.email, displayName: u.display_name, locale: u.locale, isAdmin: u.is_admin, emailVerified: u.email_verified_at !== null };
  }

  beforeAll(async () => {
    t = await TestApp.create({ env: { SABOR_FAKE_NOW: '2026-03-02T08:00:00.000Z' } });
    loader = t.app.get(StandingLoader);
    const verified = await t.registerVerified('verified.policy@example.org', 'Проверена Гражданка');
    const member = await t.registerVerified('member.policy@example.org', 'Член На Съвета');
    const former = await t.registerVerified('former.policy@example.org', 'Бивш Член');
    const personas: Array<[string, string | null, string | undefined]> = [
      ['anonymous', null, undefined],
      ['citizen', 'citizen@sabor.example', undefined],
      ['verified citizen', 'verified.policy@example.org', verified.token],
      ['partner representative', 'ngo@arsr.sabor.example', undefined],
      ['officer', 'officer@haskovo.sabor.example', undefined],
      ['moderator', 'moderator@haskovo.sabor.example', undefined],
      ['other officer', 'officer@dupnitsa.sabor.example', undefined],
      ['body member', 'member.policy@example.org', member.token],
      ['former member', 'former.policy@example.org', former.token],
      ['admin', 'admin@sabor.example', undefined],
    ];
    for (const [name, email, token] of personas) {
      callers.set(name, email ? await caller(email) : undefined);
      tokens.set(name, token ?? (email ? await t.login(email) : undefined));
    }

    const officer = tokens.get('officer');
    const create = async (title: string) => {
      const res = await t.post('/api/consultations', { municipalityId: 'haskovo', kind: 'ordinance', title, summary: 'Кратко', body: ORDINANCE_BODY, motives: MOTIVES, contact: {} }, { token: officer });
      if (res.status !== 201) throw new Error(`create: ${res.status} ${res.text}`);
      return res.body.id as string;
    };
    const now = t.clock.now().getTime();
    const iso = (ms: number) => new Date(ms).toISOString();
    // the states by their dates (what decides them), set directly: the rule reads only these columns
    const states: Array<[string, Record<string, string | null>]> = [
      ['draft', {}],
      ['scheduled', { published_at: iso(now + 5 * DAY), opens_at: iso(now + 6 * DAY), closes_at: iso(now + 36 * DAY) }],
      ['upcoming', { published_at: iso(now - DAY), opens_at: iso(now + DAY), closes_at: iso(now + 31 * DAY) }],
      ['open', { published_at: iso(now - 2 * DAY), opens_at: iso(now - DAY), closes_at: iso(now + 29 * DAY) }],
      ['closed', { published_at: iso(now - 40 * DAY), opens_at: iso(now - 39 * DAY), closes_at: iso(now - 9 * DAY) }],
      ['reported', { published_at: iso(now - 40 * DAY), opens_at: iso(now - 39 * DAY), closes_at: iso(now - 9 * DAY), report_published_at: iso(now - 2 * DAY) }],
      ['decided', { published_at: iso(now - 60 * DAY), opens_at: iso(now - 59 * DAY), closes_at: iso(now - 29 * DAY), report_published_at: iso(now - 20 * DAY), outcome_recorded_at: iso(now - DAY) }],
    ];
    for (const [state, dates] of states) {
      const id = await create(`Консултация: ${state}`);
      const cols = Object.keys(dates);
      if (cols.length) await t.query(`UPDATE consultations SET ${cols.map((c, i) => `${c} = $${i + 2}`).join(', ')} WHERE id = $1`, [id, ...cols.map((c) => dates[c])]);
      consultations.set(state, id);
    }

    // bodies: public and private in Haskovo, private in Dupnitsa; a current and an ended term
    const body = async (name: string, visibility: string, token = officer, municipalityId = 'haskovo') => {
      const res = await t.post('/api/bodies', { municipalityId, kind: 'civic_council', name, visibility }, { token });
      if (res.status !== 201) throw new Error(`body: ${res.status} ${res.text}`);
      return res.body.id as string;
    };
    bodies.set('public', await body('Обществен съвет', 'public'));
    bodies.set('private', await body('Работна група', 'private'));
    bodies.set('private elsewhere', await body('Работна група в Дупница', 'private', tokens.get('other officer'), 'dupnitsa'));
    for (const [email, until] of [['member.policy@example.org', null], ['former.policy@example.org', '2026-02-01']] as const) {
      const res = await t.post(`/api/bodies/${bodies.get('private')}/members`, { email, role: 'member', since: '2026-01-01', until }, { token: officer });
      if (res.status !== 201) throw new Error(`member: ${res.status} ${res.text}`);
      // both accepted their invitation (the former member while the term ran: a term already over
      // can no longer be accepted through the API, so that answer is written as it stood then)
      if (until === null) {
        const accepted = await t.post(`/api/me/body-invitations/${res.body.id}/accept`, undefined, { token: member.token });
        if (accepted.status !== 200) throw new Error(`accept: ${accepted.status} ${accepted.text}`);
      } else await t.query(`UPDATE body_members SET invitation = 'accepted', answered_at = '2026-01-02' WHERE id = $1`, [res.body.id]);
    }

    // meetings: of no body, of a public and a private body, co-hosted, with minutes, cancelled
    const meeting = async (title: string, extra: Record<string, unknown>, token = officer, municipalityId = 'haskovo') => {
      const res = await t.post(
        '/api/meetings',
        { municipalityId, kind: 'public_forum', title, startsAt: '2026-04-15T07:00:00.000Z', endsAt: '2026-04-15T10:00:00.000Z', location: 'Хасково', capacity: 50, registration: { open: true, requireApproval: false }, ...extra },
        { token },
      );
      if (res.status !== 201) throw new Error(`meeting: ${res.status} ${res.text}`);
      return res.body.id as string;
    };
    meetings.set('no body', await meeting('Форум', {}));
    meetings.set('public body', await meeting('Заседание на съвета', { bodyId: bodies.get('public') }));
    meetings.set('private body', await meeting('Заседание на групата', { bodyId: bodies.get('private') }));
    meetings.set('private body, minutes', await meeting('Заседание с протокол', { bodyId: bodies.get('private') }));
    meetings.set('co-hosted', await meeting('Съвместен форум', { partnerMunicipalityIds: ['dupnitsa'] }));
    meetings.set('cancelled', await meeting('Отменен форум', {}));
    meetings.set('private elsewhere', await meeting('Заседание в Дупница', { bodyId: bodies.get('private elsewhere'), location: 'Дупница' }, tokens.get('other officer'), 'dupnitsa'));
    await t.query('UPDATE meetings SET minutes_version = 1 WHERE id = $1', [meetings.get('private body, minutes')]);
    await t.query(`UPDATE meetings SET status = 'cancelled' WHERE id = $1`, [meetings.get('cancelled')]);

    // registrations: a citizen's, a member's to the private body's meeting, a guest's
    const register = async (meetingId: string, token: string | undefined, extra: Record<string, unknown> = {}) => {
      const res = await t.post(`/api/meetings/${meetingId}/registrations`, { homeSettlement: 'Хасково', country: 'BG', category: 'citizen', ...extra }, { token });
      if (res.status !== 201) throw new Error(`register: ${res.status} ${res.text}`);
      return res.body.id as string;
    };
    registrations.set('citizen’s', await register(meetings.get('co-hosted')!, verified.token));
    registrations.set('member’s', await register(meetings.get('private body')!, member.token));
    registrations.set('guest’s', await register(meetings.get('no body')!, undefined, { name: 'Гост Гостов', email: 'guest.policy@example.org' }));

    // forms: a draft, published ones of each audience and state, one with public results, Dupnitsa's
    const form = async (state: string, set: Record<string, unknown>, token = officer, municipalityId = 'haskovo') => {
      const res = await t.post('/api/forms', { ...FORM, municipalityId, title: `Анкета: ${state}` }, { token });
      if (res.status !== 201) throw new Error(`form: ${res.status} ${res.text}`);
      const cols = Object.keys(set);
      if (cols.length) await t.query(`UPDATE forms SET ${cols.map((c, i) => `${c} = $${i + 2}`).join(', ')} WHERE id = $1`, [res.body.id, ...cols.map((c) => set[c])]);
      forms.set(state, res.body.id);
    };
    const opened = { published_at: iso(now - DAY), opens_at: iso(now - DAY), closes_at: iso(now + 20 * DAY) };
    await form('draft', {});
    await form('scheduled public', { published_at: iso(now - DAY), opens_at: iso(now + 3 * DAY), closes_at: iso(now + 20 * DAY) });
    await form('open public', opened);
    await form('open registered', { ...opened, audience: 'registered' });
    await form('open invited', { ...opened, audience: 'invited' });
    await form('closed invited, results public', { published_at: iso(now - 30 * DAY), opens_at: iso(now - 30 * DAY), closes_at: iso(now - DAY), audience: 'invited', publish_results: true });
    await form('draft elsewhere', {}, tokens.get('other officer'), 'dupnitsa');
    await form('open registered elsewhere', { ...opened, audience: 'registered' }, tokens.get('other officer'), 'dupnitsa');

    // contributions: written to the open consultation, then placed in each state's (the rule reads only its consultation)
    for (const state of ['draft', 'scheduled', 'open', 'closed']) {
      const res = await t.post(`/api/consultations/${consultations.get('open')}/contributions`, { kind: 'proposal', body: `Предложение (${state})`, publishName: false }, { token: verified.token });
      if (res.status !== 201) throw new Error(`contribution: ${res.status} ${res.text}`);
      await t.query('UPDATE contributions SET consultation_id = $2 WHERE id = $1', [res.body.id, consultations.get(state)]);
      contributions.set(`in ${state}`, res.body.id);
    }

    // organisations: the demo NGO (its representative is a persona), and one the verified citizen founds
    organizations.set('partner NGO', (await t.query(`SELECT organization_id AS id FROM organization_members om JOIN users u ON u.id = om.user_id WHERE u.email = 'ngo@arsr.sabor.example'`))[0].id);
    const founded = await t.post('/api/organizations', { name: 'Сдружение „Зелен квартал“', kind: 'ngo' }, { token: verified.token });
    if (founded.status !== 201) throw new Error(`organisation: ${founded.status} ${founded.text}`);
    organizations.set('citizen’s NGO', founded.body.id);
  });
  afterAll(() => t.close());

  /** For each persona and action: the ids the function allows, and the ids the predicate selects. */
  async function compare<F, A extends string>(policy: SubjectPolicy<F, A>, table: string, rows: Map<string, string>, factsOf: (id: string) => Promise<F>) {
    const tx = t.app.get(Tx);
    const ids = [...rows.values()];
    const facts = new Map<string, F>();
    for (const id of ids) facts.set(id, await factsOf(id));
    const byFunction: Record<string, Record<string, string[]>> = {};
    const bySql: Record<string, Record<string, string[]>> = {};
    const stateOf = new Map([...rows].map(([state, id]) => [id, state]));
    for (const [persona, user] of callers) {
      const s: Standing = await loader.of(user);
      for (const action of ['view' as const, ...policy.actions]) {
        const now = t.clock.now();
        const allowed = ids.filter((id) => policy.can(s, facts.get(id)!, action, now)).map((id) => stateOf.get(id)!);
        const p = policy.sql(s, action, now, 'x');
        const selected: Array<{ id: string }> = await tx.manager.createQueryBuilder().select('x.id', 'id').from(table, 'x').where('x.id IN (:...ids)', { ids }).andWhere(p.sql, p.params).getRawMany();
        (byFunction[persona] ??= {})[action] = allowed.sort();
        (bySql[persona] ??= {})[action] = selected.map((r) => stateOf.get(r.id)!).sort();
      }
    }
    expect(bySql).toEqual(byFunction);
    return byFunction;
  }

  /** The `can` a detail DTO must carry: each action's flag, as the table says. */
  const canOf = (table: Record<string, Record<string, string[]>>, persona: string, kind: string, actions: readonly string[]) => Object.fromEntries(actions.map((a) => [a, table[persona][a].includes(kind)]));

  it('loads the facts of every subject, through the loader its feature registered', async () => {
    // every name of `Subjects` (the compiler fails here when one is added and not listed)
    const subjects: Record<SubjectName, true> = { consultation: true, consultationStatus: true, body: true, meeting: true, registration: true, form: true, contribution: true, organization: true };
    const policy = t.app.get(Policy);
    const unknown = '00000000-0000-4000-8000-000000000000';
    for (const subject of Object.keys(subjects) as SubjectName[]) {
      expect([subject, await policy.facts(subject, unknown)]).toEqual([subject, null]);
      await expect(policy.require(undefined, subject, unknown, 'view')).rejects.toMatchObject({ code: 'not_found' });
    }
  });

  describe('consultations', () => {
    let table: Record<string, Record<string, string[]>>;
    const published = ['scheduled', 'upcoming', 'open', 'closed', 'reported', 'decided'];
    const publicOnes = ['upcoming', 'open', 'closed', 'reported', 'decided'];

    beforeAll(async () => {
      const repo = t.app.get(ConsultationsRepository);
      table = await compare(consultationPolicy, 'consultations', consultations, async (id) => (await repo.findById(id))!);
    });

    it('agrees on every row (above), and the rule is the documented one', () => {
      // a draft: its municipality's officers only, for every action; the admin does not see it
      for (const action of ['view', ...consultationPolicy.actions]) expect(table.officer[action]).toEqual(['draft', ...published].sort());
      expect(table.admin.view).toEqual([...published].sort());
      expect(table.admin.edit).toEqual([...published].sort());
      // moderators see the scheduled one and moderate, but do not do the officer's work
      expect(table.moderator.view).toEqual([...published].sort());
      expect(table.moderator.moderate).toEqual([...published].sort());
      expect(table.moderator.edit).toEqual([]);
      // everyone else: what is public, and no action
      for (const persona of ['anonymous', 'citizen', 'verified citizen', 'partner representative', 'other officer']) {
        expect([persona, table[persona].view]).toEqual([persona, [...publicOnes].sort()]);
        for (const action of consultationPolicy.actions) expect([persona, action, table[persona][action]]).toEqual([persona, action, []]);
      }
    });

    it('answers over HTTP as the policy says: 200 where visible, 404 where not; a write 403 where visible but not allowed', async () => {
      for (const [persona, token] of tokens) {
        for (const [state, id] of consultations) {
          const expected = table[persona].view.includes(state) ? 200 : 404;
          const res = await t.get(`/api/consultations/${id}`, { token });
          expect([persona, state, res.status]).toEqual([persona, state, expected]);
          if (res.status === 200) expect([persona, state, res.body.can]).toEqual([persona, state, canOf(table, persona, state, consultationPolicy.actions)]);
        }
        if (!token) continue;
        const res = await t.patch(`/api/consultations/${consultations.get('open')}`, { correctionNote: 'Проверка' }, { token });
        expect([persona, res.status]).toEqual([persona, table[persona].edit.includes('open') ? 200 : 403]);
      }
    });
  });

  describe('bodies', () => {
    let table: Record<string, Record<string, string[]>>;
    beforeAll(async () => {
      const policy = t.app.get(Policy);
      table = await compare(bodyPolicy, 'bodies', bodies, async (id) => (await policy.facts('body', id))!);
    });

    it('agrees on every row (above), and a private body is for its members and its municipality’s staff', () => {
      expect(table['body member'].view).toEqual(['private', 'public']);
      expect(table['former member'].view).toEqual(['public']);
      expect(table.moderator.view).toEqual(['private', 'public']);
      expect(table.moderator.manage).toEqual([]);
      expect(table.officer.manage).toEqual(['private', 'public']);
      expect(table['other officer'].view).toEqual(['private elsewhere', 'public']);
      expect(table.admin.manage).toEqual(['private', 'private elsewhere', 'public']);
      for (const persona of ['anonymous', 'citizen', 'verified citizen', 'partner representative']) expect([persona, table[persona].view]).toEqual([persona, ['public']]);
    });

    it('answers over HTTP as the policy says', async () => {
      for (const [persona, token] of tokens) {
        for (const [kind, id] of bodies) {
          const res = await t.get(`/api/bodies/${id}`, { token });
          expect([persona, kind, res.status]).toEqual([persona, kind, table[persona].view.includes(kind) ? 200 : 404]);
          if (res.status === 200) expect([persona, kind, res.body.canManage, res.body.can]).toEqual([persona, kind, table[persona].manage.includes(kind), canOf(table, persona, kind, bodyPolicy.actions)]);
        }
      }
    });
  });

  describe('meetings', () => {
    let table: Record<string, Record<string, string[]>>;
    const all = ['cancelled', 'co-hosted', 'no body', 'private body', 'private body, minutes', 'private elsewhere', 'public body'];
    const open = ['cancelled', 'co-hosted', 'no body', 'public body'];
    beforeAll(async () => {
      const policy = t.app.get(Policy);
      table = await compare(meetingPolicy, 'meetings', meetings, async (id) => (await policy.facts('meeting', id))!);
    });

    it('agrees on every row (above), and a private body’s meetings are for its members and the host’s staff', () => {
      expect(table['body member'].view).toEqual(['private body', 'private body, minutes', ...open].sort());
      expect(table['former member'].view).toEqual(open);
      expect(table.admin.view).toEqual(all);
      expect(table.officer.manage).toEqual(all.filter((k) => k !== 'private elsewhere'));
      expect(table.moderator.manage).toEqual([]);
      // before the minutes: the participation report for the staff, a co-host's officers and the partner NGO
      expect(table['other officer'].participation).toEqual(['co-hosted', 'private elsewhere']);
      expect(table['partner representative'].participation).toEqual(open);
      expect(table.citizen.participation).toEqual([]);
    });

    it('answers over HTTP as the policy says', async () => {
      for (const [persona, token] of tokens) {
        for (const [kind, id] of meetings) {
          const res = await t.get(`/api/meetings/${id}`, { token });
          expect([persona, kind, res.status]).toEqual([persona, kind, table[persona].view.includes(kind) ? 200 : 404]);
          if (res.status === 200) expect([persona, kind, res.body.can]).toEqual([persona, kind, canOf(table, persona, kind, meetingPolicy.actions)]);
        }
        const co = await t.get(`/api/meetings/${meetings.get('co-hosted')}/participation`, { token });
        expect([persona, co.status]).toEqual([persona, table[persona].participation.includes('co-hosted') ? 200 : 409]);
      }
    });
  });

  describe('registrations', () => {
    let table: Record<string, Record<string, string[]>>;
    beforeAll(async () => {
      const policy = t.app.get(Policy);
      table = await compare(registrationPolicy, 'meeting_registrations', registrations, async (id) => (await policy.facts('registration', id))!);
    });

    it('agrees on every row (above): a registration is its registrant’s and the host officers’', () => {
      expect(table['verified citizen'].cancel).toEqual(['citizen’s']);
      expect(table['body member'].cancel).toEqual(['member’s']);
      expect(table.officer.cancel).toEqual(['citizen’s', 'guest’s', 'member’s']);
      expect(table.admin.cancel).toEqual(['citizen’s', 'guest’s', 'member’s']);
      for (const persona of ['anonymous', 'citizen', 'moderator', 'other officer', 'partner representative']) expect([persona, table[persona].view]).toEqual([persona, []]);
    });

    it('answers a stranger’s cancel with 404, as the policy says, and lets the registrant cancel', async () => {
      for (const persona of ['citizen', 'moderator', 'other officer']) {
        const res = await t.post(`/api/registrations/${registrations.get('citizen’s')}/cancel`, {}, { token: tokens.get(persona) });
        expect([persona, res.status]).toEqual([persona, 404]);
      }
      expect((await t.post(`/api/registrations/${registrations.get('citizen’s')}/cancel`, {}, { token: tokens.get('verified citizen') })).status).toBe(200);
    });
  });

  describe('forms', () => {
    let table: Record<string, Record<string, string[]>>;
    const published = ['closed invited, results public', 'open invited', 'open public', 'open registered', 'open registered elsewhere', 'scheduled public'];
    beforeAll(async () => {
      const policy = t.app.get(Policy);
      table = await compare(formPolicy, 'forms', forms, async (id) => (await policy.facts('form', id))!);
    });

    it('agrees on every row (above): drafts for their officers only (not the admin), the audience decides the rest', () => {
      expect(table.officer.view).toEqual(['draft', ...published].sort());
      expect(table.admin.view).toEqual(published);
      expect(table.admin.manage).toEqual(published);
      expect(table.officer.manage).toEqual(['closed invited, results public', 'draft', 'open invited', 'open public', 'open registered', 'scheduled public']);
      expect(table['other officer'].manage).toEqual(['draft elsewhere', 'open registered elsewhere']);
      expect(table.moderator.manage).toEqual([]);
      expect(table.anonymous.read).toEqual(['closed invited, results public', 'open public', 'scheduled public']);
      expect(table.citizen.read).toEqual(['closed invited, results public', 'open public', 'open registered', 'open registered elsewhere', 'scheduled public']);
      expect(table.citizen.report).toEqual(['closed invited, results public']);
      // the partner NGO (of Haskovo, without the demo activity) reviews its published forms and their texts
      expect(table['partner representative'].texts).toEqual(published.filter((k) => !k.includes('elsewhere')));
    });

    it('names a draft consultation a form is about to its officers only, not the admin', async () => {
      const id = forms.get('open public')!;
      await t.query(`UPDATE forms SET subject_type = 'consultation', subject_id = $2 WHERE id = $1`, [id, consultations.get('draft')]);
      const title = async (persona: string) => (await t.get(`/api/forms/${id}`, { token: tokens.get(persona) })).body.subject.title;
      expect(await title('officer')).toEqual({ bg: 'Консултация: draft' });
      for (const persona of ['admin', 'moderator', 'partner representative', 'anonymous']) expect([persona, await title(persona)]).toEqual([persona, {}]);
      await t.query('UPDATE forms SET subject_type = NULL, subject_id = NULL WHERE id = $1', [id]);
    });

    it('refuses the admin a new form, as a new consultation: a draft they could not see', async () => {
      expect((await t.post('/api/forms', FORM, { token: tokens.get('admin') })).status).toBe(403);
      expect((await t.post('/api/forms', FORM, { token: tokens.get('moderator') })).status).toBe(403);
    });

    it('answers over HTTP as the policy says: the form, its report and the list', async () => {
      for (const [persona, token] of tokens) {
        const listed = new Set(((await t.get('/api/forms?limit=100', { token })).body.items as Array<{ id: string }>).map((f) => f.id));
        expect([persona, [...forms].filter(([, id]) => listed.has(id)).map(([k]) => k).sort()]).toEqual([persona, table[persona].list]);
        for (const [kind, id] of forms) {
          const visible = table[persona].view.includes(kind);
          const read = await t.get(`/api/forms/${id}`, { token });
          const readStatus = !visible ? 404 : table[persona].read.includes(kind) ? 200 : kind.includes('registered') && !token ? 401 : 404;
          expect([persona, kind, read.status]).toEqual([persona, kind, readStatus]);
          if (read.status === 200) expect([persona, kind, read.body.can]).toEqual([persona, kind, canOf(table, persona, kind, formPolicy.actions)]);
          const report = await t.get(`/api/forms/${id}/report`, { token });
          const reportStatus = !visible ? 404 : table[persona].report.includes(kind) ? 200 : token ? 403 : 401;
          expect([persona, kind, 'report', report.status]).toEqual([persona, kind, 'report', reportStatus]);
        }
      }
    });
  });

  describe('contributions', () => {
    let table: Record<string, Record<string, string[]>>;
    beforeAll(async () => {
      const policy = t.app.get(Policy);
      table = await compare(contributionPolicy, 'contributions', contributions, async (id) => (await policy.facts('contribution', id))!);
    });

    it('agrees on every row (above): a contribution goes with its consultation', () => {
      expect(table.anonymous.view).toEqual(['in closed', 'in open']);
      expect(table.anonymous.support).toEqual([]);
      expect(table.citizen.flag).toEqual(['in closed', 'in open']);
      expect(table.moderator.moderate).toEqual(['in closed', 'in open', 'in scheduled']);
      expect(table.officer.answer).toEqual(['in closed', 'in draft', 'in open', 'in scheduled']);
      expect(table.admin.moderate).toEqual(['in closed', 'in open', 'in scheduled']);
      expect(table['other officer'].moderate).toEqual([]);
    });

    it('answers over HTTP as the policy says', async () => {
      for (const [persona, token] of tokens) {
        for (const [kind, id] of contributions) {
          const res = await t.get(`/api/contributions/${id}`, { token });
          expect([persona, kind, res.status]).toEqual([persona, kind, table[persona].view.includes(kind) ? 200 : 404]);
          // a hidden one shows those who may not inspect it only its place and the reason: no flags either
          const slim = res.body.hidden && !table[persona].inspect.includes(kind);
          if (res.status === 200) expect([persona, kind, res.body.can]).toEqual([persona, kind, slim ? undefined : canOf(table, persona, kind, contributionPolicy.actions)]);
        }
        if (!token) continue;
        const hide = await t.post(`/api/contributions/${contributions.get('in closed')}/hide`, { reason: 'Проверка на правата' }, { token });
        expect([persona, hide.status]).toEqual([persona, table[persona].moderate.includes('in closed') ? 200 : 403]);
      }
    });
  });

  describe('organisations', () => {
    let table: Record<string, Record<string, string[]>>;
    beforeAll(async () => {
      const policy = t.app.get(Policy);
      table = await compare(organizationPolicy, 'organizations', organizations, async (id) => (await policy.facts('organization', id))!);
    });

    it('agrees on every row (above): members and representatives hold their own organisation', () => {
      expect(table.anonymous.view).toEqual(['citizen’s NGO', 'partner NGO']);
      expect(table['partner representative'].manage).toEqual(['partner NGO']);
      expect(table['verified citizen'].manage).toEqual(['citizen’s NGO']);
      expect(table.admin.verify).toEqual(['citizen’s NGO', 'partner NGO']);
      expect(table.officer.members).toEqual([]);
    });

    it('answers over HTTP as the policy says: members shown to those who may see them', async () => {
      for (const [persona, token] of tokens) {
        for (const [kind, id] of organizations) {
          const res = await t.get(`/api/organizations/${id}`, { token });
          expect([persona, kind, res.status, res.body.members !== undefined, res.body.can]).toEqual([persona, kind, 200, table[persona].members.includes(kind), canOf(table, persona, kind, organizationPolicy.actions)]);
        }
      }
    });
  });
});
