import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { apiError, fakeApi, json, noSession } from '../../../test/fetch';
import { aMe, municipalities, signedIn } from '../../../test/fixtures';
import { renderApp } from '../../../test/render';
import { aForm } from './test-fixtures';

const ngo = aMe({ organizations: [{ organizationId: 'o1', name: 'Алианс за регионално сътрудничество и развитие', role: 'representative', verified: true }] });
const form = aForm({
  canManage: false,
  responses: 38,
  questions: [
    { key: 'q1', type: 'nps', label: { bg: 'Бихте ли препоръчали срещата?' }, required: true, options: [], maxChoices: null },
    {
      key: 'q2',
      type: 'single',
      label: { bg: 'Откъде сте?' },
      required: true,
      options: [
        { key: 'kp', label: { bg: 'Крива Паланка' } },
        { key: 'du', label: { bg: 'Дупница' } },
        { key: 'so', label: { bg: 'София' } },
      ],
      maxChoices: null,
    },
    { key: 'q3', type: 'short_text', label: { bg: 'Една дума за срещата' }, required: false, options: [], maxChoices: null },
    { key: 'q4', type: 'likert5', label: { bg: 'Доволни ли сте от превода?' }, required: false, options: [], maxChoices: null },
  ],
});

const nps = (counts: number[]) => counts.map((count, option) => (count < 5 && count > 0 ? { option, suppressed: true } : { option, count, share: count / 38 }));

const report = {
  formId: 'f1',
  responses: 38,
  pendingResponses: 0,
  minGroupSize: 5,
  anonymous: true,
  from: null,
  to: null,
  withTexts: true,
  questions: [
    {
      key: 'q1',
      type: 'nps',
      label: { bg: 'Бихте ли препоръчали срещата?' },
      n: 38,
      mean: 8.24,
      median: 9,
      nps: 23.7,
      distribution: nps([0, 0, 0, 0, 0, 0, 7, 0, 13, 0, 18]),
    },
    {
      key: 'q2',
      type: 'single',
      label: { bg: 'Откъде сте?' },
      n: 38,
      distribution: [
        { option: 'kp', count: 21, share: 0.5526 },
        { option: 'du', count: 14, share: 0.3684 },
        { option: 'so', suppressed: true },
      ],
    },
    { key: 'q3', type: 'short_text', label: { bg: 'Една дума за срещата' }, n: 6, distribution: [], texts: ['Топло', 'Полезно'] },
    { key: 'q4', type: 'likert5', label: { bg: 'Доволни ли сте от превода?' }, n: null, distribution: [], suppressed: true },
  ],
};

beforeEach(() => localStorage.clear());

test('the partner NGO sees NPS, the shares as a chart with its table, hidden small cells explained, and free texts', async () => {
  fakeApi({
    'POST /api/auth/refresh': json(signedIn),
    'GET /api/me': json(ngo),
    'GET /api/forms/f1': json(form),
    'GET /api/forms/f1/report': json(report),
    'GET /api/municipalities/haskovo': json(municipalities.haskovo),
  });
  renderApp('/forms/f1/report');

  expect(await screen.findByText('38 отговора')).toBeInTheDocument();
  expect(screen.getByRole('navigation', { name: 'Път до страницата' })).toHaveTextContent('Отчети за партньори');
  // nothing waits to be added: no word of groups
  expect(screen.queryByText(/на групи/)).not.toBeInTheDocument();

  const npsSection = screen.getByRole('region', { name: '1. Бихте ли препоръчали срещата?' });
  const facts = npsSection.querySelector('dl')!;
  expect(facts).toHaveTextContent('Брой отговори38');
  expect(facts).toHaveTextContent('Средна стойност8,2');
  expect(facts).toHaveTextContent('Медиана9');
  expect(facts).toHaveTextContent('NPS+24');
  const npsTable = within(npsSection).getByRole('table', { name: 'Разпределение на отговорите: Бихте ли препоръчали срещата?' });
  const row10 = within(npsTable).getByRole('rowheader', { name: '10' }).closest('tr')!;
  expect(within(row10).getAllByRole('cell').map((c) => c.textContent)).toEqual(['18', '47%']);

  const origin = screen.getByRole('region', { name: '2. Откъде сте?' });
  const rows = within(within(origin).getByRole('table')).getAllByRole('row').slice(1);
  expect(rows.map((r) => r.textContent)).toEqual(['Крива Паланка2155%', 'Дупница1437%', 'Софияпо-малко от 5 — скрито за анонимност']);
  expect(within(origin).getByText(/Брой под 5 е скрит: при толкова малко отговори някой може да бъде разпознат/)).toBeInTheDocument();

  const texts = screen.getByRole('region', { name: '3. Една дума за срещата' });
  expect(within(texts).getByRole('heading', { name: 'Свободни отговори (2)' })).toBeInTheDocument();
  expect(within(texts).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Топло', 'Полезно']);

  const hidden = screen.getByRole('region', { name: '4. Доволни ли сте от превода?' });
  expect(within(hidden).getByText('По-малко от 5 отговора — скрито за анонимност')).toBeInTheDocument();
  expect(within(hidden).queryByRole('table')).not.toBeInTheDocument();

  // partners get the report files, not the raw responses
  expect(screen.getByRole('link', { name: 'Резултатите (CSV)' })).toHaveAttribute('href', '/api/forms/f1/report.csv');
  expect(screen.getByRole('link', { name: 'Резултатите (PDF)' })).toHaveAttribute('href', '/api/forms/f1/report.pdf');
  expect(screen.queryByRole('link', { name: /Всички отговори/ })).not.toBeInTheDocument();
});

test('a period filter asks the report again for those days and keeps it in the address', async () => {
  const api = fakeApi({
    'POST /api/auth/refresh': json(signedIn),
    'GET /api/me': json(aMe({ staff: [{ municipalityId: 'm1', municipalitySlug: 'haskovo', role: 'officer' }] })),
    'GET /api/forms/f1': json({ ...form, canManage: true, can: { ...form.can, manage: true } }),
    'GET /api/forms/f1/report': json(report),
    'GET /api/municipalities/haskovo': json(municipalities.haskovo),
  });
  const { router } = renderApp('/forms/f1/report');
  const u = userEvent.setup();
  await screen.findByText('38 отговора');
  expect(screen.getByRole('link', { name: 'Всички отговори без лични данни (CSV)' })).toHaveAttribute('href', '/api/forms/f1/responses.csv');

  await u.type(screen.getByLabelText('От (незадължително)'), '2026-03-01');
  await u.type(screen.getByLabelText('До (незадължително)'), '2026-03-31');
  await u.click(screen.getByRole('button', { name: 'Прилагане' }));

  expect(await screen.findByText(/за периода от 1 март 2026 г\. до 31 март 2026 г\./)).toBeInTheDocument();
  expect(router.state.location.search).toBe('?from=2026-03-01&to=2026-03-31');
  const last = new URL(api.requests('GET /api/forms/f1/report').at(-1)!.url).searchParams;
  expect([last.get('from'), last.get('to')]).toEqual(['2026-03-01', '2026-03-31']);
  expect(screen.getByRole('link', { name: 'Резултатите (CSV)' })).toHaveAttribute('href', '/api/forms/f1/report.csv?from=2026-03-01&to=2026-03-31');
});

test('an outsider is told who may read the report; a signed-out visitor is offered to sign in', async () => {
  fakeApi({
    'POST /api/auth/refresh': noSession(),
    'GET /api/forms/f1': apiError(404, 'not_found', 'Не е намерено.'),
    'GET /api/forms/f1/report': apiError(401, 'unauthorized', 'Влезте в профила си.'),
  });
  renderApp('/forms/f1/report');
  expect(await screen.findByText('Резултатите не са публични')).toBeInTheDocument();
  expect(screen.getByRole('link', { name: 'Влезте, за да видите резултатите' })).toHaveAttribute('href', `/login?next=${encodeURIComponent('/forms/f1/report')}`);
});

test('says how many anonymous answers wait to be added as a group, in the reader’s language', async () => {
  fakeApi({
    'POST /api/auth/refresh': json(signedIn),
    'GET /api/me': json(aMe({ staff: [{ municipalityId: 'm1', municipalitySlug: 'haskovo', role: 'officer' }] })),
    'GET /api/forms/f1': json({ ...form, canManage: true, can: { ...form.can, manage: true }, pendingResponses: 3 }),
    'GET /api/forms/f1/report': json({ ...report, pendingResponses: 3 }),
    'GET /api/municipalities/haskovo': json(municipalities.haskovo),
  });
  renderApp('/forms/f1/report', { language: 'en' });
  expect(await screen.findByText('3 more answers will be added later (answers join the report in whole groups of at least 5 to protect anonymity; the latest group once the next one is complete or the form closes).')).toBeInTheDocument();
  expect(screen.getByText('38 responses')).toBeInTheDocument();
});

test('says it in Bulgarian by default, for a single waiting answer too', async () => {
  fakeApi({
    'POST /api/auth/refresh': json(signedIn),
    'GET /api/me': json(ngo),
    'GET /api/forms/f1': json(form),
    'GET /api/forms/f1/report': json({ ...report, pendingResponses: 1 }),
    'GET /api/municipalities/haskovo': json(municipalities.haskovo),
  });
  renderApp('/forms/f1/report');
  expect(await screen.findByText('Още 1 отговор ще бъде добавен по-късно (отговорите влизат в отчета на цели групи поне по 5, за да се пази анонимността; последната група — след следващата или при затварянето).')).toBeInTheDocument();
});

test('a scale with its own words shows them at its ends in the table', async () => {
  const scaled = aForm({
    canManage: false,
    questions: [{ key: 'often', type: 'likert5', label: { bg: 'Колко често посещавате парка?' }, required: true, options: [], maxChoices: null, scaleLabels: { min: { bg: 'никога' }, max: { bg: 'всеки ден' } } }],
  });
  const counts = [6, 8, 10, 7, 9];
  fakeApi({
    'POST /api/auth/refresh': json(signedIn),
    'GET /api/me': json(ngo),
    'GET /api/forms/f1': json(scaled),
    'GET /api/forms/f1/report': json({
      ...report,
      responses: 40,
      questions: [{ key: 'often', type: 'likert5', label: { bg: 'Колко често посещавате парка?' }, n: 40, mean: 3.1, median: 3, distribution: counts.map((count, i) => ({ option: i + 1, count, share: count / 40 })) }],
    }),
    'GET /api/municipalities/haskovo': json(municipalities.haskovo),
  });
  renderApp('/forms/f1/report');
  const section = await screen.findByRole('region', { name: '1. Колко често посещавате парка?' });
  expect(within(within(section).getByRole('table')).getAllByRole('rowheader').map((h) => h.textContent)).toEqual(['1 — никога', '2', '3', '4', '5 — всеки ден']);
  expect(section).not.toHaveTextContent(/съгласен|доволен/);
});
