import { readQr } from './qr-reader';
import { EmlPart, emlParts, TestApp } from './test-app';

/**
 * The QR code of a registration's code on the e-mails that give a place. The PNG is read back by
 * the tests' own small QR reader (./qr-reader.ts, version 1 symbols, no error correction), which
 * shares no code with the qrcode library that writes it.
 */
const guest = (n: number) => ({ name: `Гост ${n}`, email: `qr${n}@example.org`, homeSettlement: 'Хасково', country: 'bg', category: 'citizen' });
const formatted = (code: string) => `${code.slice(0, 3)}-${code.slice(3)}`;

describe('the QR code on registration e-mails', () => {
  let t: TestApp;
  let officer: string;
  let forum: string;
  const codes: Record<number, string> = {};

  /** The parts of the e-mail to `to` whose text part contains `text`. */
  const mailParts = async (to: string, text: string): Promise<EmlPart[]> => {
    await t.waitForMailContaining(to, text);
    const eml = t.mailsTo(to).find((m) => emlParts(m).some((p) => p.contentType === 'text/plain' && p.body.toString('utf8').includes(text)))!;
    return emlParts(eml);
  };
  const part = (parts: EmlPart[], type: string) => parts.find((p) => p.contentType === type);
  const contentId = (p: EmlPart) => /^Content-ID: <([^>]+)>/im.exec(p.headers)?.[1];

  /** What a person with the e-mail would see: the image that the HTML part shows, and the words. */
  const expectQrOf = (parts: EmlPart[], code: string) => {
    const html = part(parts, 'text/html')!.body.toString('utf8');
    const png = part(parts, 'image/png')!;
    const cid = contentId(png)!;
    expect(cid).toBeTruthy();
    const img = new RegExp(`<img src="cid:${cid.replace(/[.@-]/g, '\\$&')}" width="200" height="200" alt="([^"]+)"`).exec(html);
    expect(img).not.toBeNull();
    expect(html).toContain(`font-size:32px;font-weight:bold;letter-spacing:2px;white-space:nowrap">${formatted(code)}</td>`);
    // the image reads as the plain code, with room around it and sharp enough on a phone's screen
    const read = readQr(png.body);
    expect(read).toMatchObject({ text: code, size: 21, ecLevel: 'M' });
    expect(read.quietZone).toBeGreaterThanOrEqual(4);
    expect((read.size + 2 * read.quietZone) * read.scale).toBeGreaterThanOrEqual(400);
    return img![1];
  };

  beforeAll(async () => {
    // the morning of a forum in Haskovo, so that the code can be checked in too
    t = await TestApp.create({ env: { SABOR_FAKE_NOW: '2026-12-03T06:30:00.000Z' } });
    officer = await t.login('officer@haskovo.sabor.example');
    forum = (await t.post('/api/meetings', { municipalityId: 'haskovo', kind: 'public_forum', title: 'Форум за парка', startsAt: '2026-12-03T07:00:00.000Z', endsAt: '2026-12-03T15:00:00.000Z', location: 'Хасково', capacity: 1, registration: { open: true } }, { token: officer })).body.id;
  });
  afterAll(() => t.close());

  it('the confirmation has an HTML part showing an inline PNG (by Content-ID) next to the code in big letters; the PNG reads back as the plain code', async () => {
    const res = await t.post(`/api/meetings/${forum}/registrations`, guest(1));
    expect(res.body.status).toBe('registered');
    codes[1] = res.body.code;
    const parts = await mailParts('qr1@example.org', `Вашият код: ${formatted(codes[1])}`);
    expect(parts.map((p) => p.contentType)).toEqual(['text/plain', 'text/html', 'image/png']);
    expect(expectQrOf(parts, codes[1])).toBe(`QR код: ${formatted(codes[1])}`);
    // the HTML part says what the text part says, links included
    const html = part(parts, 'text/html')!.body.toString('utf8');
    expect(html).toContain('<html lang="bg">');
    expect(html).toContain('регистрирахте се за „Форум за парка“.');
    expect(html).toMatch(/<a href="http:\/\/sabor\.test\/registrations\/cancel\?token=[A-Za-z0-9_-]{30,}">/);
  });

  it('what the QR code holds is exactly what the check-in page takes from a scanner that types it', async () => {
    const parts = await mailParts('qr1@example.org', `Вашият код: ${formatted(codes[1])}`);
    const qrText = readQr(part(parts, 'image/png')!.body).text;
    const res = await t.post(`/api/meetings/${forum}/check-in`, { code: qrText }, { token: officer });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ name: 'Гост 1', code: codes[1] });
  });

  it('the waiting list e-mail has no QR code; the "a place is yours" e-mail has the promoted code', async () => {
    const second = await t.post(`/api/meetings/${forum}/registrations`, guest(2), { headers: { 'accept-language': 'en' } });
    expect(second.body.status).toBe('waitlisted');
    codes[2] = second.body.code;
    const waiting = await mailParts('qr2@example.org', 'you are on the waiting list');
    expect(waiting.map((p) => p.contentType)).toEqual(['text/plain']);
    // a larger capacity moves the first on the waiting list up
    const capacity = await t.patch(`/api/meetings/${forum}`, { capacity: 2 }, { token: officer });
    expect(capacity.status).toBe(200);
    const promoted = await mailParts('qr2@example.org', 'a place has freed up');
    expect(promoted.map((p) => p.contentType)).toEqual(['text/plain', 'text/html', 'image/png']);
    expect(expectQrOf(promoted, codes[2])).toBe(`QR code: ${formatted(codes[2])}`);
  });

  it('approval: the pending e-mail has none, the approval that gives a place has it, a rejection has none', async () => {
    const approval = (await t.post('/api/meetings', { municipalityId: 'haskovo', kind: 'workshop', title: 'Среща с одобрение', startsAt: '2026-12-10T15:00:00.000Z', endsAt: '2026-12-10T17:00:00.000Z', location: 'Хасково', registration: { open: true, requireApproval: true } }, { token: officer })).body.id;
    const a = await t.post(`/api/meetings/${approval}/registrations`, guest(3));
    const b = await t.post(`/api/meetings/${approval}/registrations`, guest(4));
    expect((await mailParts('qr3@example.org', 'Организаторите ще я одобрят')).map((p) => p.contentType)).toEqual(['text/plain']);
    expect((await t.post(`/api/meetings/${approval}/registrations/${a.body.id}/approve`, {}, { token: officer })).body.status).toBe('registered');
    expect((await t.post(`/api/meetings/${approval}/registrations/${b.body.id}/reject`, {}, { token: officer })).body.status).toBe('rejected');
    const approved = await mailParts('qr3@example.org', 'организаторите одобриха регистрацията ви');
    expect(expectQrOf(approved, a.body.code)).toBe(`QR код: ${formatted(a.body.code)}`);
    expect((await mailParts('qr4@example.org', 'не одобриха регистрацията ви')).map((p) => p.contentType)).toEqual(['text/plain']);
  });

  it('e-mails without a registration stay text only', async () => {
    await t.registerVerified('qr-account@example.org');
    expect(emlParts(t.mailsTo('qr-account@example.org')[0]).map((p) => p.contentType)).toEqual(['text/plain']);
  });
});
