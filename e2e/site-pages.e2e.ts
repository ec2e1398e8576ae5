import type { Browser, Page } from 'playwright-core';
import { axeViolations, browserAvailable, launchBrowser, newPage, RunningServer, signIn, startServer } from './harness';

jest.setTimeout(120_000);
const run = browserAvailable() ? describe : describe.skip;

run('the pages a public body must publish, on a 360 px phone', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    page = (await newPage(browser, { locale: 'bg-BG', width: 360 })).page;
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const noSideways = () => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

  it('follows the footer to the accessibility statement and finds the sections the EU model requires', async () => {
    await page.goto(`${server.url}/consultations`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.getByRole('contentinfo').getByRole('link', { name: 'Декларация за достъпност' }).click();
    await page.getByRole('heading', { level: 1, name: 'Декларация за достъпност' }).waitFor();
    for (const name of ['Състояние на съответствие', 'Недостъпно съдържание', 'Изготвяне на декларацията', 'Обратна връзка и данни за контакт', 'Процедура по прилагане']) {
      await page.getByRole('heading', { level: 2, name }).waitFor(); // the text arrives after the title
    }
    expect(await page.getByText('частично съвместим').isVisible()).toBe(true);
    expect(await page.getByText(/Последен преглед:/).isVisible()).toBe(true);
    if (process.env.SCREENSHOT_DIR) await page.screenshot({ path: `${process.env.SCREENSHOT_DIR}/accessibility-360.png`, fullPage: true });
    expect(await noSideways()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('follows the footer to the privacy notice, with every municipality’s data protection officer', async () => {
    await page.getByRole('contentinfo').getByRole('link', { name: 'Защита на личните данни' }).click();
    await page.getByRole('heading', { level: 1, name: 'Уведомление за защита на личните данни' }).waitFor();
    for (const name of ['Администратор на данните', 'Какво е публично и какво не е', 'Вашите права', 'Длъжностни лица по защита на данните']) {
      await page.getByRole('heading', { level: 2, name }).waitFor(); // the text arrives after the title
    }
    await page.getByRole('heading', { level: 3, name: 'Хасково' }).waitFor();
    expect(await page.getByText(/КЗЛД/).first().isVisible()).toBe(true);
    expect(await noSideways()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('opens both by a direct link', async () => {
    await page.goto(`${server.url}/privacy`);
    await page.getByRole('heading', { level: 1, name: 'Уведомление за защита на личните данни' }).waitFor();
    const fresh = (await newPage(browser, { width: 360 })).page;
    const res = await fresh.goto(`${server.url}/accessibility`);
    expect(res?.status()).toBe(200);
    await fresh.getByRole('heading', { level: 1, name: 'Декларация за достъпност' }).waitFor();
    await fresh.getByRole('heading', { level: 2, name: 'Процедура по прилагане' }).waitFor();
  });

  it('shows a citizen their participation, linked from the profile', async () => {
    await signIn(page, server, 'citizen@sabor.example');
    await page.goto(`${server.url}/me`);
    await page.getByRole('link', { name: 'Моето участие' }).click();
    await page.getByRole('heading', { level: 1, name: 'Моето участие' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Предложения и коментари' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Формуляри' }).waitFor();
    if (process.env.SCREENSHOT_DIR) await page.screenshot({ path: `${process.env.SCREENSHOT_DIR}/participation-360.png`, fullPage: true });
    expect(await noSideways()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
  });
});
