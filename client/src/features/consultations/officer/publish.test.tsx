import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { apiError, fakeApi, json } from '../../../../test/fetch';
import { anOfficersConsultation, aMe, municipalities, signedIn } from '../../../../test/fixtures';
import { renderApp } from '../../../../test/render';
import { todayIn } from '../../../lib/format';

const officer = aMe({ staff: [{ municipalityId: 'm1', municipalitySlug: 'haskovo', role: 'officer' }] });
const draft = anOfficersConsultation({ status: 'draft', publishedAt: null, opensAt: null, closesAt: null, lastDay: null, publishOn: null, version: 0 });
const published = anOfficersConsultation({ lastDay: '2026-04-14', movedFrom: '2026-04-10' });

/** The legal calculator: 30 days from 11 March 2026 end on Good Friday and move over Easter. */
function deadline(request: Request) {
  const q = new URL(request.url).searchParams;
  const periodDays = Number(q.get('periodDays'));
  const base = { publishOn: q.get('publishOn'), periodDays, opensAt: '2026-03-11T22:00:00.000Z', minimumDays: 30, calendarComplete: true };
  if (periodDays === 30) {
    return json({
      ...base,
      closesAt: '2026-04-14T20:59:59.999Z',
      lastDay: '2026-04-14',
      movedFrom: '2026-04-10',
      reason: '2026-04-10: Велики петък; 2026-04-11: събота; 2026-04-12: Великден; 2026-04-13: Великден',
      skippedDays: [
        { date: '2026-04-10', kind: 'holiday', name: { bg: 'Велики петък', en: 'Good Friday' } },
        { date: '2026-04-11', kind: 'weekend', name: { bg: 'събота', en: 'Saturday' } },
        { date: '2026-04-12', kind: 'holiday', name: { bg: 'Великден', en: 'Easter Sunday' } },
        { date: '2026-04-13', kind: 'holiday', name: { bg: 'Великден (втори ден)', en: 'Easter Monday' } },
      ],
      periodAllowed: true,
    });
  }
  return json({ ...base, closesAt: '2026-03-31T20:59:59.999Z', lastDay: '2026-03-31', skippedDays: [], periodAllowed: periodDays >= 30 });
}

function officerApi(routes: Parameters<typeof fakeApi>[0] = {}) {
  return fakeApi({
    'POST /api/auth/refresh': json(signedIn),
    'GET /api/me': json(officer),
    'GET /api/consultations/c1': json(draft),
    'GET /api/municipalities/haskovo': json(municipalities.haskovo),
    'GET /api/consultations/c1/deadline': deadline,
    ...routes,
  });
}

beforeEach(() => localStorage.clear());

test('before publishing, the officer sees the legal last day, moved over Easter with the reasons, and it follows the period', async () => {
  const api = officerApi();
  renderApp('/officer/consultations/c1/publish');

  const preview = await screen.findByRole('region', { name: 'Изчислен срок' });
  expect(await within(preview).findByText(/Последният ден за предложения е вторник, 14 април 2026 г\./)).toBeInTheDocument();
  expect(preview).toHaveTextContent(
    '(преместен от 10 април 2026 г.: 10 април – Велики петък, 11 април – събота, 12 април – Великден и 13 април – Великден (втори ден)).',
  );
  // published today: open at once; the law counts the 30 days from tomorrow
  expect(preview).toHaveTextContent(/предложения се приемат веднага след публикуването\. Срокът започва да тече на \d+ \S+ \d{4} г\. и е 30 дни\./);
  const first = new URL(api.requests('GET /api/consultations/c1/deadline')[0].url).searchParams;
  expect(first.get('publishOn')).toBe(todayIn('Europe/Sofia'));
  expect(first.get('periodDays')).toBe('30');

  const u = userEvent.setup();
  const period = screen.getByLabelText('Срок за предложения (дни)');
  await u.clear(period);
  await u.type(period, '20');

  expect(await within(preview).findByText(/Последният ден за предложения е вторник, 31 март 2026 г\./)).toBeInTheDocument();
  expect(within(preview).getByText('Срокът е по-кратък от законовия минимум')).toBeInTheDocument();
  expect(within(preview).getByText(/Срок от 20 дни е по-кратък от минимума от 30 дни/)).toBeInTheDocument();
  expect(new URL(api.requests('GET /api/consultations/c1/deadline').at(-1)!.url).searchParams.get('periodDays')).toBe('20');
});

test('warns the officer when the holiday calendar of the period is not complete', async () => {
  const bajram = (request: Request) => {
    const q = new URL(request.url).searchParams;
    return json({ publishOn: q.get('publishOn'), periodDays: Number(q.get('periodDays')), opensAt: '2036-03-01T23:00:00.000Z', closesAt: '2036-03-23T22:59:59.999Z', lastDay: '2036-03-23', skippedDays: [], minimumDays: 20, periodAllowed: true, calendarComplete: false });
  };
  officerApi({ 'GET /api/consultations/c1/deadline': bajram });
  renderApp('/officer/consultations/c1/publish');
  const preview = await screen.findByRole('region', { name: 'Изчислен срок' });
  expect(await within(preview).findByText('Проверете последния ден')).toBeInTheDocument();
  expect(preview).toHaveTextContent('Календарът на празниците за 2036 г. не е пълен, затова изчисленият последен ден може да пропуска празник.');
});

test('the complete calendar gives no warning', async () => {
  officerApi();
  renderApp('/officer/consultations/c1/publish');
  const preview = await screen.findByRole('region', { name: 'Изчислен срок' });
  await within(preview).findByText(/Последният ден за предложения е/);
  expect(within(preview).queryByText('Проверете последния ден')).not.toBeInTheDocument();
});

test('a publication scheduled for a later day says it opens at 00:00 that day, and from when the law counts', async () => {
  officerApi();
  renderApp('/officer/consultations/c1/publish');
  const preview = await screen.findByRole('region', { name: 'Изчислен срок' });
  await within(preview).findByText(/Последният ден за предложения е/);

  const u = userEvent.setup();
  const day = screen.getByLabelText('Ден на публикуване');
  await u.clear(day);
  await u.type(day, '2099-03-11');
  expect(await within(preview).findByText(/предложения се приемат от 00:00 ч\. на този ден\. Срокът започва да тече на 12 март 2099 г\. и е 30 дни\./)).toBeInTheDocument();
  expect(preview).toHaveTextContent('Публикуване — сряда, 11 март 2099 г.');
});

test('422 period_too_short is shown at the period, with what to do about it, and nothing is published', async () => {
  const api = officerApi({
    'PATCH /api/consultations/c1': json({ ...draft, periodDays: 20 }),
    'POST /api/consultations/c1/publish': apiError(422, 'period_too_short', 'Срокът за обществено обсъждане е по-кратък от законовия минимум.', undefined, {
      periodDays: 20,
      minimumDays: 30,
      fullDays: 30,
      shortenedReasonGiven: false,
    }),
  });
  const { router } = renderApp('/officer/consultations/c1/publish');
  const u = userEvent.setup();
  const period = await screen.findByLabelText('Срок за предложения (дни)');
  await u.clear(period);
  await u.type(period, '20');
  await u.click(screen.getByRole('button', { name: 'Публикуване' }));

  const message = 'Срокът трябва да е поне 30 дни. По-кратък срок е допустим само ако посочите причините за него в полето „Причини за по-кратък срок“.';
  const summary = await screen.findByRole('alert');
  expect(within(summary).getByRole('link', { name: message })).toHaveAttribute('href', '#publish-period-days');
  expect(screen.getByLabelText('Срок за предложения (дни)')).toHaveAccessibleDescription(expect.stringContaining(message));
  expect(router.state.location.pathname).toBe('/officer/consultations/c1/publish');
  expect(await api.requests('PATCH /api/consultations/c1')[0].json()).toEqual({ periodDays: 20, shortenedReason: null });
});

test('422 motives_incomplete names the missing items and links to the draft', async () => {
  officerApi({
    'POST /api/consultations/c1/publish': apiError(422, 'motives_incomplete', 'Мотивите трябва да съдържат и петте елемента по чл. 28, ал. 2 ЗНА.', undefined, {
      missing: ['objectives', 'euCompliance'],
    }),
  });
  renderApp('/officer/consultations/c1/publish');
  const u = userEvent.setup();
  await u.click(await screen.findByRole('button', { name: 'Публикуване' }));

  expect(await screen.findByRole('alert')).toHaveTextContent('Мотивите трябва да съдържат и петте елемента по чл. 28, ал. 2 ЗНА.');
  const notice = screen.getByText('Мотивите към наредбата не са пълни').parentElement!;
  expect(within(notice).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Цели, които се поставят', 'Съответствие с правото на Европейския съюз']);
  expect(within(notice).getByRole('link', { name: 'Допълнете мотивите в черновата' })).toHaveAttribute('href', '/officer/consultations/c1/edit');
});

test('publishing goes to the consultation and says the last day', async () => {
  const api = officerApi({ 'POST /api/consultations/c1/publish': json(published) });
  const { router } = renderApp('/officer/consultations/c1/publish');
  const u = userEvent.setup();
  await screen.findByText(/Последният ден за предложения е вторник, 14 април 2026 г\./);
  await u.click(screen.getByRole('button', { name: 'Публикуване' }));

  expect(await screen.findByText('Обсъждането е публикувано. Последен ден за предложения — вторник, 14 април 2026 г.')).toBeInTheDocument();
  expect(router.state.location.pathname).toBe('/officer/consultations/c1');
  expect(await api.requests('POST /api/consultations/c1/publish')[0].json()).toEqual({ publishOn: todayIn('Europe/Sofia') });
  expect(api.sent()).not.toContain('PATCH /api/consultations/c1');
});
