import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { apiError, fakeApi, json, noSession } from '../../../test/fetch';
import { renderApp } from '../../../test/render';

const user = {
  id: 'u1',
  email: 'maria@example.org',
  displayName: 'Мария Петрова',
  locale: 'bg',
  homeSettlement: null,
  country: null,
  emailVerified: false,
  isAdmin: false,
  createdAt: '2026-03-02T10:00:00.000Z',
};

beforeEach(() => localStorage.clear());

async function fillInAndSubmit() {
  const u = userEvent.setup();
  await u.type(await screen.findByLabelText('Имейл адрес'), 'maria@example.org');
  await u.type(screen.getByLabelText('Парола'), 'дълга парола за проба');
  await u.type(screen.getByLabelText('Име, което другите ще виждат'), 'Мария Петрова');
  await u.click(screen.getByRole('button', { name: 'Създаване на профил' }));
  return u;
}

test('a 400 validation_failed answer is shown in a focused error summary and next to each field', async () => {
  const api = fakeApi({
    'POST /api/auth/refresh': noSession(),
    'POST /api/auth/register': apiError(400, 'validation_failed', 'Някои полета са попълнени неправилно.', [
      { field: 'email', messages: ['Въведете валиден имейл адрес.'] },
      { field: 'displayName', messages: ['Текстът е твърде дълъг.'] },
    ]),
  });
  renderApp('/register');
  const u = await fillInAndSubmit();

  const summary = await screen.findByRole('alert');
  expect(within(summary).getByRole('heading', { name: 'Има проблем' })).toBeVisible();
  expect(document.activeElement).toContainElement(summary);
  const links = within(summary).getAllByRole('link');
  expect(links.map((l) => l.textContent)).toEqual(['Въведете валиден имейл адрес.', 'Текстът е твърде дълъг.']);

  const email = screen.getByLabelText('Имейл адрес');
  expect(email).toBeInvalid();
  expect(email).toHaveAccessibleDescription('Грешка: Въведете валиден имейл адрес.');
  const name = screen.getByLabelText('Име, което другите ще виждат');
  expect(name).toBeInvalid();
  expect(name).toHaveAccessibleDescription(/Грешка: Текстът е твърде дълъг\./);
  expect(screen.getByLabelText('Парола')).toBeValid();

  await u.click(within(summary).getByRole('link', { name: 'Текстът е твърде дълъг.' }));
  expect(name).toHaveFocus();

  const [request] = api.requests('POST /api/auth/register');
  expect(await request.json()).toEqual({
    email: 'maria@example.org',
    password: 'дълга парола за проба',
    displayName: 'Мария Петрова',
    locale: 'bg',
  });
});

test('obvious mistakes are caught before sending, with the summary linking to each field', async () => {
  const api = fakeApi({ 'POST /api/auth/refresh': noSession() });
  renderApp('/register');
  const u = userEvent.setup();
  await u.type(await screen.findByLabelText('Парола'), 'кратка');
  await u.click(screen.getByRole('button', { name: 'Създаване на профил' }));

  const summary = await screen.findByRole('alert');
  expect(document.activeElement).toContainElement(summary);
  expect(within(summary).getAllByRole('link').map((l) => l.getAttribute('href'))).toEqual([
    '#register-email',
    '#register-password',
    '#register-display-name',
  ]);
  expect(screen.getByLabelText('Парола')).toHaveAccessibleDescription(/Паролата трябва да е поне 10 знака/);
  expect(api.sent()).not.toContain('POST /api/auth/register');
});

test('registering leads to "check your e-mail", which says what happens when the address already has an account', async () => {
  fakeApi({
    'POST /api/auth/refresh': noSession(),
    'POST /api/auth/register': json({ user }, 201),
  });
  renderApp('/register');
  await fillInAndSubmit();

  expect(await screen.findByRole('heading', { level: 1, name: 'Проверете имейла си' })).toBeInTheDocument();
  expect(screen.getByText('Изпратихме писмо с връзка за потвърждение на maria@example.org.')).toBeInTheDocument();
  expect(screen.getByText(/Ако с този адрес вече има профил, писмото казва това и как да зададете нова парола/)).toBeInTheDocument();
});

test('too many registrations from one address: the message says when to try again', async () => {
  fakeApi({
    'POST /api/auth/refresh': noSession(),
    'POST /api/auth/register': json({ statusCode: 429, code: 'rate_limited', message: 'Твърде много опити. Опитайте отново по-късно.', details: { retryAfterSeconds: 1500 } }, 429),
  });
  renderApp('/register');
  await fillInAndSubmit();
  const summary = await screen.findByRole('alert');
  expect(summary).toHaveTextContent('Твърде много опити за кратко време. Опитайте отново след 25 минути.');
});

test('an invitation’s link to register leads, after the e-mail is verified in another tab, to signing in and on to the invitations', async () => {
  fakeApi({
    'POST /api/auth/refresh': noSession(),
    'POST /api/auth/register': json({ user }, 201),
    'POST /api/auth/verify-email': json({ ok: true }),
    'POST /api/auth/login': json({ accessToken: 'token-1', expiresIn: 900, user: { ...user, emailVerified: true } }),
    'GET /api/me/body-invitations': json({ items: [] }),
    'GET /api/me/invitations': json({ items: [] }),
  });
  renderApp('/register?next=%2Finvitations');
  expect(await screen.findByRole('link', { name: 'Влезте' })).toHaveAttribute('href', '/login?next=%2Finvitations');
  await fillInAndSubmit();
  expect(await screen.findByRole('heading', { level: 1, name: 'Проверете имейла си' })).toBeInTheDocument();
  expect(screen.getByRole('link', { name: 'Към входа' })).toHaveAttribute('href', '/login?next=%2Finvitations');
  cleanup();

  // the link in the e-mail opens a new tab: what the person was going to is kept in this browser
  renderApp('/verify-email?token=abcdefghijkl');
  expect(await screen.findByRole('heading', { level: 1, name: 'Имейл адресът ви е потвърден' })).toBeInTheDocument();
  expect(screen.getByRole('link', { name: 'Вход в профила' })).toHaveAttribute('href', '/login?next=%2Finvitations');
  cleanup();

  // signing in goes on to the invitations, and then nothing is kept
  const { router } = renderApp('/login?next=%2Finvitations');
  const u = userEvent.setup();
  await u.type(await screen.findByLabelText('Имейл адрес'), 'maria@example.org');
  await u.type(screen.getByLabelText('Парола'), 'дълга парола за проба');
  await u.click(screen.getByRole('button', { name: 'Вход' }));
  await waitFor(() => expect(router.state.location.pathname).toBe('/invitations'));
  expect(localStorage.getItem('sabor.next')).toBeNull();
});

test('a next= to another site is not kept', async () => {
  fakeApi({ 'POST /api/auth/refresh': noSession(), 'POST /api/auth/register': json({ user }, 201) });
  renderApp('/register?next=%2F%2Fevil.example%2Fphish');
  expect(await screen.findByRole('link', { name: 'Влезте' })).toHaveAttribute('href', '/login');
  await fillInAndSubmit();
  expect(await screen.findByRole('link', { name: 'Към входа' })).toHaveAttribute('href', '/login');
  expect(localStorage.getItem('sabor.next')).toBeNull();
});
