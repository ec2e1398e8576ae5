import type { Browser, Page } from 'playwright-core';
import { axeViolations, browserAvailable, launchBrowser, newPage, restartAt, RunningServer, startServer, waitForMail, signIn as signInAs } from './harness';

jest.setTimeout(240_000);
const run = browserAvailable() ? describe : describe.skip;

const TITLE = 'Как мина форумът за младите хора?';
const FORUM = 'Публичен форум: младите хора в Хасково';
const CHANGE = 'Повече време за разговори в малки групи.';

/** The mail to `to` that carries a link to the form, and the link. */
async function invitationLink(mailDir: string, to: string, formId: string): Promise<{ mail: string; link: string }> {
  const pattern = new RegExp(`(http://\\S+/forms/${formId}\\?token=[^\\s"<>]+)`);
  for (let n = 1; n <= 10; n++) {
    const mail = await waitForMail(mailDir, to, n);
    const match = pattern.exec(mail);
    if (match) return { mail, link: match[1] };
  }
  throw new Error(`no invitation to ${formId} for ${to}`);
}

/**
 * A satisfaction form as its people live it: after a public forum the officer builds a form
 * about it (reordering a question with the buttons), previews and publishes it, and invites
 * everyone who attended; a participant opens the link from the e-mail on a phone and answers
 * one question per screen without an account; the partner NGO finds the form among its
 * partner's and reads the report, where a count under five is hidden and the lone answer waits
 * for its group.
 */
run('a satisfaction form from the builder to the partner NGO’s report, in the browser', () => {
  let server: RunningServer;
  let browser: Browser;
  let formId = '';
  let now = '2026-03-02T08:00:00.000Z'; // the demo's meetings are dated from the clock at first start
  const violations: Record<string, string[]> = {};
  const scan = async (page: Page, name: string) => {
    violations[name] = await axeViolations(page);
  };
  const open = async (width = 1280): Promise<Page> => (await newPage(browser, { locale: 'bg-BG', width, now })).page;
  const signIn = async (email: string): Promise<Page> => signInAs(await open(), server, email);

  beforeAll(async () => {
    server = await startServer({ SABOR_FAKE_NOW: now });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('the public forum takes place and the citizen attends it', async () => {
    const meetings = (await (await fetch(`${server.url}/api/meetings?municipality=haskovo&limit=100`)).json()) as { items: Array<{ id: string; title: { bg: string }; endsAt: string; days: string[] }> };
    const forum = meetings.items.find((m) => m.title.bg.startsWith(FORUM))!;
    expect(forum).toBeDefined();
    // the day after the forum, by the product's clock
    now = new Date(Date.parse(forum.endsAt) + 86_400_000).toISOString();
    server = await restartAt(server, now);
    const login = (await (await fetch(`${server.url}/api/auth/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ email: 'officer@haskovo.sabor.example', password: 'demo-password' }) })).json()) as { accessToken: string };
    const auth = { Authorization: `Bearer ${login.accessToken}` };
    const registrations = (await (await fetch(`${server.url}/api/meetings/${forum.id}/registrations?limit=100`, { headers: auth })).json()) as { items: Array<{ email: string | null; code: string }> };
    const citizen = registrations.items.find((r) => r.email === 'citizen@sabor.example')!;
    // attendance entered after the day, from the sign-in sheet
    const checkIn = await fetch(`${server.url}/api/meetings/${forum.id}/check-in`, { method: 'POST', headers: { ...auth, 'Content-Type': 'application/json' }, body: JSON.stringify({ code: citizen.code, day: forum.days[0] }) });
    expect(checkIn.status).toBe(200);
  });

  it('the officer builds the form about the forum, reorders a question with the buttons, previews and publishes it, and invites the attendees', async () => {
    const page = await signIn('officer@haskovo.sabor.example');
    await page.getByRole('link', { name: 'Формуляри', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Формуляри за обратна връзка' }).waitFor();
    await scan(page, 'forms of the municipality');
    await page.getByRole('link', { name: 'Нов формуляр' }).click();
    await page.getByRole('heading', { level: 1, name: 'Нов формуляр' }).waitFor();
    await scan(page, 'new form');

    await page.getByLabel('Удовлетвореност', { exact: true }).check();
    await page.getByLabel('За какво е формулярът').selectOption({ label: 'Среща или събитие' });
    const which = page.getByLabel('Коя среща');
    await which.locator('option', { hasText: FORUM }).waitFor({ state: 'attached' });
    const option = (await which.locator('option').allTextContents()).find((o) => o.startsWith(FORUM))!;
    await which.selectOption({ label: option });
    await page.getByLabel('Заглавие', { exact: true }).fill(TITLE);
    await page.getByLabel('Само поканени').check();

    const question = (n: number) => page.locator('li.builder-question').filter({ has: page.getByRole('heading', { level: 3, name: `Въпрос ${n}`, exact: true }) });
    await question(1).getByLabel('Текст на въпроса').fill('Доволни ли сте от форума?');
    await page.getByRole('button', { name: 'Добавяне на въпрос' }).click();
    await question(2).getByLabel('Вид на въпроса').selectOption({ label: 'Готовност за препоръка (NPS, 0–10)' });
    await question(2).getByLabel('Текст на въпроса').fill('Бихте ли препоръчали форума на приятел?');
    await page.getByRole('button', { name: 'Добавяне на въпрос' }).click();
    await question(3).getByLabel('Вид на въпроса').selectOption({ label: 'Дълъг текст' });
    await question(3).getByLabel('Текст на въпроса').fill('Какво да променим следващия път?');
    await question(3).getByLabel('Задължителен въпрос').uncheck();
    // the open question goes second: the focus stays on its button, the move is announced
    await page.getByRole('button', { name: 'Нагоре — Въпрос 3' }).click();
    await page.getByText('Въпрос 3 е преместен на място 2 от 3.').waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('↑ Нагоре — Въпрос 2');
    expect(await question(2).getByLabel('Текст на въпроса').inputValue()).toBe('Какво да променим следващия път?');

    await page.getByRole('button', { name: 'Показване на прегледа' }).click();
    const preview = page.getByRole('region', { name: 'Как участниците ще виждат формуляра' });
    await preview.getByText('Доволни ли сте от форума?').waitFor();
    expect(await preview.getByRole('radio').count()).toBe(5 + 11);
    await scan(page, 'builder with the preview');

    await page.getByRole('button', { name: 'Създаване на черновата' }).click();
    await page.getByText('Формулярът е създаден като чернова.').waitFor();
    formId = /\/officer\/forms\/([0-9a-f-]{36})\/edit/.exec(page.url())![1];
    await scan(page, 'draft');
    await page.getByRole('button', { name: 'Публикуване', exact: true }).click();
    await page.getByText('Формулярът е публикуван. Вече можете да поканите участници.').waitFor();
    await scan(page, 'published');

    // the form is about the forum, so its attendees are offered first
    expect(await page.getByLabel('Всички присъствали на среща').isChecked()).toBe(true);
    expect(await page.getByLabel('Среща', { exact: true }).locator('option:checked').textContent()).toContain(FORUM);
    await page.getByRole('button', { name: 'Изпращане на поканите' }).click();
    await page.getByText('Изпратена е 1 покана.').waitFor();
    await scan(page, 'invitations sent');
    await page.context().close();
  });

  it('the citizen answers from the e-mail’s link on a phone, one question per screen, without signing in', async () => {
    const { mail, link } = await invitationLink(server.mailDir, 'citizen@sabor.example', formId);
    expect(mail).toContain(TITLE);
    expect(link.startsWith(server.url)).toBe(true);

    const page = await open(390);
    await page.goto(link);
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    await page.getByText('Въпрос 1 от 3', { exact: true }).waitFor();
    await scan(page, 'answering on a phone');

    await page.getByRole('button', { name: 'Напред' }).click();
    await page.getByRole('link', { name: 'Изберете отговор на този въпрос' }).waitFor();
    await scan(page, 'an unanswered question');
    await page.getByLabel('Доволен', { exact: true }).check();
    await page.getByRole('button', { name: 'Напред' }).click();
    await page.getByText('Въпрос 2 от 3', { exact: true }).waitFor();
    await page.getByLabel('Какво да променим следващия път?').fill(CHANGE);
    await page.getByRole('button', { name: 'Напред' }).click();
    await page.getByText('Въпрос 3 от 3', { exact: true }).waitFor();
    await page.getByLabel('9', { exact: true }).check();
    await scan(page, 'the last question');
    await page.getByRole('button', { name: 'Изпращане на отговорите' }).click();
    await page.getByRole('heading', { level: 1, name: 'Благодарим ви за отговорите' }).waitFor();
    await scan(page, 'thank you');

    // the link works once
    await page.goto(link);
    await page.getByRole('heading', { level: 1, name: 'Вече сте отговорили на този формуляр' }).waitFor();
    await page.context().close();
  });

  it('the partner NGO finds the form among Haskovo’s and reads its report, small counts hidden', async () => {
    const page = await signIn('ngo@arsr.sabor.example');
    await page.getByRole('link', { name: 'Отчети за партньори' }).click();
    await page.getByRole('heading', { level: 1, name: 'Отчети за партньори' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Хасково' }).waitFor();
    await page.getByText(TITLE).first().waitFor();
    await scan(page, 'partner reviews');

    await page.getByRole('link', { name: `Резултати — ${TITLE}` }).click();
    await page.getByRole('heading', { level: 1, name: 'Резултати' }).waitFor();
    // the one answer waits in the anonymous form's inbox until five have come, and the page says so
    await page.getByText('0 отговора', { exact: true }).waitFor();
    await page.getByText('Още 1 отговор ще бъде добавен по-късно (отговорите влизат в отчета на цели групи поне по 5, за да се пази анонимността; последната група — след следващата или при затварянето).').waitFor();
    // fewer than five: every question says so instead of showing it
    expect(await page.getByText('По-малко от 5 отговора — скрито за анонимност').count()).toBe(3);
    expect(await page.getByText(CHANGE).count()).toBe(0);
    await scan(page, 'report');
    await page.context().close();
  });

  it('has no accessibility violations on any page of the journey', () => {
    expect(Object.entries(violations).filter(([, v]) => v.length)).toEqual([]);
    expect(Object.keys(violations).length).toBeGreaterThanOrEqual(12);
  });
});
