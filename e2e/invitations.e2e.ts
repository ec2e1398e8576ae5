import path from 'node:path';
import type { Browser } from 'playwright-core';
import { axeViolations, browserAvailable, launchBrowser, newPage, RunningServer, signIn, startServer, waitForMail } from './harness';

jest.setTimeout(180_000);
const run = browserAvailable() ? describe : describe.skip;

/** Screenshots go here when SCREENSHOT_DIR is set (to look at the pages on a 360 px phone). */
const shots = process.env.SCREENSHOT_DIR;

run('invitations: an NGO representative and a municipality’s officer invite a citizen, who accepts from the e-mail on a phone', () => {
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

  it('invites a citizen to the private working group, who sees it only after accepting', async () => {
    const officer = (await newPage(browser, { width: 360 })).page;
    await signIn(officer, server, 'officer@haskovo.sabor.example');
    await officer.goto(`${server.url}/bodies?municipality=haskovo`);
    await officer.getByRole('link', { name: 'Работна група за Наредбата за обществените консултации' }).click();
    await officer.waitForURL(/\/bodies\/[0-9a-f-]+$/);
    const bodyUrl = officer.url();
    const bodyId = bodyUrl.split('/').pop()!;
    // the members page, opened by a direct link
    await officer.goto(`${server.url}/officer/bodies/${bodyId}/members`);
    await officer.getByText(/Поканеният по имейл има права едва след като приеме/).waitFor();
    await officer.getByLabel('Покана към профил в Събор').check();
    await officer.getByLabel('Имейл адрес').fill('citizen@sabor.example');
    await officer.getByRole('button', { name: 'Добавяне', exact: true }).click();
    await officer.getByText('Изпратихме покана на citizen@sabor.example. Ще бъде член с права, след като я приеме.').waitFor();
    await officer.getByRole('rowheader', { name: 'citizen чака отговор на поканата' }).waitFor();
    expect(await axeViolations(officer)).toEqual([]);
    expect(await officer.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    if (shots) await officer.screenshot({ path: path.join(shots, 'body-members-360.png'), fullPage: true });

    const citizen = (await newPage(browser, { width: 360 })).page;
    await signIn(citizen, server, 'citizen@sabor.example');
    // not a member yet: the private body is not found, as for anyone
    await citizen.goto(bodyUrl);
    await citizen.getByRole('heading', { level: 1, name: 'Страницата не е намерена' }).waitFor();
    const mail = await waitForMail(server.mailDir, 'citizen@sabor.example', 2);
    const link = /(http:\/\/\S+\/invitations\?body=[0-9a-f-]+)/.exec(mail)![1];
    await citizen.goto(link);
    await citizen.getByRole('heading', { level: 2, name: 'Работна група за Наредбата за обществените консултации' }).waitFor();
    expect(await axeViolations(citizen)).toEqual([]);
    expect(await citizen.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    if (shots) await citizen.screenshot({ path: path.join(shots, 'body-invitations-360.png'), fullPage: true });
    await citizen.getByRole('button', { name: 'Приемане — Работна група за Наредбата за обществените консултации' }).click();
    await citizen.getByText('Вече сте член на „Работна група за Наредбата за обществените консултации“.').waitFor();
    await citizen.getByRole('link', { name: 'Страница на органа' }).click();
    await citizen.getByText('Вие сте член').waitFor();
  });

  it('invites an address with no account, which registers with it and finds the invitation on the invitations page', async () => {
    const officer = (await newPage(browser, { width: 360 })).page;
    await signIn(officer, server, 'officer@haskovo.sabor.example');
    await officer.goto(`${server.url}/bodies?municipality=haskovo`);
    await officer.getByRole('link', { name: 'Работна група за Наредбата за обществените консултации' }).click();
    await officer.waitForURL(/\/bodies\/[0-9a-f-]+$/);
    const bodyId = officer.url().split('/').pop()!;
    await officer.goto(`${server.url}/officer/bodies/${bodyId}/members`);
    await officer.getByLabel('Покана към профил в Събор').check();
    await officer.getByLabel('Имейл адрес').fill('newcomer.e2e@example.org');
    await officer.getByRole('button', { name: 'Добавяне', exact: true }).click();
    // the same message as for an address with an account
    await officer.getByText('Изпратихме покана на newcomer.e2e@example.org. Ще бъде член с права, след като я приеме.').waitFor();
    await officer.getByRole('rowheader', { name: 'newcomer.e2e чака отговор на поканата' }).waitFor();

    const invitation = await waitForMail(server.mailDir, 'newcomer.e2e@example.org');
    expect(invitation).toContain('С този адрес още няма профил в Събор');
    const register = /(http:\/\/\S+\/register\?next=\S+)/.exec(invitation)![1];
    const page = (await newPage(browser, { width: 360 })).page;
    await page.goto(register);
    await page.getByLabel('Имейл адрес').fill('newcomer.e2e@example.org');
    await page.getByLabel('Парола').fill('a-long-enough-password');
    await page.getByLabel('Име, което другите ще виждат').fill('Нова Съседка');
    await page.getByRole('button', { name: 'Създаване на профил' }).click();
    await page.getByRole('heading', { level: 1, name: 'Проверете имейла си' }).waitFor();
    const verify = await waitForMail(server.mailDir, 'newcomer.e2e@example.org', 2);
    await page.goto(/(http:\/\/\S+\/verify-email\?token=[A-Za-z0-9_-]+)/.exec(verify)![1]);
    await page.getByRole('heading', { name: 'Имейл адресът ви е потвърден' }).waitFor();
    await signIn(page, server, 'newcomer.e2e@example.org', 'a-long-enough-password');
    await page.goto(`${server.url}/invitations`);
    await page.getByRole('button', { name: 'Приемане — Работна група за Наредбата за обществените консултации' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    if (shots) await page.screenshot({ path: path.join(shots, 'body-invitation-taken-up-360.png'), fullPage: true });
    await page.getByRole('button', { name: 'Приемане — Работна група за Наредбата за обществените консултации' }).click();
    await page.getByText('Вече сте член на „Работна група за Наредбата за обществените консултации“.').waitFor();
  });
});

