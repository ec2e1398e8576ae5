import type { Browser, Page } from 'playwright-core';
import { axeViolations, browserAvailable, launchBrowser, newPage, RunningServer, startServer, waitForMail } from './harness';

jest.setTimeout(120_000);
const run = browserAvailable() ? describe : describe.skip;

run('a new citizen: register, verify by e-mail, log in, switch language, log out', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  const violations: Record<string, string[]> = {};

  const scan = async (name: string) => {
    violations[name] = await axeViolations(page);
  };

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    page = (await newPage(browser, { locale: 'bg-BG' })).page;
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('registers, with the privacy notice in view', async () => {
    await page.goto(`${server.url}/`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await scan('home');
    await page.getByRole('link', { name: /Регистрация|Създаване на профил|Създайте профил/ }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Създаване на профил' }).waitFor();
    expect(await page.getByText('Какво пазим и защо').isVisible()).toBe(true);
    await scan('register');

    // the error summary first: submitting an empty form
    await page.getByRole('button', { name: 'Създаване на профил' }).click();
    await page.getByRole('alert').first().waitFor();
    await scan('register with errors');

    await page.getByLabel('Имейл адрес').fill('maria.e2e@example.org');
    await page.getByLabel('Парола').fill('a-long-enough-password');
    await page.getByLabel('Име, което другите ще виждат').fill('Мария Е2Е');
    await page.getByLabel('Населено място, в което живеете').fill('Хасково');
    await page.getByRole('button', { name: 'Създаване на профил' }).click();
    await page.getByRole('heading', { level: 1, name: 'Проверете имейла си' }).waitFor();
    await scan('check e-mail');
  });

  it('opens the link from the .eml file and verifies the address', async () => {
    const mail = await waitForMail(server.mailDir, 'maria.e2e@example.org');
    const link = /(http:\/\/\S+\/verify-email\?token=[A-Za-z0-9_-]+)/.exec(mail)![1];
    expect(link.startsWith(server.url)).toBe(true);
    await page.goto(link);
    await page.getByRole('heading', { name: 'Имейл адресът ви е потвърден' }).waitFor();
    await scan('verified');
  });

  it('logs in and sees the profile', async () => {
    await page.goto(`${server.url}/login`);
    await page.getByRole('heading', { level: 1, name: 'Вход' }).waitFor();
    await scan('login');
    await page.getByLabel('Имейл адрес').fill('maria.e2e@example.org');
    await page.getByLabel('Парола').fill('a-long-enough-password');
    await page.getByRole('button', { name: 'Вход' }).click();
    await page.getByRole('button', { name: 'Изход' }).waitFor();
    await page.goto(`${server.url}/me`);
    await page.getByLabel('Име, което другите ще виждат').waitFor();
    expect(await page.getByLabel('Име, което другите ще виждат').inputValue()).toBe('Мария Е2Е');
    await scan('profile');
  });

  it('switches to English and keeps it after a reload', async () => {
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('button', { name: 'Sign out' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await page.reload();
    await page.getByRole('button', { name: 'Sign out' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await scan('profile in English');
  });

  it('logs out: the session cookie no longer works', async () => {
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('link', { name: /Sign in/ }).first().waitFor();
    const refresh = await page.evaluate(async () => (await fetch('/api/auth/refresh', { method: 'POST', credentials: 'include' })).status);
    expect(refresh).toBe(401);
  });

  it('works on a phone-sized screen with no accessibility violations', async () => {
    const phone = await newPage(browser, { locale: 'mk-MK', width: 360 });
    await phone.page.goto(`${server.url}/`);
    await phone.page.getByRole('heading', { level: 1 }).waitFor();
    const overflow = await phone.page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth + 1);
    expect(overflow).toBe(false);
    violations['home on a phone'] = await axeViolations(phone.page);
    await phone.context.close();
  });

  it('has no axe violations on any page visited', () => {
    expect(violations).toEqual(Object.fromEntries(Object.keys(violations).map((k) => [k, []])));
    expect(Object.keys(violations).length).toBeGreaterThanOrEqual(8);
  });
});
