import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import QRCode from 'qrcode';
import { apiError, fakeApi, json, noSession } from '../../../test/fetch';
import { municipalities, page } from '../../../test/fixtures';
import { renderApp } from '../../../test/render';
import { aMeeting } from './test-data';

function guestApi(register: Parameters<typeof fakeApi>[0][string], meeting = aMeeting()) {
  return fakeApi({
    'POST /api/auth/refresh': noSession(),
    'GET /api/meetings/mt1': json(meeting),
    'GET /api/municipalities': json(page([municipalities.haskovo, municipalities.krivaPalanka])),
    'GET /api/municipalities/haskovo': json(municipalities.haskovo),
    'POST /api/meetings/mt1/registrations': register,
  });
}

beforeEach(() => localStorage.clear());

async function fillIn(u: ReturnType<typeof userEvent.setup>) {
  await u.type(await screen.findByLabelText('Име и фамилия'), 'Стоянка Илиева');
  await u.type(screen.getByLabelText('Имейл адрес'), 'stoyanka@example.org');
  await u.type(screen.getByLabelText('Населено място, в което живеете'), 'Крива Паланка');
  await u.selectOptions(screen.getByLabelText(/^Община/), 'kriva-palanka');
  await u.type(screen.getByLabelText(/^Организация/), 'Читалище „Просвета“');
  await u.click(screen.getByRole('radio', { name: 'Неправителствена организация' }));
}

test('a guest registers and sees the code large, with what happens next', async () => {
  const api = guestApi(json({ id: 'r9', meetingId: 'mt1', code: 'K7M4XQ', status: 'registered', waitlistPosition: null, checkedInDays: [] }, 201));
  renderApp('/meetings/mt1/register');
  const u = userEvent.setup();

  expect(await screen.findByRole('heading', { level: 1, name: 'Регистрация за срещата' })).toBeInTheDocument();
  await fillIn(u);
  // choosing a municipality on the platform sets its country
  expect(screen.getByLabelText('Държава')).toHaveValue('MK');
  await u.click(screen.getByRole('button', { name: 'Регистрация' }));

  const heading = await screen.findByRole('heading', { level: 1, name: 'Регистрирани сте' });
  expect(heading).toHaveFocus();
  expect(screen.getByText('K7M-4XQ')).toHaveClass('registration-code');
  // the QR code of the plain code, drawn in the browser, named for a screen reader
  const qr = screen.getByRole('img', { name: 'QR код на регистрацията: K7M-4XQ' });
  await waitFor(() => expect(qr.querySelector('svg')).not.toBeNull());
  // the plain code (what the check-in page takes from a scanner), not the dashed one: 21 modules and a margin
  expect(qr.querySelector('svg')).toHaveAttribute('viewBox', '0 0 23 23');
  const drawn = [...qr.querySelectorAll('path')].map((p) => p.getAttribute('d'));
  const expected = [...(await QRCode.toString('K7M4XQ', { type: 'svg', margin: 1, errorCorrectionLevel: 'M' })).matchAll(/ d="([^"]+)"/g)].map((m) => m[1]);
  expect(drawn).toEqual(expected);
  expect(qr).toHaveAccessibleDescription('На входа кодът може и да се прочете на глас или да се напише.');
  expect(screen.getByText('Изпратихме кода и на stoyanka@example.org.')).toBeInTheDocument();
  expect(screen.getByText(/откажете регистрацията с връзката в имейла/)).toBeInTheDocument();

  const [request] = api.requests('POST /api/meetings/mt1/registrations');
  expect(request.headers.get('Idempotency-Key')).toBeTruthy();
  expect(await request.json()).toEqual({
    name: 'Стоянка Илиева',
    email: 'stoyanka@example.org',
    homeSettlement: 'Крива Паланка',
    homeMunicipalityId: 'kriva-palanka',
    country: 'MK',
    organizationName: 'Читалище „Просвета“',
    category: 'ngo',
  });
});

test('what is missing is said before anything is sent', async () => {
  const api = guestApi(json({}, 201));
  renderApp('/meetings/mt1/register');
  const u = userEvent.setup();
  await u.click(await screen.findByRole('button', { name: 'Регистрация' }));

  const summary = await screen.findByRole('alert');
  expect(within(summary).getAllByRole('link').map((l) => l.textContent)).toEqual([
    'Напишете име и фамилия',
    'Напишете имейл адрес',
    'Напишете населеното място, в което живеете',
    'Изберете в какво качество идвате',
  ]);
  expect(screen.getByLabelText('Имейл адрес')).toHaveAttribute('aria-invalid', 'true');
  expect(api.requests('POST /api/meetings/mt1/registrations')).toHaveLength(0);
});

test('a full meeting says so before and after: the registrant is on the waiting list, with their place in it', async () => {
  guestApi(json({ id: 'r9', meetingId: 'mt1', code: 'P3R7ZT', status: 'waitlisted', waitlistPosition: 3, checkedInDays: [] }, 201), aMeeting({ seatsLeft: 0, counts: { registered: 60, waitlisted: 2, pending: 0, attended: 0 } }));
  renderApp('/meetings/mt1/register');
  const u = userEvent.setup();

  expect(await screen.findByText('Местата са заети')).toBeInTheDocument();
  await fillIn(u);
  await u.click(screen.getByRole('button', { name: 'Записване в листата на чакащите' }));

  expect(await screen.findByRole('heading', { level: 1, name: 'В листата на чакащите сте' })).toHaveFocus();
  expect(screen.getByText('Вашето място в листата: 3.')).toBeInTheDocument();
  expect(screen.getByText('P3R-7ZT')).toBeInTheDocument();
  // no place yet: no QR code to show at the door
  expect(screen.queryByRole('img', { name: /QR/ })).toBeNull();
  expect(screen.getByText(/Ако се освободи място, регистрацията ви се потвърждава сама/)).toBeInTheDocument();
});

test('registration that closed meanwhile (409 registration_closed) is explained, and what was typed is kept', async () => {
  guestApi(apiError(409, 'registration_closed', 'Регистрацията за тази среща е затворена.', undefined, { reason: 'deadline_passed' }));
  renderApp('/meetings/mt1/register');
  const u = userEvent.setup();
  await fillIn(u);
  await u.click(screen.getByRole('button', { name: 'Регистрация' }));

  expect(await screen.findByRole('alert')).toHaveTextContent('Регистрацията за тази среща е затворена.');
  expect(screen.getByText('Срокът за регистрация изтече')).toBeInTheDocument();
  expect(screen.getByText('Докато попълвахте формуляра, регистрацията беше затворена.')).toBeInTheDocument();
  expect(screen.getByLabelText('Име и фамилия')).toHaveValue('Стоянка Илиева');
});

test('a meeting whose registration is closed shows why instead of the form', async () => {
  guestApi(json({}, 201), aMeeting({ registration: { open: true, opensAt: '2026-12-01T08:00:00.000Z', closesAt: null, requireApproval: false, isOpen: false, closedReason: 'not_yet_open' } }));
  renderApp('/meetings/mt1/register');
  expect(await screen.findByText('Регистрацията още не е отворена')).toBeInTheDocument();
  // in the municipality's time zone (Europe/Sofia), whatever the browser's
  expect(await screen.findByText('Регистрацията започва на 1 декември 2026 г. в 10:00.')).toBeInTheDocument();
  expect(screen.queryByRole('button', { name: 'Регистрация' })).not.toBeInTheDocument();
});

test('every country can be chosen, named in the reader’s language, with Bulgaria and North Macedonia first', async () => {
  const api = guestApi(json({ id: 'r9', meetingId: 'mt1', code: 'K7M4XQ', status: 'registered', waitlistPosition: null, checkedInDays: [] }, 201));
  renderApp('/meetings/mt1/register');
  const u = userEvent.setup();
  await fillIn(u);
  const country = screen.getByRole('combobox', { name: 'Държава' });
  const names = within(country).getAllByRole('option').map((o) => o.textContent);
  expect(names.slice(0, 2)).toEqual(['България', 'Северна Македония']);
  expect(names.length).toBeGreaterThanOrEqual(249);
  expect(names).toEqual(expect.arrayContaining(['Германия', 'Япония', 'Бразилия', 'Нова Зеландия']));
  await u.selectOptions(country, 'Германия');
  await u.click(screen.getByRole('button', { name: 'Регистрация' }));
  await screen.findByRole('heading', { level: 1, name: 'Регистрирани сте' });
  expect(await api.requests('POST /api/meetings/mt1/registrations')[0].json()).toMatchObject({ country: 'DE' });
});

test('in English the countries are English names, sorted in English, ours first', async () => {
  guestApi(json({}, 201));
  renderApp('/meetings/mt1/register', { language: 'en' });
  const country = await screen.findByRole('combobox', { name: 'Country' });
  const names = within(country).getAllByRole('option').map((o) => o.textContent ?? '');
  expect(names.slice(0, 2)).toEqual(['Bulgaria', 'North Macedonia']);
  expect(names.slice(2)).toEqual([...names.slice(2)].sort(new Intl.Collator('en-GB').compare));
  await userEvent.setup().selectOptions(country, 'Germany');
  expect(country).toHaveValue('DE');
});
