import path from 'node:path';
import type { Browser } from 'playwright-core';
import { axeViolations, browserAvailable, launchBrowser, newPage, RunningServer, signIn, startServer, waitForMail } from './harness';

jest.setTimeout(180_000);
const run = browserAvailable() ? describe : describe.skip;

/** Screenshots go here when SCREENSHOT_DIR is set (to look at the pages on a 360 px phone). */
const shots = process.env.SCREENSHOT_DIR;

run('an NGO representative invites a citizen, who accepts from the e-mail on a phone', () => {
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('sends the invitation, and the citizen is a member only after accepting', async () => {
    const rep = (await newPage(browser, { width: 360 })).page;
    await signIn(rep, server, 'ngo@arsr.sabor.example');
    await rep.goto(`${server.url}/me`);
    await rep.getByRole('link', { name: /Алианс за регионално сътрудничество и развитие/ }).click();
    await rep.getByRole('heading', { level: 2, name: 'Покана за нов член' }).waitFor();
    await rep.getByLabel('Имейл адрес').fill('citizen@sabor.example');
    await rep.getByRole('button', { name: 'Изпращане на покана' }).click();
    await rep.getByText('Изпратихме покана до citizen@sabor.example. Лицето ще стане член, след като я приеме.').waitFor();
    await rep.getByRole('cell', { name: 'Член' }).waitFor();
    expect(await axeViolations(rep)).toEqual([]);
    expect(await rep.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    if (shots) await rep.screenshot({ path: path.join(shots, 'organization-360.png'), fullPage: true });

    const mail = await waitForMail(server.mailDir, 'citizen@sabor.example');
    const link = /(http:\/\/\S+\/invitations\?organization=[0-9a-f-]+&token=[A-Za-z0-9_-]+)/.exec(mail)![1];
    const citizen = (await newPage(browser, { width: 360 })).page;
    await signIn(citizen, server, 'citizen@sabor.example');
    await citizen.goto(link);
    await citizen.getByRole('heading', { level: 2, name: 'Алианс за регионално сътрудничество и развитие' }).waitFor();
    expect(await axeViolations(citizen)).toEqual([]);
    expect(await citizen.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    if (shots) await citizen.screenshot({ path: path.join(shots, 'invitations-360.png'), fullPage: true });
    await citizen.getByRole('button', { name: 'Приемане' }).click();
    await citizen.getByText('Вече сте член на „Алианс за регионално сътрудничество и развитие“.').waitFor();
    await citizen.getByRole('link', { name: 'Страница на организацията' }).click();
    await citizen.getByText('Иван Петров — Член').waitFor();
  });
});

