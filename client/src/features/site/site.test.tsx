import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeApi, json, noSession } from '../../../test/fetch';
import { aMe, municipalities, page, signedIn } from '../../../test/fixtures';
import { renderApp } from '../../../test/render';

beforeEach(() => localStorage.clear());

const statement = (body: string, extra: Record<string, unknown> = {}) => ({ key: 'accessibility', locale: 'bg', body, edited: false, updatedOn: '2026-12-06', ...extra });

test('the footer leads to the accessibility statement, shown with each municipality’s contact', async () => {
  const api = fakeApi({
    'POST /api/auth/refresh': noSession(),
    'GET /api/municipalities': json(page([{ ...municipalities.haskovo, email: 'obshtina@haskovo.bg', phone: '+359 38 603 300' }, municipalities.krivaPalanka])),
    'GET /api/site/pages/accessibility': json(statement('## Състояние на съответствие\n\nСайтът е **частично съвместим**.\n\n## Процедура по прилагане\n\nОмбудсман.')),
    'GET /api/consultations': json(page([])),
  });
  renderApp('/');
  const u = userEvent.setup();
  const footer = screen.getByRole('contentinfo');
  await u.click(within(footer).getByRole('link', { name: 'Декларация за достъпност' }));

  expect(await screen.findByRole('heading', { level: 1, name: 'Декларация за достъпност' })).toBeInTheDocument();
  expect(await screen.findByRole('heading', { level: 2, name: 'Състояние на съответствие' })).toBeInTheDocument();
  expect(screen.getByRole('heading', { level: 2, name: 'Процедура по прилагане' })).toBeInTheDocument();
  expect(screen.getByText('частично съвместим')).toContainHTML('strong');
  expect(await screen.findByRole('link', { name: 'obshtina@haskovo.bg' })).toHaveAttribute('href', 'mailto:obshtina@haskovo.bg');
  expect(screen.getByText(/Последен преглед: 6 декември 2026 г\./)).toBeInTheDocument();
  expect(screen.getByText(/текстът, с който се доставя Събор/)).toBeInTheDocument();
  // the page in the interface language
  expect(new URL(api.requests('GET /api/site/pages/accessibility')[0].url).searchParams.get('locale')).toBe('bg');
});

test('the privacy notice lists every municipality’s data protection officer, and says when one is missing', async () => {
  fakeApi({
    'POST /api/auth/refresh': noSession(),
    'GET /api/municipalities': json(page([{ ...municipalities.haskovo, dpoName: 'Мария Петрова', dpoEmail: 'dpo@haskovo.bg' }, municipalities.krivaPalanka])),
    'GET /api/site/pages/privacy': json({ ...statement('## Администратор на данните\n\nВсяка община.'), key: 'privacy', edited: true, updatedOn: '2027-01-15' }),
  });
  renderApp('/privacy');
  expect(await screen.findByRole('heading', { level: 1, name: 'Уведомление за защита на личните данни' })).toBeInTheDocument();
  expect(await screen.findByRole('link', { name: 'dpo@haskovo.bg' })).toHaveAttribute('href', 'mailto:dpo@haskovo.bg');
  expect(screen.getByText(/Мария Петрова/)).toBeInTheDocument();
  const palanka = screen.getByRole('heading', { level: 3, name: 'Крива Паланка' }).closest('li')!;
  expect(within(palanka).getByText('Общината още не е посочила длъжностно лице.')).toBeInTheDocument();
  expect(screen.queryByText(/се доставя Събор/)).not.toBeInTheDocument();
  expect(screen.queryByRole('link', { name: 'Редактиране на текста' })).not.toBeInTheDocument();
});

test('the administrator rewrites the English statement and is told it is saved', async () => {
  const api = fakeApi({
    'POST /api/auth/refresh': json(signedIn),
    'GET /api/me': json(aMe({ isAdmin: true })),
    'GET /api/site/pages/accessibility': async (request) => {
      const locale = new URL(request.url).searchParams.get('locale');
      return json(statement(locale === 'en' ? '## Compliance status' : '## Състояние на съответствие', { locale }));
    },
    'PUT /api/site/pages/accessibility': async (request) => {
      const body = (await request.json()) as { locale: string; body: string };
      return json(statement(body.body, { locale: body.locale, edited: true }));
    },
  });
  renderApp('/admin/pages/accessibility');
  const u = userEvent.setup();
  expect(await screen.findByRole('heading', { level: 1, name: 'Редактиране: Декларация за достъпност' })).toBeInTheDocument();
  expect(await screen.findByLabelText('Текст')).toHaveValue('## Състояние на съответствие');
  await u.click(screen.getByRole('radio', { name: 'English' }));
  const text = await screen.findByDisplayValue('## Compliance status');
  await u.clear(text);
  await u.click(screen.getByRole('button', { name: 'Записване' }));
  expect(await screen.findByText('Напишете текста.', { selector: '.field__error, .field-error, p, span' })).toBeInTheDocument();
  expect(api.sent()).not.toContain('PUT /api/site/pages/accessibility');
  await u.type(text, 'Partially compliant.');
  await u.click(screen.getByRole('button', { name: 'Записване' }));
  expect(await screen.findByText('Текстът на English е записан.')).toBeInTheDocument();
  expect(await api.requests('PUT /api/site/pages/accessibility')[0].json()).toEqual({ locale: 'en', body: 'Partially compliant.' });
});
