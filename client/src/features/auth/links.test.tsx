import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { apiError, empty, fakeApi, json, noSession } from '../../../test/fetch';
import { renderApp } from '../../../test/render';

beforeEach(() => localStorage.clear());

test('the link from the verification e-mail confirms the address', async () => {
  const api = fakeApi({ 'POST /api/auth/refresh': noSession(), 'POST /api/auth/verify-email': json({ ok: true }) });
  renderApp('/verify-email?token=abcdefghijkl');

  expect(await screen.findByRole('heading', { level: 1, name: 'Имейл адресът ви е потвърден' })).toBeInTheDocument();
  expect(screen.getByText('Вече можете да участвате в обществените обсъждания.').closest('[role="status"]')).not.toBeNull();
  expect(screen.getByRole('link', { name: 'Вход в профила' })).toHaveAttribute('href', '/login');
  const requests = api.requests('POST /api/auth/verify-email');
  expect(requests).toHaveLength(1);
  expect(await requests[0].json()).toEqual({ token: 'abcdefghijkl' });
});

test('an expired verification link says so, in the server’s words', async () => {
  fakeApi({
    'POST /api/auth/refresh': noSession(),
    'POST /api/auth/verify-email': apiError(400, 'invalid_token', 'Връзката е невалидна или е изтекла.'),
  });
  renderApp('/verify-email?token=abcdefghijkl');
  expect(await screen.findByRole('heading', { level: 1, name: 'Адресът не беше потвърден' })).toBeInTheDocument();
  expect(screen.getByText('Връзката е невалидна или е изтекла.').closest('[role="status"]')).not.toBeNull();
});

test('a forgotten password always gets the same answer, whether or not the address is known', async () => {
  const api = fakeApi({ 'POST /api/auth/refresh': noSession(), 'POST /api/auth/password/forgot': empty(202) });
  renderApp('/forgot-password');
  const u = userEvent.setup();
  await u.type(await screen.findByLabelText('Имейл адрес'), 'nobody@example.org');
  await u.click(screen.getByRole('button', { name: 'Изпращане на връзка' }));

  const heading = await screen.findByRole('heading', { level: 1, name: 'Проверете имейла си' });
  expect(heading).toHaveFocus();
  expect(screen.getByText('Ако адресът nobody@example.org е регистриран, изпратихме на него връзка за нова парола.')).toBeInTheDocument();
  expect(await api.requests('POST /api/auth/password/forgot')[0].json()).toEqual({ email: 'nobody@example.org' });
});

test('a new password is set with the token from the link', async () => {
  const api = fakeApi({ 'POST /api/auth/refresh': noSession(), 'POST /api/auth/password/reset': json({ ok: true }) });
  renderApp('/reset-password?token=abcdefghijkl');
  const u = userEvent.setup();
  await u.type(await screen.findByLabelText('Нова парола'), 'нова дълга парола');
  await u.click(screen.getByRole('button', { name: 'Запазване на новата парола' }));

  expect(await screen.findByRole('heading', { level: 1, name: 'Паролата ви е сменена' })).toBeInTheDocument();
  expect(await api.requests('POST /api/auth/password/reset')[0].json()).toEqual({ token: 'abcdefghijkl', password: 'нова дълга парола' });
});
