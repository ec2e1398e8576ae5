import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeApi, json, noSession } from '../../../test/fetch';
import { aConsultation, aContribution, aMe, municipalities, page, signedIn } from '../../../test/fixtures';
import { renderApp } from '../../../test/render';

/** Each citizen's and officer's text says its language, so a screen reader reads it in the right voice. */

const consultation = aConsultation();
const english = aContribution({
  id: 'k1',
  body: 'The period should be 45 days.',
  lang: 'en',
  response: { decision: 'not_accepted', reasoning: 'Законът определя 30 дни.', lang: 'bg', version: 1, respondedAt: '2026-11-21T08:00:00.000Z' },
});
const macedonian = aContribution({ id: 'k2', body: 'Рокот да биде 45 дена.', lang: 'mk', author: { name: 'Участник 2', organization: null } });

beforeEach(() => localStorage.clear());

test('the consultation page marks each contribution and each answer with its own language', async () => {
  fakeApi({
    'POST /api/auth/refresh': noSession(),
    'GET /api/consultations/c1': json(consultation),
    'GET /api/consultations/c1/sections': json({ items: consultation.sections }),
    'GET /api/municipalities/haskovo': json(municipalities.haskovo),
    'GET /api/consultations/c1/contributions': (request: Request) => json(page(new URL(request.url).searchParams.get('parent') === 'none' ? [english, macedonian] : [])),
  });
  renderApp('/consultations/c1');

  expect(await screen.findByText('The period should be 45 days.', {}, { timeout: 5000 })).toHaveAttribute('lang', 'en');
  expect(screen.getByText('Рокот да биде 45 дена.')).toHaveAttribute('lang', 'mk');
  expect(screen.getByText('Законът определя 30 дни.')).toHaveAttribute('lang', 'bg');
});

test('the справка marks each proposal’s text and each reason with its language, in a card a phone can read', async () => {
  const item = (number: number, text: string, lang: string, reasoning: string | null, reasoningLang: string | null) => ({
    number,
    contributionId: `k${number}`,
    kind: 'proposal',
    author: `Участник ${number}`,
    organization: null,
    channel: 'онлайн',
    receivedOn: '2026-11-20',
    section: 'Чл. 3',
    text,
    lang,
    decision: 'not_accepted',
    decisionLabel: 'Не се приема',
    reasoning,
    reasoningLang,
  });
  fakeApi({
    'POST /api/auth/refresh': noSession(),
    'GET /api/consultations/c1': json(consultation),
    'GET /api/consultations/c1/report': json({
      consultationId: 'c1',
      title: 'Справка',
      published: true,
      publishedAt: '2026-12-20T08:00:00.000Z',
      version: 1,
      noProposals: false,
      notice: null,
      totals: { contributions: 2, proposals: 2, accepted: 0, partially_accepted: 0, not_accepted: 2, noted: 0, unanswered: 0 },
      items: [item(1, 'The period should be 45 days.', 'en', 'The law sets 30 days.', 'en'), item(2, 'Рокот да биде 45 дена.', 'mk', 'Законът определя 30 дни.', 'bg')],
      unansweredIds: [],
      authorsToNotify: 0,
    }),
  });
  renderApp('/consultations/c1/report');

  expect(await screen.findByText('The period should be 45 days.', {}, { timeout: 5000 })).toHaveAttribute('lang', 'en');
  expect(screen.getByText('The law sets 30 days.')).toHaveAttribute('lang', 'en');
  expect(screen.getByText('Рокот да биде 45 дена.')).toHaveAttribute('lang', 'mk');
  const row = screen.getByText('Законът определя 30 дни.');
  expect(row).toHaveAttribute('lang', 'bg');
  // every value names its column, for the card a row becomes on a phone
  const cells = within(row.closest('tr')!).getAllByRole('cell');
  expect(cells.map((c) => c.getAttribute('data-label'))).toEqual(['Автор', 'Постъпило', 'Разпоредба', 'Текст', 'Решение', 'Мотиви']);
});

test('the comment form shows the text of the article chosen above the comment, and sends the interface language', async () => {
  const me = aMe();
  const api = fakeApi({
    'POST /api/auth/refresh': json(signedIn),
    'GET /api/me': json(me),
    'GET /api/consultations/c1': json(consultation),
    'GET /api/consultations/c1/sections': json({ items: consultation.sections }),
    'GET /api/municipalities/haskovo': json(municipalities.haskovo),
    'POST /api/consultations/c1/contributions': json(aContribution({ id: 'k9', kind: 'comment', mine: true }), 201),
  });
  renderApp('/consultations/c1/contribute');
  const u = userEvent.setup();

  const select = await screen.findByLabelText('За коя част от проекта е?');
  expect(screen.queryByText('Текстът на Чл. 3. Срокове')).not.toBeInTheDocument();
  await u.selectOptions(select, 's3');
  const article = screen.getByRole('figure', { name: 'Текстът на Чл. 3. Срокове' });
  expect(within(article).getByText('Срокът е не по-кратък от 30 дни.')).toBeInTheDocument();
  // the article comes before the field for the comment on it
  expect(article.compareDocumentPosition(screen.getByLabelText('Вашият текст')) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  await u.selectOptions(select, 's1');
  expect(screen.getByRole('figure', { name: 'Текстът на Чл. 1. Предмет' })).toBeInTheDocument();
  await u.selectOptions(select, '');
  expect(screen.queryByRole('figure')).not.toBeInTheDocument();

  await u.selectOptions(select, 's3');
  await u.click(screen.getByRole('radio', { name: 'Коментар' }));
  await u.type(screen.getByLabelText('Вашият текст'), 'Добре.');
  await u.click(screen.getByRole('button', { name: 'Публикуване' }));
  await screen.findByRole('heading', { level: 1, name: 'Коментарът ви е публикуван' }, { timeout: 5000 });
  expect(await api.requests('POST /api/consultations/c1/contributions')[0].json()).toMatchObject({ lang: 'bg', sectionId: 's3' });
});

test('a long article is folded behind its title and opens on request', async () => {
  const long = `${'Общината публикува проекта и мотивите към него. '.repeat(20)}Край.`;
  const withLong = aConsultation({ sections: [{ id: 's1', ref: 'Чл. 1', title: 'Предмет', text: long, chapter: null, ordinal: 1, contributionCount: 0 }] });
  fakeApi({
    'POST /api/auth/refresh': json(signedIn),
    'GET /api/me': json(aMe()),
    'GET /api/consultations/c1': json(withLong),
    'GET /api/consultations/c1/sections': json({ items: withLong.sections }),
    'GET /api/municipalities/haskovo': json(municipalities.haskovo),
  });
  renderApp('/consultations/c1/contribute?section=s1');
  const u = userEvent.setup();

  const summary = await screen.findByText('Текстът на Чл. 1. Предмет');
  const details = summary.closest('details')!;
  expect(details).not.toHaveAttribute('open');
  await u.click(summary);
  expect(details).toHaveAttribute('open');
  expect(within(details).getByText(/Край\./)).toBeVisible();
});
