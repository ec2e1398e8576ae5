import fs from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { browserAvailable, launchBrowser, RunningServer, signIn, startServer } from './harness';

jest.setTimeout(300_000);
const run = browserAvailable() ? describe : describe.skip;

/**
 * Every address of the client, as its people open it: by a direct link in a new tab, after a
 * reload, and through the app (a client-side navigation). Each must show the same h1 and the
 * same key actions for the role that may see it, with nothing logged to the console.
 *
 * The addresses come from the `path:` strings of client/src/app/routes.tsx, read as text: a route
 * added there without a line in VISITS below fails this test.
 */
const ROUTES_FILE = path.resolve(__dirname, '../client/src/app/routes.tsx');

function routePaths(): string[] {
  const source = fs.readFileSync(ROUTES_FILE, 'utf8');
  const paths = [...source.matchAll(/\bpath:\s*(['"`])([^'"`]*)\1/g)].map((m) => m[2]);
  if (/\bindex:\s*true/.test(source)) paths.push('');
  return paths;
}

type Role = 'anonymous' | 'citizen' | 'haskovo' | 'dupnitsa' | 'ngo' | 'admin';
const ACCOUNTS: Record<Exclude<Role, 'anonymous'>, string> = {
  citizen: 'citizen@sabor.example',
  haskovo: 'officer@haskovo.sabor.example',
  dupnitsa: 'officer@dupnitsa.sabor.example',
  ngo: 'ngo@arsr.sabor.example',
  admin: 'admin@sabor.example',
};

/** Records of the demo data, found through the API (their ids change with every start). */
interface Demo {
  open: string;
  draft: string;
  closed: string;
  reported: string;
  publicForm: string;
  dupnitsaForm: string;
  dupnitsaFormTitle: string;
  forum: string;
  bodyMeeting: string;
  dupnitsaMeeting: string;
  body: string;
  organization: string;
}

type Action = { link: string | RegExp } | { button: string | RegExp } | { text: string | RegExp };
interface Visit {
  role: Role;
  url: (d: Demo) => string;
  h1: string | RegExp | ((d: Demo) => string);
  actions?: Action[] | ((d: Demo) => Action[]);
  /** text that must not be on the page (a wrong label set, a refusal) */
  absent?: RegExp;
  /** the HTTP status of the page itself (200 unless said) */
  status?: number;
}

const VISITS: Record<string, Visit[]> = {
  '': [{ role: 'anonymous', url: () => '/', h1: 'Добре дошли в Събор', actions: [{ link: 'Вижте обществените обсъждания' }] }],
  register: [{ role: 'anonymous', url: () => '/register', h1: 'Създаване на профил', actions: [{ button: 'Създаване на профил' }] }],
  'register/check-email': [{ role: 'anonymous', url: () => '/register/check-email', h1: 'Проверете имейла си', actions: [{ link: 'Към входа' }] }],
  'verify-email': [{ role: 'anonymous', url: () => '/verify-email', h1: 'Адресът не беше потвърден', actions: [{ link: 'Вход в профила' }] }],
  login: [{ role: 'anonymous', url: () => '/login', h1: 'Вход', actions: [{ button: 'Вход' }, { link: 'Забравили сте паролата си?' }] }],
  'forgot-password': [{ role: 'anonymous', url: () => '/forgot-password', h1: 'Забравена парола', actions: [{ button: 'Изпращане на връзка' }] }],
  'reset-password': [{ role: 'anonymous', url: () => '/reset-password', h1: 'Нова парола', actions: [{ link: 'Поискайте нова връзка' }] }],
  'account-deleted': [{ role: 'anonymous', url: () => '/account-deleted', h1: 'Профилът ви е изтрит', actions: [{ link: 'Към началната страница' }] }],
  'municipalities/:slug': [{ role: 'anonymous', url: () => '/municipalities/haskovo', h1: 'Хасково', actions: [{ link: 'Обществени обсъждания на общината' }] }],
  consultations: [{ role: 'anonymous', url: () => '/consultations', h1: 'Обществени обсъждания', actions: [{ button: 'Показване' }] }],
  'consultations/:id': [
    { role: 'anonymous', url: (d) => `/consultations/${d.open}`, h1: 'Наредба за обществените консултации и гражданските съвети в Община Хасково', actions: [{ link: 'Предложение или коментар' }] },
    // the officer's preview of a draft: only its officers may see it
    { role: 'haskovo', url: (d) => `/consultations/${d.draft}`, h1: 'Решение за обявяване на местност „Кенана“ за защитена територия', actions: [{ link: 'Управление на обсъждането' }] },
  ],
  'consultations/:id/contribute': [{ role: 'citizen', url: (d) => `/consultations/${d.open}/contribute`, h1: 'Предложение или коментар', actions: [{ button: 'Публикуване' }] }],
  'consultations/:id/report': [{ role: 'anonymous', url: (d) => `/consultations/${d.reported}/report`, h1: 'Справка за постъпилите предложения', actions: [{ link: 'Справката като CSV' }] }],
  'consultations/:id/versions': [{ role: 'anonymous', url: (d) => `/consultations/${d.open}/versions`, h1: 'История на промените', actions: [{ link: 'Към обсъждането' }] }],
  'forms/:id': [{ role: 'anonymous', url: (d) => `/forms/${d.publicForm}`, h1: 'Проучване на потребностите и нагласите за гражданско участие в Община Хасково', actions: [{ button: 'Изпращане на отговорите' }] }],
  'forms/:id/report': [
    {
      role: 'dupnitsa',
      url: (d) => `/forms/${d.dupnitsaForm}/report`,
      h1: 'Резултати',
      actions: (d) => [{ link: 'Формуляри за обратна връзка' }, { text: d.dupnitsaFormTitle }, { link: 'Резултатите (CSV)' }, { link: 'Всички отговори без лични данни (CSV)' }, { text: /Много доволен/ }],
      absent: /съгласен|Нямате достъп/,
    },
    {
      role: 'ngo',
      url: (d) => `/forms/${d.dupnitsaForm}/report`,
      h1: 'Резултати',
      actions: (d) => [{ link: 'Отчети за партньори' }, { text: d.dupnitsaFormTitle }, { link: 'Резултатите (CSV)' }, { text: /Много доволен/ }],
      absent: /съгласен|Нямате достъп/,
    },
  ],
  reviews: [{ role: 'ngo', url: () => '/reviews', h1: 'Отчети за партньори', actions: [{ button: 'Прилагане' }] }],
  bodies: [{ role: 'anonymous', url: () => '/bodies', h1: 'Работни групи, комисии и съвети', actions: [{ link: 'Граждански съвет по образование и младежки политики' }] }],
  'bodies/:id': [{ role: 'anonymous', url: (d) => `/bodies/${d.body}`, h1: 'Граждански съвет по образование и младежки политики', actions: [{ link: 'Работни групи, комисии и съвети' }] }],
  meetings: [{ role: 'anonymous', url: () => '/meetings', h1: 'Срещи и събития', actions: [{ link: 'Абонамент за календара (iCalendar)' }] }],
  'meetings/:id': [{ role: 'anonymous', url: (d) => `/meetings/${d.forum}`, h1: /^Публичен форум: младите хора в Хасково/, actions: [{ link: 'Срещи и събития' }] }],
  'meetings/:id/register': [{ role: 'citizen', url: (d) => `/meetings/${d.forum}/register`, h1: 'Регистрация за срещата', actions: [{ button: 'Регистрация' }] }],
  'meetings/:id/minutes': [{ role: 'anonymous', url: (d) => `/meetings/${d.dupnitsaMeeting}/minutes`, h1: 'Протокол (версия 1)', actions: [{ link: 'Отчет за участието' }] }],
  'meetings/:id/participation': [{ role: 'dupnitsa', url: (d) => `/meetings/${d.dupnitsaMeeting}/participation`, h1: 'Отчет за участието', actions: [{ link: 'Таблица (CSV)' }] }],
  'registrations/cancel': [{ role: 'anonymous', url: () => '/registrations/cancel', h1: 'Отказване на регистрация', actions: [{ link: 'Моите регистрации' }] }],
  'me/registrations': [{ role: 'citizen', url: () => '/me/registrations', h1: 'Моите регистрации', actions: [{ button: /^Покажи QR кода/ }] }],
  me: [{ role: 'citizen', url: () => '/me', h1: 'Моят профил', actions: [{ button: 'Запазване на промените' }, { button: 'Изтегляне на данните ми' }] }],
  'me/delete': [{ role: 'citizen', url: () => '/me/delete', h1: 'Изтриване на профила', actions: [{ button: 'Да, изтрийте профила ми' }] }],
  officer: [{ role: 'haskovo', url: () => '/officer', h1: 'Обсъжданията на общината', actions: [{ link: 'Ново обсъждане' }] }],
  'officer/consultations/new': [{ role: 'haskovo', url: () => '/officer/consultations/new', h1: 'Ново обсъждане', actions: [{ button: 'Създаване на черновата' }] }],
  'officer/consultations/:id': [{ role: 'haskovo', url: (d) => `/officer/consultations/${d.draft}`, h1: 'Решение за обявяване на местност „Кенана“ за защитена територия', actions: [{ link: 'Редактиране на черновата' }, { link: 'Преглед на страницата' }] }],
  'officer/consultations/:id/edit': [{ role: 'haskovo', url: (d) => `/officer/consultations/${d.draft}/edit`, h1: 'Редактиране', actions: [{ button: 'Запазване' }] }],
  'officer/consultations/:id/publish': [{ role: 'haskovo', url: (d) => `/officer/consultations/${d.draft}/publish`, h1: 'Публикуване', actions: [{ button: 'Публикуване' }] }],
  'officer/consultations/:id/documents': [{ role: 'haskovo', url: (d) => `/officer/consultations/${d.draft}/documents`, h1: 'Документи', actions: [{ button: 'Качване' }] }],
  'officer/consultations/:id/offline': [{ role: 'haskovo', url: (d) => `/officer/consultations/${d.open}/offline`, h1: 'Предложение, постъпило извън платформата', actions: [{ button: 'Вписване' }] }],
  'officer/consultations/:id/answers': [{ role: 'haskovo', url: (d) => `/officer/consultations/${d.closed}/answers`, h1: 'Отговори на предложенията', actions: [{ button: 'Следващо без отговор' }] }],
  'officer/consultations/:id/report': [{ role: 'haskovo', url: (d) => `/officer/consultations/${d.closed}/report`, h1: 'Справка', actions: [{ link: /^Към първото предложение без отговор/ }, { text: /Справката се публикува, когато всяко предложение има отговор/ }] }],
  'officer/forms': [{ role: 'haskovo', url: () => '/officer/forms', h1: 'Формуляри за обратна връзка', actions: [{ link: 'Нов формуляр' }] }],
  'officer/forms/new': [{ role: 'haskovo', url: () => '/officer/forms/new', h1: 'Нов формуляр', actions: [{ button: 'Създаване на черновата' }] }],
  'officer/forms/:id/edit': [{ role: 'haskovo', url: (d) => `/officer/forms/${d.publicForm}/edit`, h1: 'Управление на формуляра', actions: [{ link: 'Резултати' }] }],
  'officer/meetings': [{ role: 'haskovo', url: () => '/officer/meetings', h1: 'Срещи и органи', actions: [{ link: 'Нова среща' }] }],
  'officer/meetings/new': [{ role: 'haskovo', url: () => '/officer/meetings/new', h1: 'Нова среща', actions: [{ button: 'Създаване на срещата' }] }],
  'officer/meetings/:id': [{ role: 'haskovo', url: (d) => `/officer/meetings/${d.forum}`, h1: /^Публичен форум: младите хора в Хасково/, actions: [{ link: 'Регистриране на входа' }] }],
  'officer/meetings/:id/edit': [{ role: 'haskovo', url: (d) => `/officer/meetings/${d.forum}/edit`, h1: 'Редактиране на срещата', actions: [{ button: 'Запазване' }] }],
  'officer/meetings/:id/registrations': [{ role: 'haskovo', url: (d) => `/officer/meetings/${d.forum}/registrations`, h1: 'Регистрации', actions: [{ text: 'Таблица на регистрациите (CSV)' }] }],
  'officer/bodies/new': [{ role: 'haskovo', url: () => '/officer/bodies/new', h1: 'Нов орган', actions: [{ button: 'Създаване на органа' }] }],
  'officer/bodies/:id/edit': [{ role: 'haskovo', url: (d) => `/officer/bodies/${d.body}/edit`, h1: 'Редактиране на органа', actions: [{ button: 'Запазване' }] }],
  'officer/bodies/:id/members': [{ role: 'haskovo', url: (d) => `/officer/bodies/${d.body}/members`, h1: 'Членове', actions: [{ button: /^Край на мандата/ }] }],
  'officer/meetings/:id/check-in': [{ role: 'haskovo', url: (d) => `/officer/meetings/${d.bodyMeeting}/check-in`, h1: 'Регистриране на входа', actions: [{ button: 'Отбелязване' }] }],
  'officer/meetings/:id/minutes': [{ role: 'haskovo', url: (d) => `/officer/meetings/${d.bodyMeeting}/minutes`, h1: 'Протокол', actions: [{ button: 'Запазване на черновата' }] }],
  admin: [{ role: 'haskovo', url: () => '/admin', h1: 'Администрация', actions: [{ link: 'Служители — Хасково' }] }],
  'admin/municipalities': [{ role: 'admin', url: () => '/admin/municipalities', h1: 'Общини', actions: [{ link: 'Добавяне на община' }] }],
  'admin/municipalities/new': [{ role: 'admin', url: () => '/admin/municipalities/new', h1: 'Добавяне на община', actions: [{ button: 'Добавяне на общината' }] }],
  'admin/municipalities/:slug/edit': [{ role: 'admin', url: () => '/admin/municipalities/haskovo/edit', h1: 'Редактиране на община', actions: [{ button: 'Запазване на промените' }] }],
  'admin/municipalities/:slug/staff': [{ role: 'haskovo', url: () => '/admin/municipalities/haskovo/staff', h1: 'Служители на Хасково', actions: [{ link: 'Администрация' }] }],
  'admin/municipalities/:slug/partners': [{ role: 'haskovo', url: () => '/admin/municipalities/haskovo/partners', h1: 'Партньори на Хасково', actions: [{ button: 'Добавяне като партньор' }] }],
  'admin/organizations': [{ role: 'admin', url: () => '/admin/organizations', h1: 'Организации', actions: [{ button: 'Прилагане на филтъра' }] }],
  unsubscribe: [{ role: 'anonymous', url: () => '/unsubscribe', h1: 'Спиране на писмата за нови обсъждания', actions: [{ text: 'Връзката не е валидна' }] }],
  accessibility: [{ role: 'anonymous', url: () => '/accessibility', h1: 'Декларация за достъпност', actions: [{ text: 'Процедура по прилагане' }] }],
  privacy: [{ role: 'anonymous', url: () => '/privacy', h1: 'Уведомление за защита на личните данни', actions: [{ text: 'Длъжностни лица по защита на данните' }] }],
  'me/participation': [{ role: 'citizen', url: () => '/me/participation', h1: 'Моето участие', actions: [{ text: 'Предложения и коментари' }] }],
  invitations: [{ role: 'citizen', url: () => '/invitations', h1: 'Покани', actions: [{ text: 'Нямате чакащи покани.' }] }],
  'organizations/:id': [{ role: 'ngo', url: (d) => `/organizations/${d.organization}`, h1: 'Алианс за регионално сътрудничество и развитие', actions: [{ button: 'Изпращане на покана' }] }],
  'admin/pages/:key': [{ role: 'admin', url: () => '/admin/pages/accessibility', h1: 'Редактиране: Декларация за достъпност', actions: [{ button: 'Записване' }] }],
  // whatever status the server gives an unknown path, the page says so
  '*': [{ role: 'anonymous', url: () => '/no-such-page', status: 404, h1: 'Страницата не е намерена', actions: [{ link: 'Към началната страница' }] }],
};

async function json<T>(url: string, token?: string): Promise<T> {
  const res = await fetch(url, { headers: token ? { Authorization: `Bearer ${token}` } : {} });
  if (!res.ok) throw new Error(`${url}: ${res.status}`);
  return (await res.json()) as T;
}

async function apiLogin(server: RunningServer, email: string): Promise<string> {
  const res = await fetch(`${server.url}/api/auth/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ email, password: 'demo-password' }) });
  return ((await res.json()) as { accessToken: string }).accessToken;
}

async function findDemo(server: RunningServer): Promise<Demo> {
  const haskovo = await apiLogin(server, ACCOUNTS.haskovo);
  const dupnitsa = await apiLogin(server, ACCOUNTS.dupnitsa);
  type Item = { id: string; status: string; municipalitySlug: string };
  const consultations = (await json<{ items: Item[] }>(`${server.url}/api/consultations?limit=100`, haskovo)).items;
  const consultation = (status: string, slug: string) => consultations.find((c) => c.status === status && c.municipalitySlug === slug)!.id;
  const forms = (await json<{ items: Array<Item & { title: { bg: string } }> }>(`${server.url}/api/forms?limit=100`, dupnitsa)).items;
  const meetings = (await json<{ items: Array<Item & { kind: string }> }>(`${server.url}/api/meetings?limit=100`)).items;
  const bodies = (await json<{ items: Item[] }>(`${server.url}/api/bodies?limit=100`)).items;
  const dupnitsaForm = forms.find((f) => f.municipalitySlug === 'dupnitsa')!;
  return {
    open: consultation('open', 'haskovo'),
    draft: consultation('draft', 'haskovo'),
    closed: consultation('closed', 'haskovo'),
    reported: consultation('reported', 'dupnitsa'),
    publicForm: forms.find((f) => f.municipalitySlug === 'haskovo')!.id,
    dupnitsaForm: dupnitsaForm.id,
    dupnitsaFormTitle: dupnitsaForm.title.bg,
    forum: meetings.find((m) => m.kind === 'public_forum')!.id,
    bodyMeeting: meetings.find((m) => m.kind === 'body_meeting')!.id,
    dupnitsaMeeting: meetings.find((m) => m.municipalitySlug === 'dupnitsa')!.id,
    body: bodies.find((b) => b.municipalitySlug === 'haskovo')!.id,
    organization: (await json<{ organizations: Array<{ organizationId: string }> }>(`${server.url}/api/me`, await apiLogin(server, ACCOUNTS.ngo))).organizations[0].organizationId,
  };
}

/** Console errors and uncaught exceptions of a page, as they happen. */
function watchConsole(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`${message.text()} ${message.location().url}`);
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  return errors;
}

/**
 * A client-side navigation, as a link in the app makes one: the router's history entry is pushed
 * and the router told, with no page load.
 */
async function navigateInApp(page: Page, url: string): Promise<void> {
  await page.evaluate((to) => {
    const idx = ((window.history.state as { idx?: number } | null)?.idx ?? 0) + 1;
    window.history.pushState({ usr: null, key: Math.random().toString(36).slice(2, 10), idx }, '', to);
    window.dispatchEvent(new PopStateEvent('popstate', { state: window.history.state }));
  }, url);
}

async function expectPage(page: Page, visit: Visit, demo: Demo, how: string): Promise<void> {
  const h1 = typeof visit.h1 === 'function' ? visit.h1(demo) : visit.h1;
  const heading = page.getByRole('heading', { level: 1, name: h1, exact: typeof h1 === 'string' ? true : undefined });
  try {
    await heading.waitFor({ timeout: 20_000 });
    // the page's content, not a loading placeholder
    await page.locator('#main .loading').first().waitFor({ state: 'detached', timeout: 20_000 });
  } catch {
    const shown = await page.locator('h1').allTextContents();
    throw new Error(`${how} ${page.url()}: expected the h1 ${String(h1)}, saw ${JSON.stringify(shown)}`);
  }
  const actions = typeof visit.actions === 'function' ? visit.actions(demo) : (visit.actions ?? []);
  for (const action of actions) {
    const exact = (name: string | RegExp) => (typeof name === 'string' ? true : undefined);
    const locator =
      'link' in action
        ? page.locator('#main').getByRole('link', { name: action.link, exact: exact(action.link) })
        : 'button' in action
          ? page.locator('#main').getByRole('button', { name: action.button, exact: exact(action.button) })
          : page.locator('#main').getByText(action.text);
    try {
      await locator.first().waitFor({ timeout: 10_000 });
    } catch {
      throw new Error(`${how} ${page.url()}: no ${JSON.stringify(action)}`);
    }
  }
  if (visit.absent) expect({ how, url: page.url(), text: (await page.locator('#main').innerText()).match(visit.absent)?.[0] ?? null }).toEqual({ how, url: page.url(), text: null });
}

run('every address of the client, opened directly, reloaded and through the app', () => {
  let server: RunningServer;
  let browser: Browser;
  let demo: Demo;
  const contexts = new Map<Role, Promise<BrowserContext>>();

  /** One browser context (cookie jar) per role, signed in once; each visit is a new tab in it. */
  function contextFor(role: Role): Promise<BrowserContext> {
    let context = contexts.get(role);
    if (!context) {
      context = (async () => {
        const created = await browser.newContext({ locale: 'bg-BG', viewport: { width: 1280, height: 900 } });
        if (role !== 'anonymous') {
          const page = await created.newPage();
          await signIn(page, server, ACCOUNTS[role]);
          await page.close();
        }
        return created;
      })();
      contexts.set(role, context);
    }
    return context;
  }

  async function check(route: string, visit: Visit): Promise<string | null> {
    const url = visit.url(demo);
    const page = await (await contextFor(visit.role)).newPage();
    const errors = watchConsole(page);
    try {
      const status = (await page.goto(`${server.url}${url}`))?.status();
      if (status !== (visit.status ?? 200)) return `${route} [${visit.role}] ${url}: HTTP ${status}, expected ${visit.status ?? 200}`;
      await expectPage(page, visit, demo, `[${visit.role}] direct`);
      await page.reload();
      await expectPage(page, visit, demo, `[${visit.role}] reload`);
      // the browser reports a page answered 404 as a failed load: expected for an unknown address
      if (visit.status === 404) errors.splice(0, errors.length, ...errors.filter((e) => !(e.includes('status of 404') && e.endsWith(`${server.url}${url}`))));
      // away (the not-found page asks the server nothing) and back, inside the app
      await navigateInApp(page, '/route-check-elsewhere');
      await page.getByRole('heading', { level: 1, name: 'Страницата не е намерена' }).waitFor();
      await navigateInApp(page, url);
      await expectPage(page, visit, demo, `[${visit.role}] in app`);
      return errors.length > 0 ? `${route} [${visit.role}] ${url}: console: ${errors.join(' | ')}` : null;
    } catch (error) {
      return `${route}: ${(error as Error).message.split('\n')[0]}`;
    } finally {
      await page.close();
    }
  }

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    demo = await findDemo(server);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('covers every route of routes.tsx, and nothing that is no longer there', () => {
    expect([...new Set(routePaths())].sort()).toEqual(Object.keys(VISITS).sort());
  });

  it('shows each page with its h1 and key actions by a direct link in a new tab, after a reload and through the app, with no console error', async () => {
    const failures: string[] = [];
    const queue = Object.entries(VISITS).flatMap(([route, visits]) => visits.map((visit) => ({ route, visit })));
    // three tabs at a time; tabs of one role share its cookies, as a person's tabs do
    await Promise.all(
      [1, 2, 3].map(async () => {
        for (let next = queue.shift(); next; next = queue.shift()) {
          const { route, visit } = next;
          const failure = await check(route, visit);
          if (failure) failures.push(failure);
        }
      }),
    );
    expect(failures).toEqual([]);
  });

  /** The focused element: its tag, id and text. */
  const focused = (page: Page) =>
    page.evaluate(() => {
      const el = document.activeElement;
      return { tag: el?.tagName ?? null, id: el?.id ?? '', text: (el?.textContent ?? '').trim().slice(0, 120) };
    });

  it('moves focus to the h1 after a navigation in the app once the page has loaded, leaves it at the start on a direct load, and follows in-page links', async () => {
    const page = await (await contextFor('haskovo')).newPage();
    const errors = watchConsole(page);
    const title = 'Решение за обявяване на местност „Кенана“ за защитена територия';

    // first load by a direct link: focus stays at the start of the document (the skip link comes first)
    await page.goto(`${server.url}/officer`);
    await expectPage(page, VISITS.officer[0], demo, 'direct');
    expect((await focused(page)).tag).toBe('BODY');
    await page.keyboard.press('Tab');
    expect((await focused(page)).text).toBe('Към основното съдържание');

    // a link to a page whose h1 (the consultation's title) is known only once its data has come
    // what each focus lands on, with its text at that moment: never a placeholder, never <body>
    await page.evaluate(() => {
      const log: string[] = [];
      (window as unknown as { focusLog: string[] }).focusLog = log;
      document.addEventListener('focusin', (event) => {
        const el = event.target as HTMLElement;
        log.push(`${el.tagName} ${(el.textContent ?? '').trim().slice(0, 80)}${document.querySelector('#main .loading') ? ' (loading)' : ''}`);
      });
    });
    await page.locator('#main').getByRole('link', { name: title, exact: true }).click();
    await page.waitForFunction(() => document.activeElement?.tagName === 'H1', undefined, { timeout: 20_000 });
    expect(await focused(page)).toMatchObject({ tag: 'H1', text: title });
    expect(await page.evaluate(() => (window as unknown as { focusLog: string[] }).focusLog.filter((f) => !f.startsWith('A ')))).toEqual([`H1 ${title}`]);

    // the site navigation, then the browser's Back
    await page.getByRole('navigation', { name: 'Основна навигация' }).getByRole('link', { name: 'Формуляри', exact: true }).click();
    await page.waitForFunction(() => document.activeElement?.textContent === 'Формуляри за обратна връзка', undefined, { timeout: 20_000 });
    expect(await focused(page)).toMatchObject({ tag: 'H1', text: 'Формуляри за обратна връзка' });
    await page.goBack();
    await page.waitForFunction((t) => document.activeElement?.tagName === 'H1' && document.activeElement.textContent === t, title, { timeout: 20_000 });

    // an in-page link: a proposal's article reference focuses that article of the draft
    await page.goto(`${server.url}/consultations/${demo.open}`);
    await expectPage(page, VISITS['consultations/:id'][0], demo, 'direct');
    const link = page.locator('#main a[href^="#section-"]').first();
    await link.waitFor({ timeout: 20_000 });
    const target = (await link.getAttribute('href'))!.slice(1);
    await link.click();
    await page.waitForFunction((id) => document.activeElement?.id === id, target, { timeout: 10_000 });
    // the same article by a direct link (a new load, not a jump in the page): the page goes there
    // once the draft is drawn
    await page.goto('about:blank');
    await page.goto(`${server.url}/consultations/${demo.open}#${target}`);
    await page.waitForFunction(
      (id) => {
        const top = document.getElementById(id)?.getBoundingClientRect().top;
        return top !== undefined && window.scrollY > 0 && top > -2 && top < 80;
      },
      target,
      { timeout: 10_000 },
    );
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the answering page’s single-key shortcuts work on a Cyrillic layout, and turned off in the profile they do nothing', async () => {
    const page = await (await contextFor('haskovo')).newPage();
    const errors = watchConsole(page);
    const answers = `${server.url}/officer/consultations/${demo.closed}/answers`;
    const proposal = (n: number) => page.getByRole('heading', { level: 2, name: new RegExp(`^Предложение № ${n} от \\d+$`) });
    // the J key on the Bulgarian phonetic layout: code KeyJ, key "й"
    const pressJ = () => page.evaluate(() => document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'й', code: 'KeyJ', bubbles: true, cancelable: true })));

    await page.goto(answers);
    await proposal(1).waitFor({ timeout: 20_000 });
    await page.getByText(/на всяка подредба, и на кирилица/).waitFor();
    await pressJ();
    await proposal(2).waitFor({ timeout: 10_000 });

    // where to turn them off: the page says, and its link leads to the setting
    await page.getByRole('link', { name: 'Изключване на командите с един клавиш в профила' }).click();
    await page.getByRole('heading', { level: 1, name: 'Моят профил' }).waitFor({ timeout: 20_000 });
    await page.waitForFunction(() => document.activeElement?.id === 'shortcuts', undefined, { timeout: 10_000 });
    await page.getByRole('checkbox', { name: 'Команди с един клавиш' }).uncheck();
    await page.getByRole('button', { name: 'Запазване на настройката' }).click();
    await page.getByText('Командите с един клавиш са изключени.').waitFor();

    await page.goto(answers);
    await proposal(1).waitFor({ timeout: 20_000 });
    await page.getByRole('link', { name: 'Включване в профила' }).waitFor();
    await pressJ();
    await page.waitForTimeout(300);
    expect(await proposal(1).count()).toBe(1);
    expect(await proposal(2).count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});
