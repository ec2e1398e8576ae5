import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { act } from '@testing-library/react';
import { apiError, empty, fakeApi, json, noSession } from '../../test/fetch';
import { aConsultation, aMe, municipalities, page } from '../../test/fixtures';
import { renderApp } from '../../test/render';
import { api, unwrap } from './client';
import { getAccessToken, getSessionStatus, resetSessionForTests, startSession } from './session';

const me = {
  id: 'u1',
  email: 'maria@example.org',
  displayName: 'Мария Петрова',
  locale: 'bg',
  homeSettlement: 'Хасково',
  country: 'BG',
  emailVerified: true,
  isAdmin: false,
  createdAt: '2026-03-02T10:00:00.000Z',
  staff: [],
  organizations: [],
};

/** GET /me that accepts only one access token. */
const meFor = (token: string) => (request: Request) =>
  request.headers.get('Authorization') === `Bearer ${token}` ? json(me) : apiError(401, 'unauthorized', 'Please sign in.');

beforeEach(() => {
  localStorage.clear();
  resetSessionForTests();
});

test('on start the session is restored from the refresh cookie; an expired token is refreshed once and the call retried', async () => {
  const server = fakeApi({
    'POST /api/auth/refresh': [json({ accessToken: 'token-1', expiresIn: 900 }), json({ accessToken: 'token-2', expiresIn: 900 })],
    'GET /api/me': meFor('token-2'),
  });
  renderApp('/me');

  expect(await screen.findByRole('heading', { level: 1, name: 'Моят профил' })).toBeInTheDocument();
  expect(screen.getByText('maria@example.org')).toBeInTheDocument();
  expect(screen.getByRole('button', { name: 'Изход' })).toBeInTheDocument();

  expect(server.sent()).toEqual(['POST /api/auth/refresh', 'GET /api/me', 'POST /api/auth/refresh', 'GET /api/me']);
  const [first, retry] = server.requests('GET /api/me');
  expect(first.headers.get('Authorization')).toBe('Bearer token-1');
  expect(retry.headers.get('Authorization')).toBe('Bearer token-2');
  expect(server.requests('POST /api/auth/refresh').every((r) => r.credentials === 'include')).toBe(true);
  // the token lives in memory only
  expect(JSON.stringify({ ...localStorage })).not.toContain('token-');
});

test('a page opened by a direct link asks for its data only once the session is restored, with the token', async () => {
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  const server = fakeApi({
    'POST /api/auth/refresh': async () => {
      await held;
      return json({ accessToken: 'token-1', expiresIn: 900 });
    },
    'GET /api/me': meFor('token-1'),
    'GET /api/me/export': (r) => (r.headers.get('Authorization') === 'Bearer token-1' ? json({ profile: me }) : apiError(401, 'unauthorized', '')),
  });
  const data = unwrap(api.GET('/api/me/export'));
  await new Promise((resolve) => setTimeout(resolve, 20));
  expect(server.sent()).toEqual(['POST /api/auth/refresh']); // the data call waits
  release();
  expect(await data).toEqual({ profile: me });
  expect(server.sent()).toEqual(['POST /api/auth/refresh', 'GET /api/me/export']);
});

test('an anonymous first visit (no session hint cookie) makes no refresh call and gets no 401', async () => {
  document.cookie = 'sabor_session=; Max-Age=0; Path=/';
  const server = fakeApi({
    'POST /api/auth/refresh': noSession(),
    'GET /api/consultations': json({ items: [], nextCursor: null }),
    'GET /api/me/export': apiError(401, 'unauthorized', ''),
  });
  await unwrap(api.GET('/api/consultations'));
  await expect(unwrap(api.GET('/api/me/export'))).rejects.toMatchObject({ status: 401 });
  expect(getSessionStatus()).toBe('signed-out');
  expect(server.sent()).toEqual(['GET /api/consultations', 'GET /api/me/export']);
});

test('what was refused while signed out is asked again once someone signs in: a draft shown to its officer', async () => {
  document.cookie = 'sabor_session=; Max-Age=0; Path=/';
  const draft = aConsultation({ status: 'draft' });
  const officer = aMe({ staff: [{ municipalityId: 'm1', municipalitySlug: 'haskovo', role: 'officer' }] });
  const server = fakeApi({
    'GET /api/me': (r) => (r.headers.get('Authorization') === 'Bearer token-1' ? json(officer) : apiError(401, 'unauthorized', '')),
    'GET /api/consultations/c1': (r) => (r.headers.get('Authorization') === 'Bearer token-1' ? json(draft) : apiError(404, 'not_found', 'Not found.')),
    'GET /api/consultations/c1/sections': json({ items: draft.sections }),
    'GET /api/consultations/c1/contributions': json(page([])),
    'GET /api/municipalities/haskovo': json(municipalities.haskovo),
  });
  renderApp('/consultations/c1');
  expect(await screen.findByRole('heading', { level: 1, name: 'Страницата не е намерена' })).toBeInTheDocument();

  act(() => startSession('token-1'));

  expect(await screen.findByRole('heading', { level: 1, name: 'Наредба за обществените консултации' })).toBeInTheDocument();
  await new Promise((resolve) => setTimeout(resolve, 50));
  expect(server.requests('GET /api/consultations/c1').map((r) => r.headers.get('Authorization'))).toEqual([null, 'Bearer token-1']);
});

test('a restored session asks for each piece of data once, already with the token', async () => {
  const draft = aConsultation({ status: 'draft' });
  const server = fakeApi({
    'POST /api/auth/refresh': json({ accessToken: 'token-1', expiresIn: 900 }),
    'GET /api/me': json(aMe({ staff: [{ municipalityId: 'm1', municipalitySlug: 'haskovo', role: 'officer' }] })),
    'GET /api/consultations/c1': (r) => (r.headers.get('Authorization') === 'Bearer token-1' ? json(draft) : apiError(404, 'not_found', 'Not found.')),
    'GET /api/consultations/c1/sections': json({ items: draft.sections }),
    'GET /api/consultations/c1/contributions': json(page([])),
    'GET /api/municipalities/haskovo': json(municipalities.haskovo),
  });
  renderApp('/consultations/c1');
  expect(await screen.findByRole('heading', { level: 1, name: 'Наредба за обществените консултации' })).toBeInTheDocument();
  await new Promise((resolve) => setTimeout(resolve, 50));
  expect(server.requests('GET /api/consultations/c1').map((r) => r.headers.get('Authorization'))).toEqual(['Bearer token-1']);
  expect(server.sent()[0]).toBe('POST /api/auth/refresh');
});

test('a refused refresh forgets the session hint, so the next visit does not ask again', async () => {
  fakeApi({ 'POST /api/auth/refresh': noSession() });
  renderApp('/me');
  expect(await screen.findByRole('heading', { level: 1, name: 'Вход' })).toBeInTheDocument();
  expect(document.cookie).not.toContain('sabor_session');
});

test('calls that fail together with 401 share a single refresh (the server rotates the cookie)', async () => {
  startSession('expired');
  const server = fakeApi({
    'POST /api/auth/refresh': json({ accessToken: 'fresh', expiresIn: 900 }),
    'GET /api/me': meFor('fresh'),
    'GET /api/me/export': (r) => (r.headers.get('Authorization') === 'Bearer fresh' ? json({ profile: me }) : apiError(401, 'unauthorized', '')),
  });

  const [profile, data] = await Promise.all([unwrap(api.GET('/api/me')), unwrap(api.GET('/api/me/export'))]);

  expect(profile.email).toBe('maria@example.org');
  expect(data).toEqual({ profile: me });
  expect(server.requests('POST /api/auth/refresh')).toHaveLength(1);
  expect(getAccessToken()).toBe('fresh');
});

test('when the refresh is refused, the session ends and the person is asked to sign in, then sent back', async () => {
  fakeApi({
    'POST /api/auth/refresh': noSession(),
    'POST /api/auth/login': json({ accessToken: 'token-9', expiresIn: 900, user: me }),
    'GET /api/me': meFor('token-9'),
  });
  const { router } = renderApp('/me');

  expect(await screen.findByRole('heading', { level: 1, name: 'Вход' })).toBeInTheDocument();
  expect(router.state.location.search).toBe('?next=%2Fme');
  expect(getSessionStatus()).toBe('signed-out');

  const u = userEvent.setup();
  await u.type(screen.getByLabelText('Имейл адрес'), 'maria@example.org');
  await u.type(screen.getByLabelText('Парола'), 'дълга парола за проба');
  await u.click(screen.getByRole('button', { name: 'Вход' }));

  expect(await screen.findByRole('heading', { level: 1, name: 'Моят профил' })).toBeInTheDocument();
  expect(router.state.location.pathname).toBe('/me');
});

test('a wrong password is an error to show, not a reason to refresh', async () => {
  const server = fakeApi({
    'POST /api/auth/refresh': noSession(),
    'POST /api/auth/login': apiError(401, 'invalid_credentials', 'Грешен имейл или парола.'),
  });
  renderApp('/login');
  const u = userEvent.setup();
  await u.type(await screen.findByLabelText('Имейл адрес'), 'maria@example.org');
  await u.type(screen.getByLabelText('Парола'), 'грешна парола');
  await u.click(screen.getByRole('button', { name: 'Вход' }));

  expect(await screen.findByRole('alert')).toHaveTextContent('Грешен имейл или парола.');
  expect(server.requests('POST /api/auth/refresh')).toHaveLength(1); // only the one on start
  expect(screen.getByLabelText('Парола')).toHaveValue('');
});

test('signing out from a signed-in page goes home, says so, and forgets the token', async () => {
  const server = fakeApi({
    'POST /api/auth/refresh': json({ accessToken: 'token-1', expiresIn: 900 }),
    'GET /api/me': meFor('token-1'),
    'POST /api/auth/logout': empty(),
    'GET /api/municipalities': json({ items: [], nextCursor: null }),
  });
  const { router } = renderApp('/me');
  const u = userEvent.setup();
  await u.click(await screen.findByRole('button', { name: 'Изход' }));

  expect(await screen.findByText('Излязохте от профила си.')).toBeInTheDocument();
  expect(router.state.location.pathname).toBe('/');
  expect(screen.getByRole('link', { name: 'Вход' })).toBeInTheDocument();
  expect(server.sent()).toContain('POST /api/auth/logout');
  expect(getAccessToken()).toBeNull();
});
