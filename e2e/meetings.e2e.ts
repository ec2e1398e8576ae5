import type { Browser, Page } from 'playwright-core';
import { readQr } from '../server/test/qr-reader';
import { axeViolations, browserAvailable, launchBrowser, newPage, restartAt, RunningServer, startServer, waitForMail, signIn as signInAs } from './harness';

jest.setTimeout(240_000);
const run = browserAvailable() ? describe : describe.skip;

const FORUM = 'Публичен форум: младите хора в Хасково';
const GUEST = { name: 'Елена Тодорова', email: 'elena.e2e@example.org', settlement: 'Димитровград' };

/**
 * A public forum as its people live it: a guest registers for the upcoming Haskovo forum and
 * gets the code by e-mail; on the day the officer checks her in at the door by the code, from a
 * phone; after the forum the officer writes and publishes the minutes; then anyone can read the
 * participation report, with one person attended. Axe on every page visited.
 */
run('a public forum from registration to the participation report, in the browser', () => {
  let server: RunningServer;
  let browser: Browser;
  let forumId = '';
  let code = '';
  // the demo's meetings are dated from the clock at first start; the browser's calendar agrees
  let now = '2026-03-02T08:00:00.000Z';
  const violations: Record<string, string[]> = {};
  const scan = async (page: Page, name: string) => {
    violations[name] = await axeViolations(page);
  };
  const open = async (width = 1280): Promise<Page> => (await newPage(browser, { locale: 'bg-BG', width, now })).page;
  const signIn = async (email: string, width?: number): Promise<Page> => signInAs(await open(width), server, email);

  beforeAll(async () => {
    server = await startServer({ SABOR_FAKE_NOW: now });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('a guest finds the forum and registers, and sees her code', async () => {
    const page = await open();
    await page.goto(`${server.url}/meetings`);
    await page.getByRole('heading', { level: 1, name: 'Срещи и събития' }).waitFor();
    await page.getByRole('link', { name: new RegExp(FORUM) }).waitFor();
    await scan(page, 'meetings');
    await page.getByRole('link', { name: new RegExp(FORUM) }).click();
    await page.getByRole('heading', { level: 1, name: new RegExp(FORUM) }).waitFor();
    forumId = /\/meetings\/([0-9a-f-]{36})$/.exec(page.url())![1];
    expect(await page.getByText('Откриване и представяне на съвета').isVisible()).toBe(true);
    await scan(page, 'meeting');

    await page.getByRole('link', { name: 'Регистрация за срещата' }).click();
    await page.getByRole('heading', { level: 1, name: 'Регистрация за срещата' }).waitFor();
    await page.getByRole('button', { name: 'Регистрация' }).click();
    await page.getByRole('alert').first().waitFor();
    await scan(page, 'register with errors');

    await page.getByLabel('Име и фамилия').fill(GUEST.name);
    await page.getByLabel('Имейл адрес').fill(GUEST.email);
    await page.getByLabel('Населено място, в което живеете').fill(GUEST.settlement);
    await page.getByRole('radio', { name: 'Гражданин' }).check();
    await page.getByRole('button', { name: 'Регистрация' }).click();
    await page.getByRole('heading', { level: 1, name: 'Регистрирани сте' }).waitFor();
    code = (await page.locator('.registration-code').textContent())!.trim();
    expect(code).toMatch(/^[0-9A-Z]{3}-[0-9A-Z]{3}$/);
    // the QR code of the same code, drawn by the browser, big enough to scan, and it reads back
    const qr = page.getByRole('img', { name: `QR код на регистрацията: ${code}` });
    await qr.locator('svg').waitFor();
    const symbol = (await qr.locator('svg').boundingBox())!;
    expect(Math.min(symbol.width, symbol.height)).toBeGreaterThanOrEqual(200);
    const box = (await qr.boundingBox())!;
    // a screenshot of the image (inside its white edge), read back by the tests' own QR reader
    const shot = await page.screenshot({ clip: { x: box.x + 2, y: box.y + 2, width: box.width - 4, height: box.height - 4 } });
    expect(readQr(shot).text).toBe(code.replace('-', ''));
    expect(await page.getByText(`Изпратихме кода и на ${GUEST.email}.`).isVisible()).toBe(true);
    await scan(page, 'registered');
    await page.context().close();
  });

  it('the confirmation e-mail carries the same code and a cancel link that opens the cancel page', async () => {
    const mail = await waitForMail(server.mailDir, GUEST.email);
    expect(mail).toContain(code);
    const link = /(http:\/\/\S+\/registrations\/cancel\?token=[A-Za-z0-9_-]+)/.exec(mail)![1];
    expect(link.startsWith(server.url)).toBe(true);
    const page = await open(390);
    await page.goto(link);
    await page.getByRole('heading', { level: 1, name: 'Отказване на регистрация' }).waitFor();
    // opening the link cancels nothing: a mail scanner may have opened it
    expect(await page.getByRole('button', { name: 'Отказване на регистрацията' }).isVisible()).toBe(true);
    await scan(page, 'cancel page');
    await page.context().close();
  });

  it('on the day, the officer checks her in at the door by the code, from a phone', async () => {
    const forum = (await (await fetch(`${server.url}/api/meetings/${forumId}`)).json()) as { startsAt: string };
    now = new Date(Date.parse(forum.startsAt) + 30 * 60_000).toISOString();
    server = await restartAt(server, now);

    const page = await signIn('officer@haskovo.sabor.example', 390);
    await page.goto(`${server.url}/officer/meetings`);
    await page.getByRole('heading', { level: 1, name: 'Срещи и органи' }).waitFor();
    await page.getByRole('link', { name: new RegExp(FORUM) }).waitFor();
    await scan(page, 'officer meetings');
    await page.getByRole('link', { name: new RegExp(FORUM) }).click();
    await page.getByRole('link', { name: 'Регистриране на входа' }).waitFor();
    await scan(page, 'manage meeting');
    await page.getByRole('link', { name: 'Регистриране на входа' }).click();

    const input = page.getByLabel('Код от регистрацията');
    await input.waitFor();
    // a barcode scanner "types" the code and presses Enter
    await input.pressSequentially(code.toLowerCase().replace('-', ''));
    await input.press('Enter');
    await page.getByText('✓ Отбелязан(а)').waitFor();
    expect(await page.locator('.checkin-result__name').textContent()).toBe(GUEST.name);
    expect(await input.inputValue()).toBe('');
    expect(await input.evaluate((el) => el === document.activeElement)).toBe(true);

    // the same code again is said plainly
    await input.pressSequentially(code);
    await input.press('Enter');
    await page.getByText('Вече е отбелязан(а)').waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth + 1);
    expect(overflow).toBe(false);
    await scan(page, 'check-in on a phone');
    await page.context().close();
  });

  it('after the forum, the officer writes and publishes the minutes', async () => {
    const forum = (await (await fetch(`${server.url}/api/meetings/${forumId}`)).json()) as { endsAt: string };
    now = new Date(Date.parse(forum.endsAt) + 2 * 3_600_000).toISOString();
    server = await restartAt(server, now);

    const page = await signIn('officer@haskovo.sabor.example');
    await page.goto(`${server.url}/officer/meetings/${forumId}`);
    await page.getByRole('link', { name: 'Протокол', exact: true }).click();
    const text = page.getByLabel('Протокол', { exact: true });
    await text.waitFor();
    await scan(page, 'minutes editor');
    await text.fill('## Протокол от публичния форум\n\nФорумът събра предложения за общинската стратегия за младежта.');
    await page.getByRole('button', { name: 'Добавяне на решение' }).click();
    const decision = page.getByRole('group', { name: 'Решение 1' });
    await decision.getByLabel('Решение', { exact: true }).fill('Предложенията да бъдат внесени в стратегията за младежта');
    await decision.getByLabel(/^Отговорник/).fill('Секретариат на съвета');
    await page.getByRole('button', { name: 'Публикуване на протокола' }).click();
    await page.getByRole('button', { name: 'Да, публикувай' }).click();
    await page.getByText('Протоколът е публикуван (версия 1).', { exact: false }).waitFor();
    await scan(page, 'minutes published');
    await page.context().close();
  });

  it('a visitor who is not signed in reads the minutes and the participation report: one attended', async () => {
    const page = await open();
    await page.goto(`${server.url}/meetings/${forumId}`);
    await page.getByRole('link', { name: /^Протокол \(версия 1/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Протокол (версия 1)' }).waitFor();
    expect(await page.getByText('Предложенията да бъдат внесени в стратегията за младежта').isVisible()).toBe(true);
    await scan(page, 'public minutes');

    await page.getByRole('link', { name: 'Отчет за участието' }).click();
    await page.getByRole('heading', { level: 1, name: 'Отчет за участието' }).waitFor();
    const totals = page.locator('dl.totals');
    await totals.waitFor();
    const figures = Object.fromEntries(
      await totals.locator('.totals__item').evaluateAll((items) => items.map((item) => [item.querySelector('dt')!.textContent, item.querySelector('dd')!.textContent])),
    );
    expect(figures['Присъствали']).toBe('1');
    expect(Number(figures['Регистрирани'])).toBeGreaterThanOrEqual(15);
    expect(await page.locator('.report-summary__text').textContent()).toContain(GUEST.settlement);
    expect(await page.getByRole('figure', { name: 'По населени места' }).getByText(GUEST.settlement).isVisible()).toBe(true);
    const pdf = await page.getByRole('link', { name: 'Изтегляне (PDF)' }).getAttribute('href');
    expect(pdf).toBe(`/api/meetings/${forumId}/participation.pdf`);
    const file = await fetch(`${server.url}${pdf}`);
    expect([file.status, file.headers.get('content-type')]).toEqual([200, 'application/pdf']);
    await scan(page, 'participation report');
    await page.context().close();
  });

  it('has no axe violations on any page visited', () => {
    expect(violations).toEqual(Object.fromEntries(Object.keys(violations).map((k) => [k, []])));
    expect(Object.keys(violations).length).toBe(12);
  });
});
