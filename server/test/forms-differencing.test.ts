import { FORM, GOOD } from './forms-fixtures';
import { TestApp } from './test-app';

/**
 * The differencing attack: a reader who may see a form's report asks for it over many periods and
 * subtracts one from another, hoping for a difference of one or two people whose answers it then
 * reads off. Answers come in over eight days, 3, 2, 4, 1, 6, 2, 3 and 5 a day (a day of two, a day
 * of one), on a form with minGroupSize 5. For every two reports a reader can ask for (every day,
 * or none, as `from` and as `to`), the responses one covers and the other does not are 0 or at
 * least 5: computed from the reports themselves, as |A| + |B| − 2·|A ∩ B|, where A ∩ B is the
 * report over the overlap of the two periods. Checked on an anonymous and on an identified form,
 * while open and once closed, for the JSON report, its CSV, and the satisfaction report.
 */
const PER_DAY = [3, 2, 4, 1, 6, 2, 3, 5];
const K = 5;
const DAYS = PER_DAY.map((_, i) => `2026-11-${String(23 + i).padStart(2, '0')}`);
/** every period: each day (or none) as from and as to, from ≤ to */
const BOUNDS = [undefined, ...DAYS];
const PERIODS = BOUNDS.flatMap((from) => BOUNDS.map((to) => ({ from, to }))).filter((p) => !p.from || !p.to || p.from <= p.to);
const QUESTION_KEYS = ['overall', 'clarity', 'recommend', 'channel', 'topics', 'town', 'improve'];

type Period = { from?: string; to?: string };
const query = (p: Period) => [p.from && `from=${p.from}`, p.to && `to=${p.to}`].filter(Boolean).join('&');
const key = (p: Period) => `${p.from ?? ''}..${p.to ?? ''}`;
const later = (a?: string, b?: string) => (!a ? b : !b ? a : a > b ? a : b);
const earlier = (a?: string, b?: string) => (!a ? b : !b ? a : a < b ? a : b);
/** the overlap of two periods, or null when they share no day */
function overlap(a: Period, b: Period): Period | null {
  const p = { from: later(a.from, b.from), to: earlier(a.to, b.to) };
  return p.from && p.to && p.from > p.to ? null : p;
}

/** For every pair of periods, the size of the symmetric difference of the responses covered, by `count`. */
function differences(count: Map<string, number>): number[] {
  const out: number[] = [];
  for (const a of PERIODS) {
    for (const b of PERIODS) {
      const both = overlap(a, b);
      out.push(count.get(key(a))! + count.get(key(b))! - 2 * (both ? count.get(key(both))! : 0));
    }
  }
  return out;
}

const smallDifferences = (diffs: number[]) => diffs.filter((d) => d > 0 && d < K);

describe('reports cannot be subtracted down to fewer than minGroupSize people', () => {
  let t: TestApp;
  let officer: string;
  let ngo: string;
  const forms: Record<'anonymous' | 'identified', string> = { anonymous: '', identified: '' };

  beforeAll(async () => {
    t = await TestApp.create({ env: { SABOR_FAKE_NOW: '2026-11-23T10:00:00.000Z' } });
    officer = await t.login('officer@haskovo.sabor.example');
    ngo = await t.login('ngo@arsr.sabor.example');
    for (const kind of ['anonymous', 'identified'] as const) {
      forms[kind] = (await t.post('/api/forms', { ...FORM, anonymous: kind === 'anonymous', minGroupSize: K, publishResults: true }, { token: officer })).body.id;
      await t.post(`/api/forms/${forms[kind]}/publish`, {}, { token: officer });
    }
    let n = 0;
    for (const [i, count] of PER_DAY.entries()) {
      t.clock.travelTo(new Date(`${DAYS[i]}T10:00:00.000Z`));
      for (let j = 0; j < count; j++, n++) {
        const answers = { ...GOOD, overall: 1 + (n % 5), recommend: n % 11, channel: ['site', 'social', 'friends'][n % 3], town: `Село ${n}` };
        for (const id of Object.values(forms)) expect((await t.post(`/api/forms/${id}/responses`, { answers })).status).toBe(201);
      }
    }
  });
  afterAll(() => t.close());

  /** Every period's report of the form as the partner NGO (or anyone, the results being public) reads it. */
  async function reports(id: string, token?: string): Promise<Map<string, { responses: number; n: Record<string, number | null> }>> {
    const out = new Map<string, { responses: number; n: Record<string, number | null> }>();
    for (const p of PERIODS) {
      const res = await t.get(`/api/forms/${id}/report?${query(p)}`, { token });
      expect(res.status).toBe(200);
      out.set(key(p), { responses: res.body.responses, n: Object.fromEntries(res.body.questions.map((q: { key: string; n: number | null }) => [q.key, q.n])) });
    }
    return out;
  }

  function expectNoSmallDifference(all: Map<string, { responses: number; n: Record<string, number | null> }>): void {
    expect(smallDifferences(differences(new Map([...all].map(([k, r]) => [k, r.responses]))))).toEqual([]);
    // and per question, as the review subtracted: a period from one that contains it, wherever both show n
    for (const a of PERIODS) {
      for (const b of PERIODS) {
        const both = overlap(a, b);
        if (!both || key(both) !== key(b)) continue;
        const ra = all.get(key(a))!;
        const rb = all.get(key(b))!;
        for (const q of QUESTION_KEYS) {
          if (ra.n[q] === null || rb.n[q] === null) continue;
          const d = ra.n[q]! - rb.n[q]!;
          if (d > 0 && d < K) throw new Error(`${q}: ${key(a)} and ${key(b)} differ by ${d}`);
        }
      }
    }
  }

  it('the day of two is not in any report on its own, nor any difference of two (open forms)', async () => {
    for (const id of Object.values(forms)) {
      const all = await reports(id, ngo);
      expectNoSmallDifference(all);
      // the attack of the review: "up to the day of two" minus "up to the day before"
      const dayOfTwo = DAYS[1];
      const diff = all.get(key({ to: dayOfTwo }))!.responses - all.get(key({ to: DAYS[0] }))!.responses;
      expect(diff === 0 || diff >= K).toBe(true);
      // while open, the last group is held back: 26 answers, groups of 5 complete on 24, 26, 27, 29 and 30 November, one waits
      expect(all.get(key({}))!.responses).toBe(20);
      // each group is dated the day it was complete: no response is dated a day on which no group was
      for (const day of DAYS) expect([0, K]).toContain(all.get(key({ from: day, to: day }))!.responses);
    }
  });

  it('the CSV and the raw export cover the same whole groups', async () => {
    const id = forms.anonymous;
    for (const p of [{ to: DAYS[1] }, { from: DAYS[2], to: DAYS[4] }, {}]) {
      const json = (await t.get(`/api/forms/${id}/report?${query(p)}`, { token: ngo })).body;
      const csv = (await t.get(`/api/forms/${id}/report.csv?${query(p)}`, { token: ngo })).text.replace(/^\uFEFF/, '').trim().split('\r\n');
      const overall = csv.find((l) => l.startsWith('overall,'))!.split(',');
      expect(json.questions[0].n).toBeGreaterThanOrEqual(K);
      expect(overall[3]).toBe(String(json.questions[0].n));
    }
    // the officer's raw export of an anonymous form: the shown groups only, each row dated its group's day
    const raw = (await t.get(`/api/forms/${id}/responses.csv`, { token: officer })).text.replace(/^\uFEFF/, '').trim().split('\r\n').slice(1);
    expect(raw).toHaveLength(20);
    const perDay = new Map<string, number>();
    for (const line of raw) perDay.set(line.slice(0, 10), (perDay.get(line.slice(0, 10)) ?? 0) + 1);
    expect([...perDay.values()].every((n) => n % K === 0)).toBe(true);
  });

  it('the satisfaction report differs by whole groups only, whatever the period', async () => {
    const counts = new Map<string, number>();
    for (const p of PERIODS) {
      const res = await t.get(`/api/reports/satisfaction?municipalityId=haskovo&${query(p)}`, { token: ngo });
      expect(res.status).toBe(200);
      const total = (res.body.activities as Array<{ activity: { id: string }; responses: number | null }>).filter((a) => Object.values(forms).includes(a.activity.id)).reduce((s, a) => s + (a.responses ?? 0), 0);
      counts.set(key(p), total);
    }
    expect(smallDifferences(differences(counts))).toEqual([]);
  });

  it('still holds once the forms have closed: the leftover joins the last group, and the reports before and after differ by a group', async () => {
    const before = new Map<string, Map<string, { responses: number; n: Record<string, number | null> }>>();
    for (const id of Object.values(forms)) before.set(id, await reports(id, ngo));
    t.clock.travelTo(new Date('2026-12-23T10:00:00.000Z'));
    for (const id of Object.values(forms)) {
      const after = await reports(id, ngo);
      expectNoSmallDifference(after);
      expect(after.get(key({}))!.responses).toBe(26);
      // the last group (five on 30 November and the one left over) is shown in its final make-up only
      expect(after.get(key({ from: DAYS[7], to: DAYS[7] }))!.responses).toBe(6);
      // the same period asked before and after the closing
      for (const p of PERIODS) {
        const d = after.get(key(p))!.responses - before.get(id)!.get(key(p))!.responses;
        expect(d === 0 || d >= K).toBe(true);
      }
    }
  });

  it('still holds when a closed form is reopened: the next leftovers do not join a group already shown', async () => {
    const id = forms.anonymous;
    const closed = await reports(id, ngo);
    expect((await t.patch(`/api/forms/${id}`, { closesAt: '2026-12-30T00:00:00.000Z' }, { token: officer })).status).toBe(200);
    for (let i = 0; i < 2; i++) expect((await t.post(`/api/forms/${id}/responses`, { answers: { ...GOOD, overall: 1 } })).status).toBe(201);
    expect((await t.patch(`/api/forms/${id}`, { closesAt: t.clock.now().toISOString() }, { token: officer })).status).toBe(200);
    const again = await reports(id, ngo);
    expectNoSmallDifference(again);
    // the two wait: fewer than a group, and the last group was shown complete before
    expect((await t.get(`/api/forms/${id}/report`, { token: ngo })).body).toMatchObject({ responses: 26, pendingResponses: 2 });
    for (const p of PERIODS) expect(again.get(key(p))!.responses).toBe(closed.get(key(p))!.responses);
  });
});
