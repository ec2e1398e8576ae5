import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeApi, json, noSession } from '../../../test/fetch';
import { aConsultation, aContribution, aMe, MODERATOR_CAN, municipalities, OFFICER_CAN, page, signedIn } from '../../../test/fixtures';
import { renderApp } from '../../../test/render';

const consultation = aConsultation({ movedFrom: '2026-12-12' });
const proposal = aContribution({ id: 'k1', supportCount: 4 });
const reply = aContribution({ id: 'k2', kind: 'comment', parentId: 'k1', sectionId: 's3', body: 'Съгласна съм.', author: { name: 'Мария Костова', organization: null } });
const answered = aContribution({
  id: 'k3',
  body: 'Заседанията да са публични.',
  author: { name: 'Десислава Колева', organization: 'АРСР' },
  response: { decision: 'not_accepted', reasoning: 'Уредено е в чл. 9.', version: 1, respondedAt: '2026-11-21T08:00:00.000Z' },
});

function routes(me: Record<string, unknown> | null, extra: Parameters<typeof fakeApi>[0] = {}) {
  return {
    'POST /api/auth/refresh': me ? json(signedIn) : noSession(),
    ...(me ? { 'GET /api/me': json(me) } : {}),
    'GET /api/consultations/c1': json(consultation),
    'GET /api/consultations/c1/sections': json({ items: consultation.sections }),
    'GET /api/municipalities/haskovo': json(municipalities.haskovo),
    'GET /api/consultations/c1/contributions': (request: Request) => {
      const parent = new URL(request.url).searchParams.get('parent');
      return json(page(parent === 'none' ? [proposal, answered] : parent === 'k1' ? [reply] : []));
    },
    ...extra,
  };
}

beforeEach(() => localStorage.clear());

test('the page gives the dates, the draft article by article, and the contributions in threads with the answers', async () => {
  fakeApi(routes(null));
  renderApp('/consultations/c1');

  expect(await screen.findByRole('heading', { level: 1, name: 'Наредба за обществените консултации' })).toBeInTheDocument();
  const facts = screen.getByRole('complementary', { name: 'Срокове, контакти и документи' });
  expect(within(facts).getByText('понеделник, 14 декември 2026 г.')).toBeInTheDocument();
  expect(within(facts).getByText('Срокът е удължен от 12 декември 2026 г., защото този ден е почивен или празничен.')).toBeInTheDocument();
  expect(within(facts).getByText('остават 12 дни')).toBeInTheDocument();

  const article = screen.getByRole('region', { name: 'Чл. 3. Срокове' });
  expect(article).toHaveAttribute('id', 'section-2');
  expect(within(article).getByRole('link', { name: '2 предложения и коментари — Чл. 3' })).toHaveAttribute('href', '/consultations/c1?section=s3#contributions');
  expect(within(article).getByRole('link', { name: 'Коментар по Чл. 3' })).toHaveAttribute('href', '/consultations/c1/contribute?section=s3');

  const first = await screen.findByRole('article', { name: 'Участник 1' });
  expect(within(first).getByText('4 подкрепи')).toBeInTheDocument();
  // the reply sits under its parent
  expect(await within(first).findByRole('article', { name: 'Мария Костова' })).toHaveTextContent('Съгласна съм.');
  const withAnswer = screen.getByRole('article', { name: 'Десислава Колева — от името на АРСР' });
  expect(withAnswer).toHaveTextContent('Отговор на общината: Не се приема');
  expect(withAnswer).toHaveTextContent('Уредено е в чл. 9.');
  // signed out: no support button, no report button
  expect(screen.queryByRole('button', { name: /Подкрепям/ })).not.toBeInTheDocument();
});

test('proposals are taken from the moment of publication, shown in the municipality\'s time', async () => {
  // published at 08:30 UTC = 10:30 in Haskovo, open at once
  const published = { ...consultation, publishedAt: '2026-11-05T08:30:00.000Z', opensAt: '2026-11-05T08:30:00.000Z' };
  fakeApi(routes(null, { 'GET /api/consultations/c1': json(published) }));
  renderApp('/consultations/c1');

  const facts = await screen.findByRole('complementary', { name: 'Срокове, контакти и документи' });
  const opens = within(facts).getByText('Предложения от').closest('div')!;
  await waitFor(() => expect(opens).toHaveTextContent(/5 ноември 2026 г\. в 10:30/));
});

test('a participant supports a proposal and takes the support back', async () => {
  let supported = false;
  const api = fakeApi(
    routes(aMe(), {
      'POST /api/contributions/k1/support': () => ((supported = true), json({ supported: true, supportCount: 5 })),
      'DELETE /api/contributions/k1/support': () => ((supported = false), json({ supported: false, supportCount: 4 })),
    }),
  );
  renderApp('/consultations/c1');
  const u = userEvent.setup();
  const first = await screen.findByRole('article', { name: 'Участник 1' });
  const button = within(first).getByRole('button', { name: 'Подкрепям (4) — Участник 1' });
  expect(button).toHaveAttribute('aria-pressed', 'false');

  await u.click(button);
  expect(await within(first).findByRole('button', { name: 'Подкрепено от вас (5) — Участник 1' })).toHaveAttribute('aria-pressed', 'true');
  expect(supported).toBe(true);
  await u.click(within(first).getByRole('button', { name: /Подкрепено от вас/ }));
  expect(await within(first).findByRole('button', { name: 'Подкрепям (4) — Участник 1' })).toHaveAttribute('aria-pressed', 'false');
  expect(api.sent()).toEqual(expect.arrayContaining(['POST /api/contributions/k1/support', 'DELETE /api/contributions/k1/support']));
});

test('a moderator hides a contribution with a reason, which then shows in its place', async () => {
  const moderator = aMe({ staff: [{ municipalityId: 'm1', municipalitySlug: 'haskovo', role: 'moderator' }] });
  const api = fakeApi(
    routes(moderator, {
      'GET /api/consultations/c1': json({ ...consultation, can: MODERATOR_CAN }),
      'POST /api/contributions/k1/hide': json({ ...proposal, hidden: true, hiddenReason: 'Лични данни на трето лице.', flagCount: 1 }),
    }),
  );
  renderApp('/consultations/c1');
  const u = userEvent.setup();
  const first = await screen.findByRole('article', { name: 'Участник 1' });

  await u.click(within(first).getByRole('button', { name: 'Скриване — Участник 1' }));
  const reason = within(first).getByLabelText('Причина за скриването');
  expect(reason).toHaveFocus();
  await u.click(within(first).getByRole('button', { name: 'Скриване на текста' }));
  expect(within(first).getByLabelText('Причина за скриването')).toHaveAccessibleDescription(expect.stringContaining('Напишете причината'));

  await u.type(within(first).getByLabelText('Причина за скриването'), 'Лични данни на трето лице.');
  await u.click(within(first).getByRole('button', { name: 'Скриване на текста' }));

  expect(await screen.findByText('Приносът на Участник 1 е скрит.')).toBeInTheDocument();
  expect(within(first).getByText(/Скрито от модератор: Лични данни на трето лице\./)).toBeInTheDocument();
  expect(within(first).getByRole('button', { name: 'Показване отново — Участник 1' })).toHaveFocus();
  expect(await api.requests('POST /api/contributions/k1/hide')[0].json()).toEqual({ reason: 'Лични данни на трето лице.' });
});

test('the public sees a hidden contribution as only its reason, in its place, with the replies under it', async () => {
  // the shape the server gives anyone but the municipality's staff: its place and the reason, nothing else
  const hidden = { id: 'k1', consultationId: 'c1', parentId: null, receivedAt: '2026-11-20T08:00:00.000Z', hidden: true, hiddenReason: 'Лични данни на трето лице.' };
  fakeApi(
    routes(aMe(), {
      'GET /api/consultations/c1/contributions': (request: Request) => {
        const parent = new URL(request.url).searchParams.get('parent');
        return json(page(parent === 'none' ? [hidden, answered] : parent === 'k1' ? [reply] : []));
      },
    }),
  );
  renderApp('/consultations/c1');

  const item = await screen.findByRole('article', { name: 'Скрит принос' });
  expect(within(item).getByText('Скрито от модератор: Лични данни на трето лице.')).toBeInTheDocument();
  expect(within(item).queryByText(/Участник/)).not.toBeInTheDocument();
  expect(within(item).queryByText(/Виждате текста/)).not.toBeInTheDocument();
  // nothing to support, answer or report on a hidden one
  expect(within(item).queryByRole('button', { name: /Подкрепям|Сигнал/ })).not.toBeInTheDocument();
  expect(within(item).queryByRole('link', { name: /Отговор/ })).not.toBeInTheDocument();
  expect(await within(item).findByRole('article', { name: 'Мария Костова' })).toHaveTextContent('Съгласна съм.');
  expect(screen.getByRole('article', { name: 'Десислава Колева — от името на АРСР' })).toBeInTheDocument();
});

test('the справка marks only a proposal without an answer as unanswered, never a comment', async () => {
  const item = (n: number, kind: 'proposal' | 'comment', text: string, decision: string | null) => ({
    number: n,
    contributionId: `k${n}`,
    kind,
    author: `Участник ${n}`,
    organization: null,
    channel: 'онлайн',
    receivedOn: '2026-11-20',
    section: null,
    text,
    decision,
    decisionLabel: decision ? 'Приема се' : null,
    reasoning: null,
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
      totals: { contributions: 2, proposals: 1, accepted: 1, partially_accepted: 0, not_accepted: 0, noted: 0, unanswered: 0 },
      items: [item(1, 'proposal', 'Срокът да бъде 45 дни.', 'accepted'), item(2, 'comment', 'Подкрепяме проекта.', null)],
      unansweredIds: [],
    }),
  });
  renderApp('/consultations/c1/report');

  const comment = (await screen.findByText('Подкрепяме проекта.')).closest('tr')!;
  expect(within(comment).queryByText('Без отговор')).not.toBeInTheDocument();
  expect(within(screen.getByText('Срокът да бъде 45 дни.').closest('tr')!).getByText('Приема се')).toBeInTheDocument();
  expect(screen.queryByText('Без отговор')).not.toBeInTheDocument();
});

test('offers the officer’s page and moderation as the consultation’s `can` says, not by the roles the client knows', async () => {
  const officer = aMe({ staff: [{ municipalityId: 'm1', municipalitySlug: 'haskovo', role: 'officer' }] });
  // the server says no (say, the role was taken away a moment ago): no link, no hide buttons
  fakeApi(routes(officer));
  const first = renderApp('/consultations/c1');
  await screen.findByRole('article', { name: 'Участник 1' });
  expect(screen.queryByRole('link', { name: 'Управление на обсъждането' })).not.toBeInTheDocument();
  expect(screen.queryByRole('button', { name: 'Скриване — Участник 1' })).not.toBeInTheDocument();
  first.unmount();

  // the server says yes: both are offered
  fakeApi(routes(officer, { 'GET /api/consultations/c1': json({ ...consultation, can: OFFICER_CAN }) }));
  renderApp('/consultations/c1');
  expect(await screen.findByRole('link', { name: 'Управление на обсъждането' })).toHaveAttribute('href', '/officer/consultations/c1');
  expect(await screen.findByRole('button', { name: 'Скриване — Участник 1' })).toBeInTheDocument();
});
