import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { apiError, fakeApi, json } from '../../../test/fetch';
import { aMe, municipalities, page, signedIn } from '../../../test/fixtures';
import { renderApp } from '../../../test/render';
import { aMeeting } from './test-data';

const officer = aMe({ staff: [{ municipalityId: 'm1', municipalitySlug: 'haskovo', role: 'officer' }] });
// the check-in page counts "today" in the municipality: make today a day of the meeting
const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Sofia', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
const meeting = aMeeting({ canManage: true, days: [today], startsAt: `${today}T08:00:00.000Z`, endsAt: `${today}T11:00:00.000Z` });

function officerApi(checkIn: Parameters<typeof fakeApi>[0][string], extra: Parameters<typeof fakeApi>[0] = {}) {
  return fakeApi({
    'POST /api/auth/refresh': json(signedIn),
    'GET /api/me': json(officer),
    'GET /api/meetings/mt1': json(meeting),
    'GET /api/municipalities': json(page([municipalities.haskovo])),
    'GET /api/municipalities/haskovo': json(municipalities.haskovo),
    'POST /api/meetings/mt1/check-in': checkIn,
    ...extra,
  });
}

beforeEach(() => localStorage.clear());

test('a code typed (or scanned) and Enter checks the person in, greets them by name, and the field is ready for the next', async () => {
  const api = officerApi([
    json({ registrationId: 'r1', code: 'K7M4XQ', name: 'Мария Петрова', organizationName: 'Читалище „Просвета“', category: 'ngo', day: today, checkedInDays: [today] }),
    apiError(409, 'already_checked_in', 'Този код вече е отбелязан за днес.', undefined, { day: today, at: `${today}T07:52:00.000Z`, name: 'Мария Петрова' }),
    apiError(404, 'not_found', 'Не е намерено.'),
  ]);
  renderApp('/officer/meetings/mt1/check-in');
  const u = userEvent.setup();

  expect(await screen.findByRole('heading', { level: 1, name: 'Регистриране на входа' })).toBeInTheDocument();
  const input = await screen.findByLabelText('Код от регистрацията');
  expect(input).toHaveFocus();
  // a scanner types the code and presses Enter
  await u.type(input, 'k7m-4xq{Enter}');

  expect(await screen.findByText('✓ Отбелязан(а)')).toBeInTheDocument();
  expect(screen.getByText('Мария Петрова', { selector: '.checkin-result__name' })).toBeInTheDocument();
  expect(screen.getByText('Читалище „Просвета“')).toBeInTheDocument();
  expect(input).toHaveValue('');
  expect(input).toHaveFocus();
  expect(await api.requests('POST /api/meetings/mt1/check-in')[0].json()).toEqual({ code: 'k7m-4xq', day: today });
  expect(within(screen.getByRole('region', { name: 'Последно отбелязани' })).getByText('Мария Петрова')).toBeInTheDocument();

  // the same code again: said plainly, with the time of the first check-in
  await u.type(input, 'K7M4XQ{Enter}');
  expect(await screen.findByText('Вече е отбелязан(а)')).toBeInTheDocument();
  expect(screen.getByText('Кодът K7M-4XQ е отбелязан за този ден в 09:52 ч.')).toBeInTheDocument();
  expect(screen.getByText('Не е нужно да се отбелязва отново.')).toBeInTheDocument();

  // a code nobody has
  await u.type(input, 'ZZZ999{Enter}');
  expect(await screen.findByText('Няма такъв код')).toBeInTheDocument();
  expect(screen.getByText('Няма регистрация с код „ZZZ999“ за тази среща. Проверете кода.')).toBeInTheDocument();
  expect(screen.getByRole('link', { name: 'Регистрирайте човека на място' })).toHaveAttribute('href', '#walk-in-title');
  expect(screen.queryByText('Вече е отбелязан(а)')).not.toBeInTheDocument();
  expect(input).toHaveFocus();
});

test('a walk-in is registered and checked in at once, and gets a code', async () => {
  const api = officerApi(json({}), { 'POST /api/meetings/mt1/registrations': json({ id: 'r9', meetingId: 'mt1', code: 'W4LK1N', status: 'registered', waitlistPosition: null, checkedInDays: [today] }, 201) });
  renderApp('/officer/meetings/mt1/check-in');
  const u = userEvent.setup();
  const walkIn = await screen.findByRole('region', { name: 'Регистрация на място' });
  await u.type(within(walkIn).getByLabelText('Име и фамилия'), 'Петър Стоянов');
  await u.type(within(walkIn).getByLabelText('Населено място, в което живеете'), 'Харманли');
  await u.click(within(walkIn).getByRole('radio', { name: 'Гражданин' }));
  await u.click(within(walkIn).getByRole('button', { name: 'Регистриране и отбелязване' }));

  const result = (await screen.findByText('✓ Регистриран(а) на място и отбелязан(а)')).closest('.checkin-result') as HTMLElement;
  expect(within(result).getByText('Петър Стоянов')).toBeInTheDocument();
  expect(within(result).getByText('W4L-K1N')).toBeInTheDocument();
  expect(await api.requests('POST /api/meetings/mt1/registrations')[0].json()).toEqual({ name: 'Петър Стоянов', homeSettlement: 'Харманли', country: 'BG', category: 'citizen', day: today, walkIn: true });
  expect(within(walkIn).getByLabelText('Име и фамилия')).toHaveValue('');
  expect(screen.getByLabelText('Код от регистрацията')).toHaveFocus();
});
