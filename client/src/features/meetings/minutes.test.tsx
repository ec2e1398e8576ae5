import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeApi, json } from '../../../test/fetch';
import { aMe, municipalities, page, signedIn } from '../../../test/fixtures';
import { renderApp } from '../../../test/render';
import { aMeeting } from './test-data';

const officer = aMe({ staff: [{ municipalityId: 'm1', municipalitySlug: 'haskovo', role: 'officer' }] });
const meeting = aMeeting({ canManage: true, startsAt: '2026-11-05T15:30:00.000Z', endsAt: '2026-11-05T17:30:00.000Z', days: ['2026-11-05'], counts: { registered: 14, waitlisted: 0, pending: 0, attended: 12 } });
const published = { version: 1, text: { bg: '## Протокол № 1\n\nПрисъстваха 12 души.' }, decisions: [{ text: { bg: 'Становище по чл. 8' }, responsible: 'Секретариат', due: '2026-12-01' }], attendeesCount: 12, note: null, publishedAt: '2026-11-07T10:00:00.000Z' };

function officerApi(routes: Parameters<typeof fakeApi>[0]) {
  return fakeApi({
    'POST /api/auth/refresh': json(signedIn),
    'GET /api/me': json(officer),
    'GET /api/meetings/mt1': json(meeting),
    'GET /api/municipalities': json(page([municipalities.haskovo])),
    'GET /api/municipalities/haskovo': json(municipalities.haskovo),
    ...routes,
  });
}

beforeEach(() => localStorage.clear());

test('the officer writes the minutes with a decision and publishes them after confirming', async () => {
  const draft = { text: { bg: 'Протокол № 1' }, decisions: [{ text: { bg: 'Становище по чл. 8' }, responsible: 'Секретариат', due: '2026-12-01' }], attendeesCount: 12, updatedAt: '2026-11-06T10:00:00.000Z' };
  const api = officerApi({
    'GET /api/meetings/mt1/minutes': json({ meetingId: 'mt1', draft: null, published: null, versions: [] }),
    'PUT /api/meetings/mt1/minutes': json({ meetingId: 'mt1', draft, published: null, versions: [] }),
    'POST /api/meetings/mt1/minutes/publish': json({ meetingId: 'mt1', draft, published: { ...published, text: draft.text }, versions: [{ version: 1, note: null, publishedAt: published.publishedAt }] }),
  });
  renderApp('/officer/meetings/mt1/minutes');
  const u = userEvent.setup();

  const text = await screen.findByLabelText('Протокол');
  // attendance starts from the check-ins at the door
  expect(screen.getByLabelText(/^Брой присъствали/)).toHaveValue('12');
  await u.type(text, 'Протокол № 1');
  await u.click(screen.getByRole('button', { name: 'Добавяне на решение' }));
  const decision = screen.getByRole('group', { name: 'Решение 1' });
  expect(within(decision).getByLabelText('Решение')).toHaveFocus();
  await u.type(within(decision).getByLabelText('Решение'), 'Становище по чл. 8');
  await u.type(within(decision).getByLabelText(/^Отговорник/), 'Секретариат');
  await u.type(within(decision).getByLabelText(/^Срок/), '2026-12-01');

  await u.click(screen.getByRole('button', { name: 'Публикуване на протокола' }));
  expect(screen.getByText(/Публикуваният протокол не може да се променя/)).toBeInTheDocument();
  expect(api.requests('POST /api/meetings/mt1/minutes/publish')).toHaveLength(0);
  await u.click(screen.getByRole('button', { name: 'Да, публикувай' }));

  expect(await screen.findByText('Протоколът е публикуван (версия 1). Отчетът за участието вече е публичен.')).toBeInTheDocument();
  expect(await api.requests('PUT /api/meetings/mt1/minutes')[0].json()).toEqual({ text: { bg: 'Протокол № 1' }, attendeesCount: 12, decisions: [{ text: { bg: 'Становище по чл. 8' }, responsible: 'Секретариат', due: '2026-12-01' }] });
  expect(await api.requests('POST /api/meetings/mt1/minutes/publish')[0].json()).toEqual({});
});

test('published minutes are read-only: a correction is a new version and needs a note', async () => {
  const api = officerApi({
    'GET /api/meetings/mt1/minutes': json({ meetingId: 'mt1', draft: null, published, versions: [{ version: 1, note: null, publishedAt: published.publishedAt }] }),
    'PUT /api/meetings/mt1/minutes': json({ meetingId: 'mt1', draft: null, published, versions: [] }),
  });
  renderApp('/officer/meetings/mt1/minutes');
  const u = userEvent.setup();

  expect(await screen.findByText('Публикувана е версия 1 (7 ноември 2026 г.)')).toBeInTheDocument();
  expect(screen.getByText(/Публикуваните версии не се променят/)).toBeInTheDocument();
  // each decision names its columns, for the card it becomes on a phone
  const decision = screen.getByText('Становище по чл. 8', { selector: 'td' }).closest('tr')!;
  expect(within(decision).getAllByRole('cell').map((c) => c.getAttribute('data-label'))).toEqual(['Решение', 'Отговорник', 'Срок']);
  expect(screen.getByRole('heading', { name: 'Поправка (нова версия)' })).toBeInTheDocument();
  // the correction starts from the published text
  expect(screen.getByLabelText('Протокол')).toHaveValue(published.text.bg);
  await u.click(screen.getByRole('button', { name: 'Публикуване на поправката' }));
  await u.click(screen.getByRole('button', { name: 'Да, публикувай' }));

  const summary = await screen.findByRole('alert');
  expect(within(summary).getByRole('link', { name: 'Напишете какво е поправено и защо' })).toHaveAttribute('href', '#minutes-note');
  expect(api.requests('PUT /api/meetings/mt1/minutes')).toHaveLength(0);
});
