import { screen, within } from '@testing-library/react';
import { apiError, fakeApi, json, noSession } from '../../../test/fetch';
import { municipalities, page } from '../../../test/fixtures';
import { renderApp } from '../../../test/render';
import { aMeeting } from './test-data';

const dupnitsa = { id: 'm3', slug: 'dupnitsa', name: { bg: 'Дупница', en: 'Dupnitsa' }, country: 'BG', timeZone: 'Europe/Sofia', defaultLocale: 'bg' };
const twinning = aMeeting({
  municipalityId: 'm3',
  municipalitySlug: 'dupnitsa',
  kind: 'partnership_event',
  title: { bg: 'Споделени ценности – споделена Европа' },
  startsAt: '2019-02-18T08:00:00.000Z',
  endsAt: '2019-02-21T14:00:00.000Z',
  days: ['2019-02-18', '2019-02-19', '2019-02-20', '2019-02-21'],
  minutes: { version: 1, publishedAt: '2019-02-25T10:00:00.000Z' },
});

const report = {
  meetingId: 'mt1',
  registered: 271,
  attended: 271,
  byCountry: [
    { country: 'MK', name: 'Северна Македония', registered: 148, attended: 148 },
    { country: 'BG', name: 'България', registered: 123, attended: 123 },
  ],
  byPlace: [
    { municipalityId: 'm2', settlement: 'Крива Паланка', country: 'MK', registered: 148, attended: 148 },
    { municipalityId: 'm3', settlement: 'Дупница', country: 'BG', registered: 107, attended: 107 },
    { municipalityId: null, settlement: 'София', country: 'BG', registered: 9, attended: 9 },
    { municipalityId: null, settlement: 'Сапарева баня', country: 'BG', registered: 7, attended: 7 },
  ],
  byCategory: [{ category: 'citizen', label: 'граждани', registered: 271, attended: 271 }],
  byDay: [
    { day: '2019-02-18', attended: 250 },
    { day: '2019-02-19', attended: 230 },
  ],
  summary: 'В срещата участваха 271 граждани, от които 148 от Крива Паланка (Северна Македония), 107 от Дупница, 9 от София и 7 от Сапарева баня.',
  public: true,
};

function publicApi(participation: Parameters<typeof fakeApi>[0][string]) {
  return fakeApi({
    'POST /api/auth/refresh': noSession(),
    'GET /api/meetings/mt1': json(twinning),
    'GET /api/meetings/mt1/participation': participation,
    'GET /api/municipalities': json(page([municipalities.haskovo, dupnitsa])),
    'GET /api/municipalities/dupnitsa': json(dupnitsa),
  });
}

beforeEach(() => localStorage.clear());

test('the public report shows the totals, the funder’s sentence, a chart by country and by place, and the files', async () => {
  publicApi(json(report));
  renderApp('/meetings/mt1/participation');

  expect(await screen.findByRole('heading', { level: 1, name: 'Отчет за участието' })).toBeInTheDocument();
  expect(await screen.findByText(report.summary)).toBeInTheDocument();
  const totals = screen.getByText('Регистрирани', { selector: 'dt' }).closest('dl')!;
  expect(within(totals).getAllByRole('definition').map((d) => d.textContent)).toEqual(['271', '271']);

  const byCountry = screen.getByRole('figure', { name: 'По държави' });
  expect(within(byCountry).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Северна Македония148 от 148', 'България123 от 123']);
  const byPlace = screen.getByRole('figure', { name: 'По населени места' });
  // places abroad name their country, as the funder's report does
  expect(within(byPlace).getByText('Крива Паланка (Северна Македония)')).toBeInTheDocument();
  expect(within(byPlace).getByText('Дупница')).toBeInTheDocument();

  const placeTable = screen.getByRole('table', { name: 'По населени места' });
  const rows = within(placeTable).getAllByRole('row').map((r) => within(r).queryAllByRole('cell').map((c) => c.textContent));
  expect(rows.slice(1)).toEqual([['148', '148'], ['107', '107'], ['9', '9'], ['7', '7'], ['271', '271']]);
  expect(screen.getByRole('table', { name: 'По дни' })).toHaveTextContent('понеделник, 18 февруари 2019 г.250');

  expect(screen.getByRole('link', { name: 'Изтегляне (PDF)' })).toHaveAttribute('href', '/api/meetings/mt1/participation.pdf');
  expect(screen.getByRole('link', { name: 'Таблица (CSV)' })).toHaveAttribute('href', '/api/meetings/mt1/participation.csv');
  expect(screen.queryByText('Вижда се само от служители и партньори')).not.toBeInTheDocument();
});

test('before the minutes are published the public is told when the report will be out', async () => {
  publicApi(apiError(409, 'minutes_not_published', 'Протоколът от срещата още не е публикуван.'));
  renderApp('/meetings/mt1/participation');
  expect(await screen.findByText('Отчетът още не е публичен')).toBeInTheDocument();
  expect(screen.getByText('Отчетът за участието се публикува заедно с протокола от срещата.')).toBeInTheDocument();
});
