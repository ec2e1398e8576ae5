import { act, screen, waitFor } from '@testing-library/react';
import { apiError, json, fakeApi } from '../../test/fetch';
import { renderApp } from '../../test/render';
import { resetServiceStatusForTests } from '../api/outage';
import { getAccessToken, getSessionStatus } from '../api/session';
import { ApiError } from '../api/errors';
import { retryDelay, shouldRetry } from '../app/queryClient';

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

const unavailable = () => {
  const response = apiError(503, 'service_unavailable', 'Услугата временно не е достъпна.');
  response.headers.set('Retry-After', '3');
  return response;
};

beforeEach(() => resetServiceStatusForTests());

test('a 503 keeps the person signed in, says politely that the service is briefly unavailable, and the page fills in once it is back', async () => {
  const server = fakeApi({
    'POST /api/auth/refresh': json({ accessToken: 'token-1', expiresIn: 900 }),
    'GET /api/me': [unavailable(), json(me)],
  });
  const { queryClient } = renderApp('/me');

  const notice = await screen.findByText('Услугата е временно недостъпна. Опитваме отново…');
  expect(notice).toHaveAttribute('role', 'status');
  expect(getSessionStatus()).toBe('signed-in');
  expect(getAccessToken()).toBe('token-1');
  expect(screen.queryByRole('link', { name: 'Вход' })).not.toBeInTheDocument();
  expect(screen.getByRole('button', { name: 'Изход' })).toBeInTheDocument();
  // no refresh was spent on it: only the one on start
  expect(server.requests('POST /api/auth/refresh')).toHaveLength(1);

  await act(() => queryClient.refetchQueries());
  expect(await screen.findByText('maria@example.org')).toBeInTheDocument();
  await waitFor(() => expect(screen.queryByText('Услугата е временно недостъпна. Опитваме отново…')).not.toBeInTheDocument());
  expect(getSessionStatus()).toBe('signed-in');
});

test('a 503 while the session is restored does not sign the person out', async () => {
  // the whole service is down: the restore and the page's own calls answer 503
  const server = fakeApi({ 'POST /api/auth/refresh': unavailable(), 'GET /api/municipalities': unavailable() });
  renderApp('/', { language: 'en' });
  expect(await screen.findByText('The service is briefly unavailable. Trying again…')).toBeInTheDocument();
  expect(getSessionStatus()).not.toBe('signed-out');
  expect(server.sent()).toEqual(['POST /api/auth/refresh', 'GET /api/municipalities']);
});

test('queries keep trying a 503 with a growing delay, but not a 4xx', () => {
  const outage = new ApiError(503, 'service_unavailable', '');
  expect(shouldRetry(5, outage)).toBe(true);
  expect(shouldRetry(2, new ApiError(500, 'internal_error', ''))).toBe(false);
  expect(shouldRetry(0, new ApiError(401, 'unauthorized', ''))).toBe(false);
  expect([0, 1, 2, 3, 4, 5].map(retryDelay)).toEqual([1000, 2000, 4000, 8000, 15_000, 15_000]);
});
