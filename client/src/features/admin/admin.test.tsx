import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { empty, fakeApi, json } from '../../../test/fetch';
import { aMe, municipalities, signedIn } from '../../../test/fixtures';
import { renderApp } from '../../../test/render';

const officer = aMe({ staff: [{ municipalityId: 'm1', municipalitySlug: 'haskovo', role: 'officer' }] });
const admin = aMe({ isAdmin: true });
const staff = { items: [{ userId: 'u2', displayName: 'Иван Иванов', email: 'ivan@haskovo.bg', role: 'officer' }] };
const partners = { items: [{ organizationId: 'o2', name: 'Тракийски университет', kind: 'academic', since: '2025-12-01' }] };

beforeEach(() => localStorage.clear());

test('an officer reads the staff of their municipality but cannot change it', async () => {
  fakeApi({
    'POST /api/auth/refresh': json(signedIn),
    'GET /api/me': json(officer),
    'GET /api/municipalities/haskovo': json(municipalities.haskovo),
    'GET /api/municipalities/m1/staff': json(staff),
  });
  renderApp('/admin/municipalities/haskovo/staff');

  expect(await screen.findByRole('heading', { level: 1, name: 'Служители на Хасково' })).toBeInTheDocument();
  expect(await screen.findByRole('rowheader', { name: 'Иван Иванов' })).toBeInTheDocument();
  expect(screen.queryByRole('button', { name: /Премахване/ })).not.toBeInTheDocument();
  expect(screen.queryByLabelText('Имейл или име на човека')).not.toBeInTheDocument();
  expect(screen.getByText('Само администратор на платформата може да променя служителите.')).toBeInTheDocument();
});

test('an officer ends a partnership after confirming, and hears the result', async () => {
  const api = fakeApi({
    'POST /api/auth/refresh': json(signedIn),
    'GET /api/me': json(officer),
    'GET /api/municipalities/haskovo': json(municipalities.haskovo),
    'GET /api/municipalities/m1/partners': [json(partners), json({ items: [] })],
    'DELETE /api/municipalities/m1/partners/o2': empty(),
  });
  renderApp('/admin/municipalities/haskovo/partners');
  const u = userEvent.setup();

  await u.click(await screen.findByRole('button', { name: 'Премахване — Тракийски университет' }));
  const confirm = screen.getByRole('group', { name: 'Да бъде ли прекратено партньорството с Тракийски университет?' });
  expect(within(confirm).getByRole('button', { name: 'Да, прекрати' })).toHaveFocus();
  await u.click(within(confirm).getByRole('button', { name: 'Да, прекрати' }));

  const status = await screen.findByText('Партньорството с Тракийски университет е прекратено.');
  expect(status).toHaveFocus();
  expect(api.sent()).toContain('DELETE /api/municipalities/m1/partners/o2');
  expect(await screen.findByText('Общината още няма партньорски организации.')).toBeInTheDocument();
});

test('cancelling a confirmation sends nothing and puts focus back on the button', async () => {
  const api = fakeApi({
    'POST /api/auth/refresh': json(signedIn),
    'GET /api/me': json(officer),
    'GET /api/municipalities/haskovo': json(municipalities.haskovo),
    'GET /api/municipalities/m1/partners': json(partners),
  });
  renderApp('/admin/municipalities/haskovo/partners');
  const u = userEvent.setup();
  await u.click(await screen.findByRole('button', { name: 'Премахване — Тракийски университет' }));
  await u.click(screen.getByRole('button', { name: 'Отказ' }));

  expect(screen.getByRole('button', { name: 'Премахване — Тракийски университет' })).toHaveFocus();
  expect(api.sent().some((r) => r.startsWith('DELETE'))).toBe(false);
});

test('someone with no staff role is refused the admin area', async () => {
  fakeApi({ 'POST /api/auth/refresh': json(signedIn), 'GET /api/me': json(aMe()) });
  renderApp('/admin');
  expect(await screen.findByRole('heading', { level: 1, name: 'Нямате достъп до тази страница' })).toBeInTheDocument();
  expect(screen.queryByRole('link', { name: 'Администрация' })).not.toBeInTheDocument();
});

test('an admin finds a person by e-mail and makes them a moderator', async () => {
  const api = fakeApi({
    'POST /api/auth/refresh': json(signedIn),
    'GET /api/me': json(admin),
    'GET /api/municipalities/haskovo': json(municipalities.haskovo),
    'GET /api/municipalities/m1/staff': json(staff),
    'GET /api/users': json({ items: [{ id: 'u7', email: 'elena@haskovo.bg', displayName: 'Елена Димитрова' }], nextCursor: null }),
    'PUT /api/municipalities/m1/staff/u7': json({ userId: 'u7', role: 'moderator' }),
  });
  renderApp('/admin/municipalities/haskovo/staff');
  const u = userEvent.setup();

  // nothing chosen yet: the summary says what is missing
  await u.click(await screen.findByRole('button', { name: 'Запазване на ролята' }));
  const summary = await screen.findByRole('alert');
  expect(within(summary).getAllByRole('link').map((l) => l.textContent)).toEqual(['Изберете човека, когото добавяте', 'Изберете роля']);

  await u.type(screen.getByLabelText('Имейл или име на човека'), 'elena');
  await u.click(screen.getByRole('button', { name: 'Търсене' }));
  expect(await screen.findByText('Намерен е 1 човек.')).toBeInTheDocument();
  expect(new URL(api.requests('GET /api/users')[0].url).searchParams.get('q')).toBe('elena');

  await u.click(screen.getByRole('radio', { name: 'Елена Димитрова (elena@haskovo.bg)' }));
  await u.click(screen.getByRole('radio', { name: 'Модератор' }));
  await u.click(screen.getByRole('button', { name: 'Запазване на ролята' }));

  expect(await screen.findByText('Елена Димитрова е модератор в общината.')).toBeInTheDocument();
  expect(await api.requests('PUT /api/municipalities/m1/staff/u7')[0].json()).toEqual({ role: 'moderator' });
});

test('an admin gives a municipality its official codes; a malformed one is caught before sending', async () => {
  const api = fakeApi({
    'POST /api/auth/refresh': json(signedIn),
    'GET /api/me': json(admin),
    'GET /api/municipalities/haskovo': json({ ...municipalities.haskovo, officialCode: null, lauCode: null }),
    'PATCH /api/municipalities/m1': json({ ...municipalities.haskovo, officialCode: 'HKV34', lauCode: 'HKV34' }),
    'GET /api/municipalities': json({ items: [municipalities.haskovo], nextCursor: null }),
  });
  renderApp('/admin/municipalities/haskovo/edit');
  const u = userEvent.setup();

  const official = await screen.findByLabelText(/Код по ЕКАТТЕ/);
  await u.type(official, 'hkv-34');
  await u.click(screen.getByRole('button', { name: 'Запазване на промените' }));
  const summary = await screen.findByRole('alert');
  expect(within(summary).getAllByRole('link').map((l) => l.textContent)).toEqual(['От 2 до 12 главни латински букви и цифри, например HKV34.']);
  expect(api.sent().some((r) => r.startsWith('PATCH'))).toBe(false);

  await u.clear(official);
  await u.type(official, 'HKV34');
  await u.type(screen.getByLabelText(/Код LAU/), 'HKV34');
  await u.click(screen.getByRole('button', { name: 'Запазване на промените' }));
  await screen.findByRole('heading', { level: 1, name: /Общини/ });
  expect(await api.requests('PATCH /api/municipalities/m1')[0].json()).toMatchObject({ officialCode: 'HKV34', lauCode: 'HKV34' });
});
