import type { AuthUser } from '../src/common/auth-user';
import { ConsultationsRepository } from '../src/consultations/consultations.repository';
import { Tx } from '../src/database/transaction';
import { consultationPolicy } from '../src/policy/consultation.policy';
import type { Standing } from '../src/policy/standing';
import { StandingLoader } from '../src/policy/standing.loader';
import type { SubjectPolicy } from '../src/policy/subject-policy';
import { MOTIVES, ORDINANCE_BODY } from './fixtures';
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

  async function caller(email: string): Promise<AuthUser> {
    const [u] = await t.query('SELECT id, email, display_name, locale, is_admin, email_verified_at FROM users WHERE email = $1', [email]);
    return { id: u.id, email: u.email, displayName: u.display_name, locale: u.locale, isAdmin: u.is_admin, emailVerified: u.email_verified_at !== null };
  }

  beforeAll(async () => {
    t = await TestApp.create({ env: { SABOR_FAKE_NOW: '2026-03-02T08:00:00.000Z' } });
    loader = t.app.get(StandingLoader);
    const verified = await t.registerVerified('verified.policy@example.org', 'Проверена Гражданка');
    const personas: Array<[string, string | null, string | undefined]> = [
      ['anonymous', null, undefined],
      ['citizen', 'citizen@sabor.example', undefined],
      ['verified citizen', 'verified.policy@example.org', verified.token],
      ['partner representative', 'ngo@arsr.sabor.example', undefined],
      ['officer', 'officer@haskovo.sabor.example', undefined],
      ['moderator', 'moderator@haskovo.sabor.example', undefined],
      ['other officer', 'officer@dupnitsa.sabor.example', undefined],
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
          expect([persona, state, (await t.get(`/api/consultations/${id}`, { token })).status]).toEqual([persona, state, expected]);
        }
        if (!token) continue;
        const res = await t.patch(`/api/consultations/${consultations.get('open')}`, { correctionNote: 'Проверка' }, { token });
        expect([persona, res.status]).toEqual([persona, table[persona].edit.includes('open') ? 200 : 403]);
      }
    });
  });
});
