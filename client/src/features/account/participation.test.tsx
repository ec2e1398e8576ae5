import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeApi, json } from '../../../test/fetch';
import { aMe, page, signedIn } from '../../../test/fixtures';
import { renderApp } from '../../../test/render';

beforeEach(() => localStorage.clear());

const contribution = (overrides: Record<string, unknown>) => ({
  id: 'c1',
  consultationId: 'k1',
  consultationTitle: { bg: 'Наредба за тишината' },
  consultationStatus: 'reported',
  municipalitySlug: 'haskovo',
  consultationLanguage: 'bg',
  kind: 'proposal',
  body: 'Тишина от 22 ч.',
  lang: 'bg',
  receivedAt: '2026-03-05T10:00:00.000Z',
  parentId: null,
  hidden: false,
  hiddenReason: null,
  response: null,
  ...overrides,
});

test('My participation, from the profile: contributions with answers and hidden ones, more on demand, meetings and forms', async () => {
  const api = fakeApi({
    'POST /api/auth/refresh': json(signedIn),
    'GET /api/me': json(aMe()),
    'GET /api/me/contributions': async (request) =>
      new URL(request.url).searchParams.get('cursor')
        ? json(page([contribution({ id: 'c3', body: 'Най-старото ми предложение', consultationTitle: { bg: 'Бюджет 2026' }, consultationStatus: 'closed' })]))
        : json(
            page(
              [
                contribution({ response: { decision: 'partially_accepted', reasoning: 'Приема се за жилищните зони.' } }),
                contribution({ id: 'c2', body: 'Обиден текст', hidden: true, hiddenReason: 'Лични нападки', kind: 'comment' }),
                // a Macedonian consultation with no Bulgarian title: its own language, not the English one
                contribution({ id: 'c4', body: 'Одлично.', lang: 'mk', municipalitySlug: 'kriva-palanka', consultationLanguage: 'mk', consultationTitle: { en: 'Street lighting', mk: 'Улично осветлување' }, consultationStatus: 'open', kind: 'comment' }),
              ],
              'next',
            ),
          ),
    'GET /api/me/registrations': json(page([{ id: 'r1', meetingId: 'mt1', meetingTitle: { bg: 'Публично обсъждане на бюджета' }, startsAt: '2026-04-10T15:00:00.000Z', endsAt: '2026-04-10T17:00:00.000Z', location: { bg: 'Зала 1' }, meetingStatus: 'scheduled', municipalitySlug: 'haskovo', timeZone: 'Europe/Sofia', code: 'ABCD1234', status: 'registered', checkedInDays: [] }])),
    'GET /api/me/answered-forms': json(page([{ formId: 'f1', title: { bg: 'Доволни ли сте от обсъждането?' }, municipalitySlug: 'haskovo', anonymous: true, closesAt: '2026-04-30T21:00:00.000Z' }])),
  });
  renderApp('/me');
  const u = userEvent.setup();
  await u.click(await screen.findByRole('link', { name: 'Моето участие' }));
  expect(await screen.findByRole('heading', { level: 1, name: 'Моето участие' })).toBeInTheDocument();

  const answered = (await screen.findByText('Тишина от 22 ч.')).closest('li')!;
  expect(within(answered).getByRole('link', { name: 'Наредба за тишината' })).toHaveAttribute('href', '/consultations/k1');
  expect(within(answered).getByText('Справката е публикувана')).toBeInTheDocument();
  expect(within(answered).getByText('Приема се частично')).toBeInTheDocument();
  expect(within(answered).getByText('Приема се за жилищните зони.')).toBeInTheDocument();

  const macedonian = screen.getByText('Одлично.');
  expect(macedonian).toHaveAttribute('lang', 'mk');
  expect(within(macedonian.closest('li')!).getByRole('link', { name: 'Улично осветлување' }).closest('h3')).toHaveAttribute('lang', 'mk');

  const hidden = screen.getByText('Обиден текст').closest('li')!;
  expect(within(hidden).getByText(/Скрито от модератор: Лични нападки/)).toBeInTheDocument();

  await u.click(screen.getByRole('button', { name: /Още|Покажи още|Зареди още/ }));
  expect(await screen.findByText('Най-старото ми предложение')).toBeInTheDocument();
  expect(new URL(api.requests('GET /api/me/contributions')[1].url).searchParams.get('cursor')).toBe('next');

  expect(screen.getByRole('link', { name: 'Публично обсъждане на бюджета' })).toHaveAttribute('href', '/meetings/mt1');
  const form = screen.getByRole('link', { name: 'Доволни ли сте от обсъждането?' }).closest('li')!;
  expect(within(form).getByText(/анонимен: пазим само, че сте отговорили/)).toBeInTheDocument();
  expect(screen.getByText(/Отговорите чрез лична покана/)).toBeInTheDocument();
});

test('says so when there is nothing yet', async () => {
  fakeApi({
    'POST /api/auth/refresh': json(signedIn),
    'GET /api/me': json(aMe()),
    'GET /api/me/contributions': json(page([])),
    'GET /api/me/registrations': json(page([])),
    'GET /api/me/answered-forms': json(page([])),
  });
  renderApp('/me/participation');
  expect(await screen.findByText('Още не сте писали в обсъждане.')).toBeInTheDocument();
  expect(await screen.findByText('Не сте се регистрирали за среща.')).toBeInTheDocument();
  expect(await screen.findByText('Няма формуляри, на които сте отговорили с профила си.')).toBeInTheDocument();
});
