import { TestApp } from './test-app';

describe('demo data: a living platform on first start', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await TestApp.create({ activity: true, env: { SABOR_FAKE_NOW: '2026-11-22T10:00:00.000Z' } });
  });
  afterAll(() => t.close());

  it('shows consultations in every public state, in Bulgarian and Macedonian', async () => {
    const all = await t.get('/api/consultations?limit=100');
    const states = new Set(all.body.items.map((c: { status: string }) => c.status));
    // a consultation opens the moment it is public: the public never sees one upcoming
    expect([...states].sort()).toEqual(['closed', 'decided', 'open', 'reported']);
    const slugs = new Set(all.body.items.map((c: { municipalitySlug: string }) => c.municipalitySlug));
    expect([...slugs].sort()).toEqual(['dupnitsa', 'haskovo', 'kriva-palanka']);
    const kp = await t.get('/api/consultations?municipality=kriva-palanka&status=open');
    expect(kp.body.items[0].title.mk).toMatch(/јавно осветлување/);
    // the draft is the officer's only
    expect(all.body.items.some((c: { status: string }) => c.status === 'draft')).toBe(false);
    const officerToken = await t.login('officer@haskovo.sabor.example');
    const officer = await t.get('/api/consultations?status=draft', { token: officerToken });
    expect(officer.body.items).toHaveLength(1);
    // the 2027 budget, scheduled for tomorrow: upcoming for the staff, opening at 00:00 in Haskovo
    const upcoming = await t.get('/api/consultations?status=upcoming&municipality=haskovo', { token: officerToken });
    expect(upcoming.body.items).toHaveLength(1);
    expect(upcoming.body.items[0]).toMatchObject({ kind: 'budget', publishedAt: '2026-11-22T22:00:00.000Z', opensAt: '2026-11-22T22:00:00.000Z' });
    expect((await t.get(`/api/consultations/${upcoming.body.items[0].id}`)).status).toBe(404);
  });

  it('has the PRESTIZH ordinance open in Haskovo with contributions on several articles', async () => {
    const list = await t.get(`/api/consultations?municipality=haskovo&q=${encodeURIComponent('граждански съвети')}`);
    const ordinance = list.body.items.find((c: { kind: string }) => c.kind === 'ordinance');
    expect(ordinance.status).toBe('open');
    const sections = await t.get(`/api/consultations/${ordinance.id}/sections`);
    const commented = sections.body.items.filter((s: { contributionCount: number }) => s.contributionCount > 0).map((s: { ref: string }) => s.ref);
    expect(commented.length).toBeGreaterThanOrEqual(3);
    const contributions = await t.get(`/api/consultations/${ordinance.id}/contributions?sort=supported`);
    expect(contributions.body.items[0]).toMatchObject({ author: { organization: 'Алианс за регионално сътрудничество и развитие' }, supportCount: 5 });
    const detail = await t.get(`/api/consultations/${ordinance.id}`);
    expect(Object.keys(detail.body.motives).sort()).toEqual(['euCompliance', 'expectedResults', 'objectives', 'reasons', 'resources']);
  });

  it('has a closed consultation whose proposals await answers, and a published справка', async () => {
    const closed = await t.get('/api/consultations?municipality=haskovo&status=closed');
    expect(closed.body.items).toHaveLength(1);
    const detail = await t.get(`/api/consultations/${closed.body.items[0].id}`);
    expect(detail.body.counts.proposals).toBeGreaterThan(detail.body.counts.answered);
    const reported = await t.get('/api/consultations?status=reported');
    const report = await t.get(`/api/consultations/${reported.body.items[0].id}/report`);
    expect(report.body).toMatchObject({ published: true, totals: { accepted: 1, partially_accepted: 1, not_accepted: 1, unanswered: 0 } });
    // its history holds the справка as published, with the same totals
    const versions = await t.get(`/api/consultations/${reported.body.items[0].id}/versions`);
    const published = versions.body.items.find((v: { subject: string }) => v.subject === 'report');
    expect(published).toMatchObject({ version: 1, snapshot: { totals: report.body.totals } });
    expect(published.snapshot.items).toHaveLength(report.body.items.length);
    const decided = await t.get('/api/consultations?status=decided');
    expect((await t.get(`/api/consultations/${decided.body.items[0].id}`)).body.outcome).toMatchObject({ result: 'amended' });
  });

  it.each(['2027-04-30T06:00:00.000Z', '2027-01-02T12:00:00.000Z', '2028-02-29T23:30:00.000Z'])('keeps every demo consultation in its state when the demo starts on %s', async (now) => {
    const other = await TestApp.create({ activity: true, env: { SABOR_FAKE_NOW: now } });
    try {
      // seven published, six of them public: the budget is scheduled for the next day
      const all = await other.get('/api/consultations?limit=100');
      expect(all.body.items).toHaveLength(6);
      const scheduled = await other.get('/api/consultations?status=upcoming', { token: await other.login('officer@haskovo.sabor.example') });
      expect(scheduled.body.items.map((c: { kind: string }) => c.kind)).toEqual(['budget']);
    } finally {
      await other.close();
    }
  });
});
