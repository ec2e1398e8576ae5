import { openConsultation } from './fixtures';
import { TestApp } from './test-app';

/**
 * docs/api.md: hidden contributions "show only hidden: true, hiddenReason". Anyone but the
 * municipality's moderators and officers gets a hidden one's place in the list and its thread
 * (id, consultation, parent, date of receipt) and why it was hidden — no author, text, section,
 * kind, channel, counts or answer.
 */
describe('a hidden contribution shows only that it was hidden and why', () => {
  let t: TestApp;
  let officer: string;
  let moderator: string;
  let citizen: string;
  let ngo: string;
  let c: Awaited<ReturnType<typeof openConsultation>>;
  let hidden: { id: string; receivedAt: string };
  let reply: { id: string };
  const REASON = 'Обидно съдържание (т. 4 от правилата)';

  beforeAll(async () => {
    t = await TestApp.create({ env: { SABOR_FAKE_NOW: '2026-03-02T08:00:00.000Z' } });
    officer = await t.login('officer@haskovo.sabor.example');
    moderator = await t.login('moderator@haskovo.sabor.example');
    citizen = await t.login('citizen@sabor.example');
    ngo = await t.login('ngo@arsr.sabor.example');
    c = await openConsultation(t);
    const art1 = c.sections.find((s) => s.ref === 'Чл. 1')!.id;
    const post = (token: string, body: Record<string, unknown>) => t.post(`/api/consultations/${c.id}/contributions`, body, { token });
    hidden = (await post(citizen, { kind: 'proposal', body: 'Обидно предложение за кмета', sectionId: art1, publishName: true })).body;
    reply = (await post(ngo, { kind: 'comment', body: 'Не съм съгласна с тона.', parentId: hidden.id, publishName: true })).body;
    await post(ngo, { kind: 'proposal', body: 'Срокът да бъде 45 дни.', sectionId: art1, publishName: true });
    await t.post(`/api/contributions/${hidden.id}/support`, undefined, { token: ngo });
    await t.post(`/api/contributions/${hidden.id}/flag`, { reason: 'обиди' }, { token: ngo });
    const res = await t.post(`/api/contributions/${hidden.id}/hide`, { reason: REASON }, { token: moderator });
    if (res.status !== 200) throw new Error(`hide: ${res.status} ${res.text}`);
  });
  afterAll(() => t.close());

  const slim = () => ({ id: hidden.id, consultationId: c.id, parentId: null, receivedAt: hidden.receivedAt, hidden: true, hiddenReason: REASON });
  const find = (res: { body: { items: Array<{ id: string }> } }, id: string) => res.body.items.find((x) => x.id === id);

  it('gives the public, its author and other municipalities’ officers only its place and the reason', async () => {
    for (const token of [undefined, citizen, ngo, await t.login('officer@dupnitsa.sabor.example')]) {
      const list = await t.get(`/api/consultations/${c.id}/contributions?sort=oldest`, { token });
      expect(list.status).toBe(200);
      // in its place, first received, with nothing else about it
      expect(list.body.items[0]).toEqual(slim());
      expect((await t.get(`/api/consultations/${c.id}/contributions?parent=none`, { token })).body.items).toContainEqual(slim());
      const one = await t.get(`/api/contributions/${hidden.id}`, { token });
      expect(one.status).toBe(200);
      expect(one.body).toEqual(slim());
    }
    // its replies stay in the thread, whole
    const replies = await t.get(`/api/consultations/${c.id}/contributions?parent=${hidden.id}`);
    expect(replies.body.items).toEqual([expect.objectContaining({ id: reply.id, parentId: hidden.id, body: 'Не съм съгласна с тона.', author: { name: 'Десислава Колева (АРСР)', organization: null } })]);
  });

  it('leaves it out of the consultation’s counts, as from the справка', async () => {
    const detail = await t.get(`/api/consultations/${c.id}`);
    expect(detail.body.counts).toMatchObject({ contributions: 2, proposals: 1, comments: 1 });
  });

  it('leaves it out of the public lists that would tell its section, kind, answer or support', async () => {
    const art1 = c.sections.find((s) => s.ref === 'Чл. 1')!.id;
    for (const query of [`section=${art1}`, 'kind=proposal', 'answered=false', 'sort=supported']) {
      const res = await t.get(`/api/consultations/${c.id}/contributions?${query}`);
      expect([query, res.status, find(res, hidden.id)]).toEqual([query, 200, undefined]);
      expect(res.body.items.length).toBeGreaterThan(0);
    }
  });

  it('shows the municipality’s moderators and officers everything, so they can unhide it', async () => {
    for (const token of [moderator, officer]) {
      const list = await t.get(`/api/consultations/${c.id}/contributions?kind=proposal&sort=supported`, { token });
      expect(find(list, hidden.id)).toMatchObject({
        hidden: true,
        hiddenReason: REASON,
        kind: 'proposal',
        sectionRef: 'Чл. 1',
        body: 'Обидно предложение за кмета',
        author: { name: 'Иван Петров', organization: null },
        channel: 'online',
        supportCount: 1,
        flagCount: 1,
        response: null,
      });
      expect((await t.get(`/api/contributions/${hidden.id}`, { token })).body).toMatchObject({ body: 'Обидно предложение за кмета', author: { name: 'Иван Петров' } });
    }
  });

  it('keeps only its place and the reason in the open-data CSV', async () => {
    const csv = await t.get(`/api/consultations/${c.id}/contributions.csv`);
    expect(csv.status).toBe(200);
    const lines = csv.text.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).toBe('number,id,kind,section,parent_id,author,organization,channel,received_at,supports,lang,text,hidden_reason,decision,decision_bg,decision_en,decision_mk,reasoning');
    const row = lines.find((l) => l.includes(hidden.id))!;
    expect(row).toBe(`1,${hidden.id},,,,,,,${hidden.receivedAt},,,,${REASON},,,,,`);
    expect(csv.text).not.toContain('Иван Петров');
    expect(csv.text).not.toContain('Обидно предложение');
    // the reply keeps its thread
    expect(lines.find((l) => l.includes(reply.id))).toContain(`,${hidden.id},Десислава Колева (АРСР),`);
  });

  it('leaves it out of the справка, which it does not keep from being published', async () => {
    t.clock.travelTo(new Date(new Date(c.closesAt).getTime() + 3600_000));
    const preview = await t.get(`/api/consultations/${c.id}/report`, { token: officer });
    expect(preview.body.items.map((i: { contributionId: string }) => i.contributionId)).not.toContain(hidden.id);
    const [proposal] = preview.body.unansweredIds;
    expect(preview.body.unansweredIds).toEqual([proposal]);
    await t.put(`/api/contributions/${proposal}/response`, { decision: 'accepted' }, { token: officer });
    const published = await t.post(`/api/consultations/${c.id}/report/publish`, {}, { token: officer });
    expect(published.status).toBe(200);
    const report = await t.get(`/api/consultations/${c.id}/report`);
    expect(report.body.items.map((i: { contributionId: string }) => i.contributionId)).not.toContain(hidden.id);
    expect(JSON.stringify(report.body)).not.toContain('Обидно предложение');
    expect((await t.get(`/api/consultations/${c.id}/report.csv`)).text).not.toContain('Обидно предложение');
  });
});
