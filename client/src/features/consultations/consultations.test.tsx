import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeApi, json, noSession } from '../../../test/fetch';
import { aConsultation, municipalities, page } from '../../../test/fixtures';
import { renderApp } from '../../../test/render';

const open = aConsultation();
const closed = aConsultation({
  id: 'c2',
  municipalityId: 'm2',
  municipalitySlug: 'kriva-palanka',
  kind: 'budget',
  title: { mk: 'Предлог-буџет на Општина Крива Паланка за 2027 година' },
  status: 'closed',
  closesAt: '2026-11-12T22:59:59.999Z',
  lastDay: '2026-11-12',
});
const later = aConsultation({ id: 'c3', title: { bg: 'Програма за управление на отпадъците' }, status: 'open' });

beforeEach(() => localStorage.clear());

function summariesOf(...items: ReturnType<typeof aConsultation>[]) {
  return items.map(({ id, municipalityId, municipalitySlug, kind, title, summary, status, publishedAt, opensAt, closesAt, lastDay }) => ({
    id, municipalityId, municipalitySlug, kind, title, summary, status, publishedAt, opensAt, closesAt, lastDay,
  }));
}

test('the list is searched and filtered by municipality, stage and kind, and the filters live in the address', async () => {
  const api = fakeApi({
    'POST /api/auth/refresh': noSession(),
    'GET /api/municipalities': json(page([municipalities.haskovo, municipalities.krivaPalanka])),
    'GET /api/consultations': (request) => {
      const q = new URL(request.url).searchParams;
      return json(page(summariesOf(...(q.get('status') === 'open' ? [open] : [open, closed]))));
    },
  });
  const { router } = renderApp('/consultations');

  expect(await screen.findByRole('heading', { level: 1, name: 'Обществени обсъждания' })).toBeInTheDocument();
  expect(await screen.findByText('Намерени са 2 обсъждания.')).toBeInTheDocument();
  const card = screen.getByRole('link', { name: 'Наредба за обществените консултации' }).closest('li')!;
  expect(within(card).getByText('Отворено за предложения')).toBeInTheDocument();
  expect(within(card).getByText(/^остават 12 дни · последен ден: понеделник, 14 декември 2026 г\.$/)).toBeInTheDocument();
  expect(card.querySelector('.card__eyebrow')).toHaveTextContent('Хасково · Наредба');
  // a title with no Bulgarian text is shown in its own language and marked so
  expect(screen.getByRole('link', { name: 'Предлог-буџет на Општина Крива Паланка за 2027 година' }).closest('h2')).toHaveAttribute('lang', 'mk');

  const u = userEvent.setup();
  const filters = screen.getByRole('search', { name: 'Търсене и филтри' });
  await u.type(within(filters).getByLabelText('Търсене по дума'), 'наредба консултации');
  await u.selectOptions(within(filters).getByLabelText('Община'), 'Хасково');
  await u.selectOptions(within(filters).getByLabelText('Етап'), 'Отворено за предложения');
  await u.selectOptions(within(filters).getByLabelText('Вид документ'), 'Наредба');
  await u.click(within(filters).getByRole('button', { name: 'Показване' }));

  expect(await screen.findByText('Намерено е 1 обсъждане.')).toBeInTheDocument();
  expect(screen.queryByRole('link', { name: /Крива Паланка/ })).not.toBeInTheDocument();
  const last = new URL(api.requests('GET /api/consultations').at(-1)!.url).searchParams;
  expect(Object.fromEntries(last)).toEqual({ q: 'наредба консултации', municipality: 'haskovo', status: 'open', kind: 'ordinance', limit: '20' });
  expect(new URLSearchParams(router.state.location.search).get('q')).toBe('наредба консултации');
  // the form shows what the list is filtered by, and the filters can be cleared
  expect(screen.getByLabelText('Етап')).toHaveValue('open');
  await u.click(screen.getByRole('link', { name: 'Изчистване на филтрите' }));
  expect(await screen.findByText('Намерени са 2 обсъждания.')).toBeInTheDocument();
  expect(router.state.location.search).toBe('');
});

test('"Show more" asks for the next page with the cursor and adds it below', async () => {
  const api = fakeApi({
    'POST /api/auth/refresh': noSession(),
    'GET /api/municipalities': json(page([municipalities.haskovo])),
    'GET /api/consultations': (request) =>
      new URL(request.url).searchParams.get('cursor') === 'next-1' ? json(page(summariesOf(later))) : json(page(summariesOf(open), 'next-1')),
  });
  renderApp('/consultations?status=open');

  expect(await screen.findByText('Показано е първото 1 обсъждане.')).toBeInTheDocument();
  const u = userEvent.setup();
  await u.click(screen.getByRole('button', { name: 'Покажи още' }));

  expect(await screen.findByRole('link', { name: 'Програма за управление на отпадъците' })).toBeInTheDocument();
  expect(screen.getByRole('link', { name: 'Наредба за обществените консултации' })).toBeInTheDocument();
  expect(screen.queryByRole('button', { name: 'Покажи още' })).not.toBeInTheDocument();
  const [, second] = api.requests('GET /api/consultations');
  expect(new URL(second.url).searchParams.get('cursor')).toBe('next-1');
  expect(new URL(second.url).searchParams.get('status')).toBe('open');
});

test('a search that finds nothing says so', async () => {
  fakeApi({
    'POST /api/auth/refresh': noSession(),
    'GET /api/municipalities': json(page([municipalities.haskovo])),
    'GET /api/consultations': json(page([])),
  });
  renderApp('/consultations?q=%D0%BC%D0%BE%D1%81%D1%82');
  expect(await screen.findByText(/Няма обсъждания, които отговарят на търсенето/)).toBeInTheDocument();
  expect(screen.getByLabelText('Търсене по дума')).toHaveValue('мост');
});
