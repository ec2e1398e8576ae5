import { screen, within } from '@testing-library/react';
import { fakeApi, json, noSession } from '../../../test/fetch';
import { aConsultation } from '../../../test/fixtures';
import { renderApp } from '../../../test/render';

const consultation = aConsultation({ status: 'reported', version: 2 });
const versions = {
  items: [
    { subject: 'draft', version: 1, note: null, createdAt: '2026-11-02T08:00:00.000Z', snapshot: {}, diff: [] },
    {
      subject: 'draft',
      version: 2,
      note: 'Поправена техническа грешка в чл. 3.',
      createdAt: '2026-11-05T08:00:00.000Z',
      snapshot: {},
      diff: [
        { op: '-', text: 'Чл. 3. Срокът е 14 дни.' },
        { op: '+', text: 'Чл. 3. Срокът е 30 дни.' },
      ],
    },
    { subject: 'report', version: 1, note: null, createdAt: '2026-12-20T08:00:00.000Z', snapshot: { totals: { accepted: 2, partially_accepted: 1, not_accepted: 3, noted: 0 } }, diff: [] },
    {
      subject: 'response',
      version: 1,
      note: 'Отговорът е преразгледан по жалба.',
      createdAt: '2026-12-22T08:00:00.000Z',
      snapshot: { contributionId: 'k9', before: { decision: 'not_accepted', reasoning: 'Не е необходимо.' }, after: { decision: 'accepted', reasoning: 'Accepted as proposed.', lang: 'en' } },
      diff: [],
    },
  ],
};

test('the history shows each correction of the draft with its note and changed lines, the report versions and changed answers', async () => {
  fakeApi({
    'POST /api/auth/refresh': noSession(),
    'GET /api/consultations/c1': json(consultation),
    'GET /api/consultations/c1/versions': json(versions),
  });
  renderApp('/consultations/c1/versions');
  expect(await screen.findByRole('heading', { level: 1, name: 'История на промените' })).toBeInTheDocument();

  const draft = await screen.findByRole('region', { name: 'Проектът' });
  const corrections = within(draft).getAllByRole('listitem');
  // newest first
  expect(corrections[0]).toHaveTextContent('Версия 2 на проекта');
  expect(corrections[0]).toHaveTextContent('Бележка: Поправена техническа грешка в чл. 3.');
  expect(within(corrections[0]).getByRole('deletion')).toHaveTextContent('Премахнато: Чл. 3. Срокът е 14 дни.');
  expect(within(corrections[0]).getByRole('insertion')).toHaveTextContent('Добавено: Чл. 3. Срокът е 30 дни.');
  expect(corrections[1]).toHaveTextContent('Първоначалният текст.');

  expect(screen.getByRole('region', { name: 'Справката' })).toHaveTextContent('Приети: 2 · частично: 1 · неприети: 3 · взети предвид: 0');
  const changed = screen.getByRole('region', { name: 'Промени на отговори след справката' });
  expect(changed).toHaveTextContent('Преди: Не се приема');
  expect(changed).toHaveTextContent('След: Приема се — Мотиви: Accepted as proposed.');
  // the reasons are read in the language they were written in
  expect(within(changed).getByText('Accepted as proposed.')).toHaveAttribute('lang', 'en');
  expect(within(changed).getByRole('link', { name: 'Към предложението' })).toHaveAttribute('href', '/consultations/c1#contribution-k9');
});

test('the consultation page links to the history once the draft has been corrected', async () => {
  fakeApi({
    'POST /api/auth/refresh': noSession(),
    'GET /api/consultations/c1': json(aConsultation({ version: 2 })),
    'GET /api/consultations/c1/sections': json({ items: [] }),
    'GET /api/consultations/c1/contributions': json({ items: [], nextCursor: null }),
  });
  renderApp('/consultations/c1');
  expect(await screen.findByRole('link', { name: 'История на промените' })).toHaveAttribute('href', '/consultations/c1/versions');
});
