import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { empty, fakeApi, json } from '../../../test/fetch';
import { aMe, signedIn } from '../../../test/fixtures';
import { renderApp } from '../../../test/render';

beforeEach(() => localStorage.clear());

test('saving the profile sends the changes; a new language switches the site too', async () => {
  const api = fakeApi({
    'POST /api/auth/refresh': json(signedIn),
    'GET /api/me': json(aMe()),
    'PATCH /api/me': async (request) => json({ ...aMe(), ...(await request.json()) }),
  });
  renderApp('/me');
  const u = userEvent.setup();
  const settlement = await screen.findByLabelText(/Населено място, в което живеете/);
  await u.clear(settlement);
  await u.type(settlement, 'Крива Паланка');
  await u.click(screen.getByRole('radio', { name: 'Северна Македония' }));
  await u.click(screen.getByRole('radio', { name: 'Македонски' }));
  await u.click(screen.getByRole('button', { name: 'Запазване на промените' }));

  expect(await screen.findByText('Промените се зачувани.')).toBeInTheDocument();
  expect(document.documentElement.lang).toBe('mk');
  expect(await api.requests('PATCH /api/me')[0].json()).toEqual({
    displayName: 'Мария Петрова',
    homeSettlement: 'Крива Паланка',
    country: 'MK',
    locale: 'mk',
  });
});

test('the single-key shortcuts are turned off in the profile, and the answer says so', async () => {
  const api = fakeApi({
    'POST /api/auth/refresh': json(signedIn),
    'GET /api/me': json(aMe({ keyboardShortcuts: true })),
    'PATCH /api/me': async (request) => json({ ...aMe(), ...(await request.json()) }),
  });
  renderApp('/me');
  const u = userEvent.setup();
  expect(await screen.findByRole('heading', { level: 2, name: 'Клавишни команди' })).toBeInTheDocument();
  const box = screen.getByRole('checkbox', { name: 'Команди с един клавиш' });
  expect(box).toBeChecked();
  await u.click(box);
  await u.click(screen.getByRole('button', { name: 'Запазване на настройката' }));

  expect(await screen.findByText('Командите с един клавиш са изключени.')).toBeInTheDocument();
  expect(await api.requests('PATCH /api/me')[0].json()).toEqual({ keyboardShortcuts: false });
  expect(screen.getByRole('checkbox', { name: 'Команди с един клавиш' })).not.toBeChecked();
});

test('deleting the account explains what happens, then signs the person out', async () => {
  const api = fakeApi({
    'POST /api/auth/refresh': json(signedIn),
    'GET /api/me': json(aMe()),
    'DELETE /api/me': empty(),
  });
  renderApp('/me');
  const u = userEvent.setup();
  await u.click(await screen.findByRole('link', { name: 'Изтриване на профила ми' }));

  expect(await screen.findByRole('heading', { level: 1, name: 'Изтриване на профила' })).toBeInTheDocument();
  expect(screen.getByText(/остават в публичния регистър/)).toBeInTheDocument();
  // what the personal-data registry keeps and removes, in the person's words
  expect(screen.getByText('сигналите ви за злоупотреба ще бъдат премахнати;')).toBeInTheDocument();
  expect(screen.getByText(/името ви остава в състава му/)).toBeInTheDocument();
  expect(screen.getByText('Изтриването не може да бъде отменено.')).toBeInTheDocument();
  expect(api.sent()).not.toContain('DELETE /api/me');

  await u.click(screen.getByRole('button', { name: 'Да, изтрийте профила ми' }));
  expect(await screen.findByRole('heading', { level: 1, name: 'Профилът ви е изтрит' })).toBeInTheDocument();
  expect(screen.getByRole('link', { name: 'Вход' })).toBeInTheDocument();
  expect(screen.queryByRole('button', { name: 'Изход' })).not.toBeInTheDocument();
});
