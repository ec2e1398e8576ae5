import { execFileSync } from 'node:child_process';
import { expectTaggedPdf, flatten, markedText, readPdf, textOf } from './pdf-structure';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openConsultation } from './fixtures';
import { TestApp } from './test-app';

function pdfText(buffer: Buffer): string {
  const file = path.join(os.tmpdir(), `sabor-report-${process.pid}.pdf`);
  fs.writeFileSync(file, buffer);
  try {
    return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  } finally {
    fs.rmSync(file, { force: true });
  }
}

describe('answering proposals, the справка and the outcome', () => {
  let t: TestApp;
  let officer: string;
  let citizen: string;
  let c: Awaited<ReturnType<typeof openConsultation>>;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    t = await TestApp.create({ env: { SABOR_FAKE_NOW: '2026-03-02T08:00:00.000Z' } });
    officer = await t.login('officer@haskovo.sabor.example');
    citizen = await t.login('citizen@sabor.example');
    c = await openConsultation(t);
    const art1 = c.sections.find((s) => s.ref === 'Чл. 1')!.id;
    const post = (token: string, body: Record<string, unknown>) => t.post(`/api/consultations/${c.id}/contributions`, body, { token });
    ids.a = (await post(citizen, { kind: 'proposal', body: 'Срокът да бъде 45 дни.', sectionId: art1, publishName: true })).body.id;
    ids.b = (await post(citizen, { kind: 'proposal', body: 'Заседанията да се излъчват.', publishName: false })).body.id;
    ids.comment = (await post(await t.login('ngo@arsr.sabor.example'), { kind: 'comment', body: 'Подкрепяме проекта.', publishName: true })).body.id;
    const campaign = await t.registerVerified('campaign1@example.org');
    ids.c1 = (await post(campaign.token, { kind: 'proposal', body: 'Не на презастрояването на парка!', publishName: false })).body.id;
    const campaign2 = await t.registerVerified('campaign2@example.org');
    ids.c2 = (await post(campaign2.token, { kind: 'proposal', body: 'Не на презастрояването на парка!!', publishName: false })).body.id;
  });
  afterAll(() => t.close());

  const closeIt = () => t.clock.travelTo(new Date(new Date(c.closesAt).getTime() + 3600_000));

  it('refuses answers while the consultation is open', async () => {
    const res = await t.put(`/api/contributions/${ids.a}/response`, { decision: 'accepted' }, { token: officer });
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('consultation_not_closed');
  });

  it('refuses to publish the report while open, and with unanswered proposals once closed', async () => {
    expect((await t.post(`/api/consultations/${c.id}/report/publish`, {}, { token: officer })).body.code).toBe('consultation_not_closed');
    closeIt();
    const res = await t.post(`/api/consultations/${c.id}/report/publish`, {}, { token: officer });
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('unanswered_proposals');
    expect(res.body.details.contributionIds.sort()).toEqual([ids.a, ids.b, ids.c1, ids.c2].sort());
    // not public before publication
    expect((await t.get(`/api/consultations/${c.id}/report`)).body.code).toBe('report_not_published');
  });

  it('requires reasons unless a proposal is accepted, and only from the municipality’s officers', async () => {
    const noReason = await t.put(`/api/contributions/${ids.b}/response`, { decision: 'not_accepted' }, { token: officer });
    expect(noReason.status).toBe(422);
    expect(noReason.body.code).toBe('reasoning_required');
    expect((await t.put(`/api/contributions/${ids.b}/response`, { decision: 'maybe', reasoning: 'x' }, { token: officer })).status).toBe(400);
    expect((await t.put(`/api/contributions/${ids.b}/response`, { decision: 'accepted' }, { token: await t.login('officer@dupnitsa.sabor.example') })).status).toBe(403);
    expect((await t.put(`/api/contributions/${ids.b}/response`, { decision: 'accepted' }, { token: citizen })).status).toBe(403);
    const ok = await t.put(`/api/contributions/${ids.a}/response`, { decision: 'accepted' }, { token: officer });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ decision: 'accepted', reasoning: '', version: 1 });
  });

  it('e-mails the author when their proposal is answered', async () => {
    const mail = await t.waitForMailContaining('citizen@sabor.example', 'Отговор на вашето предложение');
    expect(mail).toContain('Решение: Приема се');
  });

  it('finds the campaign as near-identical and answers the group at once', async () => {
    const dup = await t.get(`/api/consultations/${c.id}/duplicates`, { token: officer });
    expect(dup.status).toBe(200);
    expect(dup.body.groups).toEqual([expect.objectContaining({ size: 2, contributionIds: expect.arrayContaining([ids.c1, ids.c2]) })]);
    expect((await t.get(`/api/consultations/${c.id}/duplicates`, { token: citizen })).status).toBe(403);
    const res = await t.post(`/api/consultations/${c.id}/responses`, { contributionIds: [ids.c1, ids.c2], decision: 'not_accepted', reasoning: 'Паркът остава зелена площ по ОУП; предложението е извън обхвата на наредбата.' }, { token: officer });
    expect(res.status).toBe(200);
    expect(res.body.updated).toBe(2);
    const bad = await t.post(`/api/consultations/${c.id}/responses`, { contributionIds: [ids.b, '00000000-0000-4000-8000-000000000000'], decision: 'noted', reasoning: 'x' }, { token: officer });
    expect(bad.status).toBe(400);
    // nothing of the failed batch was written
    const [row] = await t.query('SELECT count(*)::int AS n FROM contribution_responses WHERE contribution_id = $1', [ids.b]);
    expect(row.n).toBe(0);
  });

  it('publishes the справка once every proposal is answered, and tells the authors', async () => {
    const waiting = await t.get(`/api/consultations/${c.id}/contributions?answered=false&kind=proposal`, { token: officer });
    expect(waiting.body.items.map((x: { id: string }) => x.id)).toEqual([ids.b]);
    // the comment needs no answer: "unanswered" counts what keeps the справка back, the one proposal
    const before = await t.get(`/api/consultations/${c.id}/report`, { token: officer });
    expect(before.body).toMatchObject({ totals: { contributions: 5, proposals: 4, unanswered: 1 }, unansweredIds: [ids.b] });
    await t.put(`/api/contributions/${ids.b}/response`, { decision: 'partially_accepted', reasoning: 'Ще се излъчват заседанията на съвета, не на комисиите.' }, { token: officer });
    const preview = await t.get(`/api/consultations/${c.id}/report`, { token: officer });
    expect(preview.body).toMatchObject({ published: false, unansweredIds: [] });
    const res = await t.post(`/api/consultations/${c.id}/report/publish`, {}, { token: officer });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ published: true, version: 1, totals: { contributions: 5, proposals: 4, accepted: 1, partially_accepted: 1, not_accepted: 2, noted: 0, unanswered: 0 } });
    const publicReport = await t.get(`/api/consultations/${c.id}/report`);
    expect(publicReport.status).toBe(200);
    // the streamed JSON says what the publication built in memory
    const { items, totals, title, version } = res.body;
    expect(publicReport.body).toMatchObject({ items, totals, title, version, published: true, unansweredIds: [] });
    const first = publicReport.body.items[0];
    expect(first).toMatchObject({ number: 1, author: 'Иван Петров', channel: 'онлайн', section: 'Чл. 1', text: 'Срокът да бъде 45 дни.', decisionLabel: 'Приема се' });
    expect(publicReport.body.items[1].author).toBe('Участник 1');
    expect((await t.get(`/api/consultations/${c.id}`)).body.status).toBe('reported');
    expect(await t.waitForMailContaining('campaign1@example.org', 'справката')).toContain(`/consultations/${c.id}/report`);
  });

  it('serves the справка as CSV with every row, and as a PDF whose Cyrillic text can be read back', async () => {
    const csv = await t.get(`/api/consultations/${c.id}/report.csv`);
    expect(csv.status).toBe(200);
    expect(csv.headers['content-type']).toMatch(/text\/csv/);
    const lines = csv.text.replace(/^\uFEFF/, '').trim().split('\r\n');
    // a header of stable names and codes with their labels per language: the same bytes in any interface language
    expect(lines[0]).toBe('number,contribution_id,author,organization,channel,channel_bg,channel_en,channel_mk,received_on,section,kind,kind_bg,kind_en,kind_mk,text,lang,decision,decision_bg,decision_en,decision_mk,reasoning');
    expect((await t.get(`/api/consultations/${c.id}/report.csv`, { headers: { 'accept-language': 'en' } })).text).toBe(csv.text);
    expect((await t.get(`/api/consultations/${c.id}/report.csv`, { headers: { 'accept-language': 'mk' } })).text).toBe(csv.text);
    expect(lines).toHaveLength(6);
    const first = (await t.get(`/api/consultations/${c.id}/report`)).body.items[0];
    expect(lines[1]).toContain(`1,${first.contributionId},Иван Петров,,online,онлайн,online,онлајн,`);
    expect(lines[1]).toContain(',Чл. 1,proposal,предложение,proposal,предлог,Срокът да бъде 45 дни.,bg,accepted,Приема се,Accepted,Се прифаќа,');
    // the comment has no answer, and needs none: not "unanswered"
    expect(lines.find((l) => l.includes('Подкрепяме проекта.'))).toMatch(/,comment,становище,comment,мислење,Подкрепяме проекта\.,bg,,,,,$/);

    const pdf = await t.app.inject({ method: 'GET', url: `/api/consultations/${c.id}/report.pdf` });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const text = pdfText(pdf.rawPayload);
    expect(text).toContain('Справка за отразяване на предложенията');
    expect(text).toContain('Срокът да бъде 45 дни.');
    expect(text).toContain('Паркът остава зелена площ');

    // tagged for assistive technology: one H1, a section per contribution with its H2, totals as a list
    const tree = expectTaggedPdf(pdf.rawPayload, 'bg');
    const marked = markedText(readPdf(pdf.rawPayload));
    const doc = tree.kids[0];
    expect(doc.kids.filter((k) => k.type === 'H1').map((k) => textOf(k, marked))).toEqual(['Справка за отразяване на предложенията и становищата']);
    const sections = doc.kids.filter((k) => k.type === 'Sect');
    expect(sections).toHaveLength(5);
    expect(sections.map((s) => s.kids[0].type)).toEqual(['H2', 'H2', 'H2', 'H2', 'H2']);
    expect(textOf(sections[0].kids[0], marked)).toMatch(/^1\. /);
    expect(sections.map((s) => textOf(s, marked)).join(' ')).toContain('Срокът да бъде 45 дни.');
    expect(doc.kids.at(-1)!.type).toBe('L');
    // each text in its own language: none differs from a Bulgarian справка's…
    expect(flatten(tree).filter((n) => n.lang)).toEqual([]);
    const en = await t.app.inject({ method: 'GET', url: `/api/consultations/${c.id}/report.pdf`, headers: { 'accept-language': 'en' } });
    const enTree = expectTaggedPdf(en.rawPayload, 'en');
    // …while in the English one the proposals and the answer's reasoning, written in Bulgarian, say so
    const enMarked = markedText(readPdf(en.rawPayload));
    const elementsOf = (text: string) => flatten(enTree).filter((n) => textOf(n, enMarked) === text).map((n) => ({ type: n.type, lang: n.lang }));
    expect(elementsOf('Срокът да бъде 45 дни.')).toEqual([{ type: 'P', lang: 'bg' }]);
    expect(elementsOf('Ще се излъчват заседанията на съвета, не на комисиите.')).toEqual([{ type: 'Span', lang: 'bg' }]);
    // the English labels around them stay in the document's language
    const answer = flatten(enTree).find((n) => n.type === 'P' && n.kids.some((k) => k.type === 'Span'))!;
    expect(answer.lang).toBeUndefined();
    expect(textOf(answer, enMarked)).toMatch(/^\S.*: Ще се излъчват заседанията на съвета, не на комисиите\.$/);
  });

  it('keeps answers as versions: a change after the report shows what changed and why', async () => {
    const res = await t.put(`/api/contributions/${ids.b}/response`, { decision: 'accepted', reasoning: 'Ще се излъчват всички заседания.', changeNote: 'Преразгледано след решение на комисията' }, { token: officer });
    expect(res.body.version).toBe(2);
    const versions = await t.get(`/api/consultations/${c.id}/versions`);
    const change = versions.body.items.find((v: { subject: string }) => v.subject === 'response');
    expect(change).toMatchObject({ note: 'Преразгледано след решение на комисията', snapshot: { before: { decision: 'partially_accepted' }, after: { decision: 'accepted' } } });
    const rows = await t.query('SELECT version, decision, current FROM contribution_responses WHERE contribution_id = $1 ORDER BY version', [ids.b]);
    expect(rows).toEqual([
      { version: 1, decision: 'partially_accepted', current: false },
      { version: 2, decision: 'accepted', current: true },
    ]);
    expect((await t.post(`/api/consultations/${c.id}/report/publish`, {}, { token: officer })).body.code).toBe('correction_note_required');
    const v2 = await t.post(`/api/consultations/${c.id}/report/publish`, { note: 'Отразена промяната по предложение 2' }, { token: officer });
    expect(v2.body.version).toBe(2);
  });

  it('records the outcome only after the report, and only once', async () => {
    const res = await t.post(`/api/consultations/${c.id}/outcome`, { result: 'adopted', decisionRef: 'Решение № 123 от 28.04.2026 г. на Общински съвет – Хасково', decidedOn: '2026-04-28' }, { token: officer });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'decided', outcome: { result: 'adopted', decidedOn: '2026-04-28' } });
    expect((await t.post(`/api/consultations/${c.id}/outcome`, { result: 'withdrawn', decisionRef: 'x', decidedOn: '2026-04-29' }, { token: officer })).body.code).toBe('outcome_already_recorded');
    expect((await t.put(`/api/contributions/${ids.a}/response`, { decision: 'noted', reasoning: 'x' }, { token: officer })).body.code).toBe('outcome_already_recorded');
  });

  it('refuses an outcome before the report, and publishes a "no proposals" notice when none came', async () => {
    const other = await openConsultation(t, { title: 'Наредба без предложения' });
    t.clock.travelTo(new Date(new Date(other.closesAt).getTime() + 1000));
    const early = await t.post(`/api/consultations/${other.id}/outcome`, { result: 'adopted', decisionRef: 'Решение № 1', decidedOn: '2026-05-10' }, { token: officer });
    expect(early.status).toBe(409);
    expect(early.body.code).toBe('report_not_published');
    const res = await t.post(`/api/consultations/${other.id}/report/publish`, {}, { token: officer, headers: { 'accept-language': 'en' } });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ noProposals: true, notice: 'No proposals or opinions were received during the consultation period.', items: [] });
    const pdf = await t.app.inject({ method: 'GET', url: `/api/consultations/${other.id}/report.pdf` });
    expect(pdfText(pdf.rawPayload)).toContain('В срока на общественото обсъждане не са постъпили предложения');
    // the CSV says it in the text column, in the municipality's language, whoever reads it
    const csv = (await t.get(`/api/consultations/${other.id}/report.csv`, { headers: { 'accept-language': 'en' } })).text.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(csv).toHaveLength(2);
    expect(csv[1].split(',')[14]).toBe('В срока на общественото обсъждане не са постъпили предложения и становища.');
  });
});

describe('the справка of a large consultation, streamed', () => {
  let t: TestApp;
  afterAll(() => t.close());

  it('numbers every one of 1,234 proposals in order, in valid JSON, with totals from the database', async () => {
    t = await TestApp.create({ env: { SABOR_FAKE_NOW: '2026-03-02T08:00:00.000Z' } });
    const officer = await t.login('officer@haskovo.sabor.example');
    const c = await openConsultation(t);
    await t.query(
      `INSERT INTO contributions (consultation_id, kind, body, author_name, publish_name, participant_no, channel, received_at)
       SELECT $1, CASE WHEN i % 4 = 0 THEN 'comment' ELSE 'proposal' END, 'Предложение № ' || i, 'Гражданин ' || i, true, i, 'email',
              '2026-03-02T09:00:00Z'::timestamptz + i * interval '1 minute'
         FROM generate_series(1, 1234) i`,
      [c.id],
    );
    const res = await t.get(`/api/consultations/${c.id}/report`, { token: officer });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(res.body.items).toHaveLength(1234);
    expect(res.body.items.map((i: { number: number }) => i.number)).toEqual(Array.from({ length: 1234 }, (_, i) => i + 1));
    expect(res.body.items[1233]).toMatchObject({ text: 'Предложение № 1234', author: 'Гражданин 1234' });
    // 308 of every fourth are comments; no proposal has an answer yet
    expect(res.body.totals).toEqual({ contributions: 1234, proposals: 926, accepted: 0, partially_accepted: 0, not_accepted: 0, noted: 0, unanswered: 926 });
    expect(res.body.unansweredIds).toHaveLength(926);
  });
});
