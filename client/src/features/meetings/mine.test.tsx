import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { apiError, fakeApi, json, noSession } from '../../../test/fetch';
import { aMe, municipalities, signedIn } from '../../../test/fixtures';
import { renderApp } from '../../../test/render';
import { aMeeting } from './test-data';

beforeEach(() => localStorage.clear());

const upcoming = { id: 'r1', meetingId: 'mt1', meetingTitle: { bg: 'Публичен форум: младите хора в Хасково' }, startsAt: '2099-12-08T08:00:00.000Z', endsAt: '2099-12-08T11:00:00.000Z', location: { bg: 'Хасково, Младежки дом' }, meetingStatus: 'scheduled', municipalitySlug: 'haskovo', timeZone: 'Europe/Sofia', code: 'K7M4XQ', status: 'registered', checkedInDays: [] };

test('my registrations show the code in the meeting’s own time, and cancelling asks once more', async () => {
  const api = fakeApi({
    'POST /api/auth/refresh': json(signedIn),
    'GET /api/me': json(aMe()),
    'GET /api/me/registrations': [json({ items: [upcoming] }), json({ items: [{ ...upcoming, status: 'cancelled' }] })],
    'GET /api/meetings/mt1': json(aMeeting()),
    'GET /api/municipalities/haskovo': json(municipalities.haskovo),
    'POST /api/registrations/r1/cancel': json({ id: 'r1', meetingId: 'mt1', status: 'cancelled' }),
  });
  renderApp('/me/registrations');
  const u = userEvent.setup();

  const item = (await screen.findByRole('link', { name: 'Публичен форум: младите хора в Хасково' })).closest('li')!;
  expect(within(item).getByText('K7M-4XQ')).toBeInTheDocument();
  expect(await within(item).findByText(/вторник, 8 декември 2099 г\., 10:00–13:00/)).toBeInTheDocument();
  // the time zone comes with the registration: no request per meeting
  expect(api.sent()).not.toContain('GET /api/meetings/mt1');
  // the QR code for the door, behind a button so that the list stays short on a phone
  const show = within(item).getByRole('button', { name: 'Покажи QR кода — Публичен форум: младите хора в Хасково' });
  expect(show).toHaveAttribute('aria-expanded', 'false');
  expect(within(item).queryByRole('img', { name: /QR/ })).toBeNull();
  await u.click(show);
  expect(show).toHaveAttribute('aria-expanded', 'true');
  expect(show).toHaveAccessibleName('Скрий QR кода — Публичен форум: младите хора в Хасково');
  const qr = within(item).getByRole('img', { name: 'QR код на регистрацията: K7M-4XQ' });
  await waitFor(() => expect(qr.querySelector('svg path')).not.toBeNull());
  expect(qr).toHaveAccessibleDescription('На входа кодът може и да се прочете на глас или да се напише.');
  expect(document.getElementById(show.getAttribute('aria-controls')!)).toContainElement(qr);
  await u.click(show);
  expect(within(item).queryByRole('img', { name: /QR/ })).toBeNull();
  await u.click(within(item).getByRole('button', { name: /Отказване/ }));
  expect(within(item).getByText(/Мястото ще бъде дадено на следващия в листата на чакащите/)).toBeInTheDocument();
  await u.click(within(item).getByRole('button', { name: 'Да, откажи' }));

  expect(await screen.findByText('Регистрацията за „Публичен форум: младите хора в Хасково“ е отказана.')).toBeInTheDocument();
  expect(api.requests('POST /api/registrations/r1/cancel')).toHaveLength(1);
  expect(await screen.findByText('Отказан')).toBeInTheDocument();
});

test('the link from the e-mail cancels only when the registrant confirms, and a bad link is explained', async () => {
  const api = fakeApi({
    'POST /api/auth/refresh': noSession(),
    'POST /api/registrations/cancel': [json({ id: 'r1', meetingId: 'mt1', status: 'cancelled' })],
  });
  const { unmount } = renderApp('/registrations/cancel?token=abcdefghijklmnop');
  const u = userEvent.setup();
  expect(await screen.findByRole('heading', { level: 1, name: 'Отказване на регистрация' })).toBeInTheDocument();
  expect(api.requests('POST /api/registrations/cancel')).toHaveLength(0);
  await u.click(screen.getByRole('button', { name: 'Отказване на регистрацията' }));
  expect(await screen.findByRole('heading', { level: 1, name: 'Регистрацията е отказана' })).toHaveFocus();
  expect(await api.requests('POST /api/registrations/cancel')[0].json()).toEqual({ token: 'abcdefghijklmnop' });
  expect(screen.getByRole('link', { name: 'Към срещата' })).toHaveAttribute('href', '/meetings/mt1');
  unmount();

  fakeApi({ 'POST /api/auth/refresh': noSession(), 'POST /api/registrations/cancel': apiError(400, 'invalid_token', 'Връзката е невалидна или е изтекла.') });
  renderApp('/registrations/cancel?token=wrongwrongwrong');
  await u.click(await screen.findByRole('button', { name: 'Отказване на регистрацията' }));
  expect(await screen.findByText('Връзката не е валидна')).toBeInTheDocument();
});

test('a QR code is offered only for a place at a meeting still ahead', async () => {
  const waiting = { ...upcoming, id: 'r2', meetingTitle: { bg: 'Среща на чакащите' }, code: 'P3R7ZT', status: 'waitlisted' };
  const past = { ...upcoming, id: 'r3', meetingTitle: { bg: 'Минала среща' }, code: 'A1B2C3', startsAt: '2020-12-08T08:00:00.000Z', endsAt: '2020-12-08T11:00:00.000Z', checkedInDays: ['2020-12-08'] };
  fakeApi({
    'POST /api/auth/refresh': json(signedIn),
    'GET /api/me': json(aMe()),
    'GET /api/me/registrations': json({ items: [upcoming, waiting, past] }),
    'GET /api/meetings/mt1': json(aMeeting()),
    'GET /api/municipalities/haskovo': json(municipalities.haskovo),
  });
  renderApp('/me/registrations');
  await screen.findByRole('link', { name: 'Минала среща' });
  expect(screen.getAllByRole('button', { name: /^Покажи QR кода/ }).map((b) => b.textContent)).toEqual(['Покажи QR кода — Публичен форум: младите хора в Хасково']);
});
