import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { axeViolations, browserAvailable, launchBrowser, newPage, restartAt, RunningServer, startServer, waitForMail, signIn as signInAs } from './harness';

jest.setTimeout(180_000);
const run = browserAvailable() ? describe : describe.skip;

const TITLE = 'Наредба за опазване на обществения ред в Хасково';
const PROPOSAL = 'Тишината след 22:00 ч. да важи и в събота и неделя.';
const REASONING = 'Предложението съответства на целите на наредбата и се приема с уточнение в чл. 1.';
const DRAFT = [
  '## Глава първа. Общи положения',
  '',
  'Чл. 1. С тази наредба се уреждат обществените отношения, свързани с тишината и спокойствието на гражданите.',
  '',
  'Чл. 2. Наредбата се прилага на цялата територия на община Хасково.',
].join('\n');

/**
 * The lawful journey of a consultation, as its people live it: the officer writes and publishes a
 * draft ordinance with its motives, a citizen proposes a change to one article, the period ends
 * (the product's clock moves past the last day), the officer answers with reasons and publishes
 * the справка, and the citizen reads the answer and downloads the справка as a PDF.
 */
run('a consultation from draft to справка, in the browser', () => {
  let server: RunningServer;
  let browser: Browser;
  let consultationId = '';
  const violations: Record<string, string[]> = {};
  const scan = async (page: Page, name: string) => {
    violations[name] = await axeViolations(page);
  };
  // the browser's calendar agrees with the product's clock (SABOR_FAKE_NOW), as it would for real
  let now = '2026-03-02T08:00:00.000Z'; // Monday 2 March 2026, 10:00 in Sofia
  const signIn = async (email: string): Promise<Page> => signInAs((await newPage(browser, { locale: 'bg-BG', now })).page, server, email);

  beforeAll(async () => {
    server = await startServer({ SABOR_FAKE_NOW: now });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('the officer writes a draft ordinance with its motives and publishes it, seeing the last day first', async () => {
    const page = await signIn('officer@haskovo.sabor.example');
    await page.goto(`${server.url}/officer/consultations/new`);
    await page.getByRole('heading', { level: 1, name: 'Ново обсъждане' }).waitFor();
    await scan(page, 'new consultation');
    const municipality = page.getByLabel('Община', { exact: true });
    if (await municipality.count()) await municipality.selectOption({ label: 'Хасково' });
    await page.getByLabel('Наредба', { exact: true }).check();
    await page.getByLabel('Заглавие', { exact: true }).fill(TITLE);
    await page.getByLabel('Текст на проекта').fill(DRAFT);
    await page.getByLabel('Причини, които налагат приемането').fill('Зачестилите сигнали за шум през нощта.');
    await page.getByLabel('Цели, които се поставят').fill('Спокойствие на гражданите.');
    await page.getByLabel('Финансови и други средства за прилагането').fill('Не са необходими допълнителни средства.');
    await page.getByLabel('Очаквани резултати').fill('По-малко сигнали за шум.');
    await page.getByLabel('Съответствие с правото на Европейския съюз').fill('Наредбата не противоречи на правото на ЕС.');
    await page.getByRole('button', { name: 'Създаване на черновата' }).click();
    await page.getByText('Черновата е създадена.').waitFor();
    consultationId = /\/officer\/consultations\/([0-9a-f-]{36})/.exec(page.url())![1];
    await scan(page, 'draft created');

    await page.goto(`${server.url}/officer/consultations/${consultationId}/publish`);
    await page.getByRole('heading', { level: 1, name: 'Публикуване' }).waitFor();
    await page.getByLabel('Ден на публикуване').fill('2026-03-02');
    await page.getByLabel('Срок за предложения (дни)').fill('30');
    // the legal last day, computed before anything is published: 30 days from 3 March is 1 April
    const lastDay = page.getByText(/Последният ден за предложения е/);
    await lastDay.waitFor();
    expect(await lastDay.textContent()).toMatch(/1 април 2026/);
    await scan(page, 'publish with the deadline');
    await page.getByRole('button', { name: 'Публикуване', exact: true }).click();
    await page.waitForURL(new RegExp(`/officer/consultations/${consultationId}$`));
    const c = (await (await fetch(`${server.url}/api/consultations/${consultationId}`)).json()) as { status: string; lastDay: string };
    // open for proposals from the moment of publication; the period is counted from the next day
    expect(c).toMatchObject({ status: 'open', lastDay: '2026-04-01' });
    await page.context().close();
  });

  it('the next day, a citizen finds it and proposes a change to Art. 1', async () => {
    now = '2026-03-03T08:00:00.000Z';
    server = await restartAt(server, now);
    const page = await signIn('citizen@sabor.example');
    await page.goto(`${server.url}/consultations/${consultationId}`);
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    await scan(page, 'open consultation');
    await page.getByRole('link', { name: 'Предложение или коментар' }).first().click();
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.getByLabel('Предложение', { exact: true }).check();
    const section = page.getByLabel('За коя част от проекта е?');
    const article = (await section.locator('option').allTextContents()).find((o) => o.includes('Чл. 1'))!;
    await section.selectOption({ label: article });
    await page.getByLabel('Вашето предложение').fill(PROPOSAL);
    await scan(page, 'contribute');
    await page.getByRole('button', { name: 'Публикуване', exact: true }).click();
    await page.getByText('Предложението ви е публикувано').waitFor();
    await scan(page, 'contributed');
    await page.goto(`${server.url}/consultations/${consultationId}`);
    await page.getByText(PROPOSAL).first().waitFor();
    await page.context().close();
  });

  it('after the last day, the officer answers with reasons and publishes the справка', async () => {
    // the day after the last day: the consultation has closed by the product's own clock
    now = '2026-04-02T07:00:00.000Z';
    server = await restartAt(server, now);
    const page = await signIn('officer@haskovo.sabor.example');
    await page.goto(`${server.url}/officer/consultations/${consultationId}/answers`);
    await page.getByRole('heading', { level: 1, name: 'Отговори на предложенията' }).waitFor();
    await page.getByText(PROPOSAL).first().waitFor();
    await scan(page, 'answers');
    await page.getByLabel('Приема се', { exact: true }).check();
    await page.getByLabel('Мотиви').fill(REASONING);
    await page.getByRole('button', { name: 'Запазване и към следващото' }).click();
    // the progress notice, not the live status that says the same after the last save
    await page.locator('p').filter({ hasText: 'Всички предложения имат отговор.' }).waitFor();
    await scan(page, 'all answered');

    await page.getByRole('link', { name: 'Към справката' }).first().click();
    await page.getByRole('heading', { level: 1, name: /Справка/ }).waitFor();
    await page.getByText(REASONING).first().waitFor();
    await scan(page, 'report preview');
    await page.getByRole('button', { name: 'Публикуване на справката' }).click();
    // it asks first, saying what follows: public at once, an e-mail to each author, corrections as versions
    await page.getByText('имейл отива до 1 автор;').waitFor();
    await scan(page, 'report publish confirmation');
    await page.getByRole('button', { name: 'Да, публикувай справката' }).click();
    await page.getByText('Справката е публикувана (версия 1).').waitFor();
    await scan(page, 'report published');
    await page.context().close();
  });

  it('the citizen is told by e-mail, reads the answer and downloads the справка as a PDF', async () => {
    const mail = await waitForMail(server.mailDir, 'citizen@sabor.example');
    expect(mail).toContain('Решение: Приема се');
    expect(mail).toContain(REASONING);
    const link = new RegExp(`(http://\\S+/consultations/${consultationId}#contribution-[0-9a-f-]{36})`).exec(mail)![1];
    expect(link.startsWith(server.url)).toBe(true);

    const page = await signIn('citizen@sabor.example');
    await page.goto(link);
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    await page.getByText(REASONING).first().waitFor();
    await scan(page, 'consultation with answers');
    await page.getByRole('link', { name: 'Справката на страницата' }).click();
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.getByText(PROPOSAL).first().waitFor();
    await scan(page, 'public report');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Справката като PDF' }).click()]);
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'sabor-pdf-')), 'spravka.pdf');
    await download.saveAs(file);
    expect(fs.readFileSync(file).subarray(0, 5).toString()).toBe('%PDF-');
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(text).toContain(TITLE);
    expect(text).toContain('Тишината след 22:00 ч.');
    expect(text).toContain('Приема се');
    await page.context().close();
  });

  it('reads on a 360 px phone: the справка as cards with the decision and reasons on screen, the list with its results first', async () => {
    const phone = await newPage(browser, { locale: 'bg-BG', width: 360, now });
    const page = phone.page;
    await page.goto(`${server.url}/consultations/${consultationId}/report`);
    await page.getByText(REASONING).first().waitFor();
    const fits = () => page.evaluate(() => document.scrollingElement!.scrollWidth <= window.innerWidth);
    expect(await fits()).toBe(true);
    const width = await page.evaluate(() => window.innerWidth);
    for (const text of ['Приема се', REASONING]) {
      const cell = page.locator('td').filter({ hasText: text }).first();
      await cell.scrollIntoViewIfNeeded();
      expect(await cell.isVisible()).toBe(true);
      const box = (await cell.boundingBox())!;
      // on screen: not beyond the right edge, where a sideways table used to hide it
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(width);
    }
    await scan(page, 'report on a phone');
    fs.mkdirSync(path.join(os.tmpdir(), 'sabor-shots'), { recursive: true });
    await page.screenshot({ path: path.join(os.tmpdir(), 'sabor-shots', 'report-360.png'), fullPage: true });

    await page.goto(`${server.url}/consultations`);
    const toggle = page.getByRole('button', { name: 'Търсене и филтри' });
    await toggle.waitFor();
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await page.getByLabel('Община').isVisible()).toBe(false);
    // the first result is on the first screen (the newest: the demo budget, published since on its scheduled day)
    const first = page.locator('.card__title a').first();
    await first.waitFor();
    const firstBox = (await first.boundingBox())!;
    expect(firstBox.y + firstBox.height).toBeLessThan(await page.evaluate(() => window.innerHeight));
    expect(await fits()).toBe(true);
    await toggle.click();
    await page.getByLabel('Община').waitFor();
    await scan(page, 'list on a phone');
    await page.screenshot({ path: path.join(os.tmpdir(), 'sabor-shots', 'list-360.png'), fullPage: true });
    await phone.context.close();
  });

  it('has no accessibility violations on any page of the journey', () => {
    expect(Object.entries(violations).filter(([, v]) => v.length)).toEqual([]);
    expect(Object.keys(violations).length).toBeGreaterThanOrEqual(12);
  });
});
