import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { apiError, fakeApi, json, noSession } from '../../test/fetch';
import { renderApp } from '../../test/render';

const municipalities = {
  items: [
    { id: 'm1', slug: 'haskovo', name: { bg: 'Хасково', en: 'Haskovo', mk: 'Хасково' }, country: 'BG', timeZone: 'Europe/Sofia', defaultLocale: 'bg' },
    { id: 'm2', slug: 'kriva-palanka', name: { mk: 'Крива Паланка' }, country: 'MK', timeZone: 'Europe/Skopje', defaultLocale: 'mk' },
  ],
  nextCursor: null,
};

beforeEach(() => {
  localStorage.clear();
  document.documentElement.lang = '';
});

test('switching the language translates the page, sets <html lang>, remembers it and is sent to the API', async () => {
  const api = fakeApi({
    'POST /api/auth/refresh': noSession(),
    'GET /api/municipalities': json(municipalities),
    'POST /api/auth/login': apiError(401, 'invalid_credentials', 'Wrong e-mail or password.'),
  });
  renderApp('/', { language: null });
  expect(document.documentElement.lang).toBe('bg');
  expect(await screen.findByText('Хасково')).toBeInTheDocument();

  const u = userEvent.setup();
  const switcher = screen.getByRole('group', { name: 'Език на сайта' });
  await u.click(within(switcher).getByRole('button', { name: 'English' }));

  expect(document.documentElement.lang).toBe('en');
  expect(localStorage.getItem('sabor.language')).toBe('en');
  expect(screen.getByRole('heading', { level: 1, name: 'Welcome to Sabor' })).toBeInTheDocument();
  expect(within(screen.getByRole('group', { name: 'Site language' })).getByRole('button', { name: 'English' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  expect(screen.getByRole('heading', { name: 'Haskovo' })).toBeInTheDocument();
  // no English name: the municipality's own language, marked as such for screen readers
  expect(screen.getByRole('heading', { name: 'Крива Паланка' })).toHaveAttribute('lang', 'mk');
  expect(screen.getByText('North Macedonia')).toBeInTheDocument();

  await u.click(screen.getByRole('link', { name: 'Sign in' }));
  await u.type(await screen.findByLabelText('E-mail address'), 'maria@example.org');
  await u.type(screen.getByLabelText('Password'), 'wrong password');
  await u.click(screen.getByRole('button', { name: 'Sign in' }));
  expect(await screen.findByText('Wrong e-mail or password.')).toBeInTheDocument();
  expect(api.requests('POST /api/auth/login')[0].headers.get('Accept-Language')).toBe('en');
});

test('the remembered language is used on the next visit, from the first request on', async () => {
  localStorage.setItem('sabor.language', 'mk');
  const api = fakeApi({ 'POST /api/auth/refresh': noSession(), 'GET /api/municipalities': json(municipalities) });
  renderApp('/', { language: null });

  expect(document.documentElement.lang).toBe('mk');
  expect(screen.getByRole('heading', { level: 1, name: 'Добредојдовте во Собор' })).toBeInTheDocument();
  expect(await screen.findByText('Бугарија')).toBeInTheDocument();
  expect(api.requests('POST /api/auth/refresh')[0].headers.get('Accept-Language')).toBe('mk');
  expect(api.requests('GET /api/municipalities')[0].headers.get('Accept-Language')).toBe('mk');
});
