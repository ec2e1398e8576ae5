import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { apiError, fakeApi, json } from '../../../../test/fetch';
import { anOfficersConsultation, aContribution, aMe, municipalities, page, signedIn } from '../../../../test/fixtures';
import { renderApp } from '../../../../test/render';

const officer = aMe({ staff: [{ municipalityId: 'm1', municipalitySlug: 'haskovo', role: 'officer' }] });
const closed = anOfficersConsultation({ status: 'closed', closesAt: '2026-11-12T21:59:59.999Z', lastDay: '2026-11-12' });
const answer = { decision: 'accepted', reasoning: '', version: 1, respondedAt: '2026-11-20T10:00:00.000Z' };

function proposals() {
  return [
    aContribution({ id: 'k1', body: 'Контейнери и в селата.', author: { name: 'Участник 1', organization: null } }),
    aContribution({ id: 'k2', body: 'Безплатни компостери.', author: { name: 'Георги Русев', organization: null }, response: answer }),
    aContribution({ id: 'k3', body: 'Контейнери и в селата!', sectionRef: null, sectionId: null, author: { name: 'Участник 3', organization: null } }),
  ];
}

/** The register of proposals, which remembers the answers given. */
function officerApi(routes: Parameters<typeof fakeApi>[0] = {}) {
  const items = proposals();
  const api = fakeApi({
    'POST /api/auth/refresh': json(signedIn),
    'GET /api/me': json(officer),
    'GET /api/consultations/c1': json(closed),
    'GET /api/municipalities/haskovo': json(municipalities.haskovo),
    'GET /api/consultations/c1/contributions': () => json(page(items)),
    'GET /api/consultations/c1/duplicates': json({ groups: [{ contributionIds: ['k1', 'k3'], sample: 'Контейнери и в селата.', size: 2 }] }),
    'PUT /api/contributions/k1/response': async (request) => {
      const body = await request.json();
      items[0] = { ...items[0], response: { ...answer, ...body } };
      return json({ contributionId: 'k1', reasoning: '', version: 1, respondedAt: answer.respondedAt, ...body });
    },
    ...routes,
  });
  return api;
}

beforeEach(() => localStorage.clear());

test('the keyboard moves between proposals, and Ctrl+Enter saves and goes to the next one still unanswered', async () => {
  const api = officerApi();
  renderApp('/officer/consultations/c1/answers');
  const u = userEvent.setup();

  expect(await screen.findByRole('heading', { level: 2, name: 'Предложение № 1 от 3' })).toBeInTheDocument();
  expect(screen.getByText('С отговор: 1 от 3')).toBeInTheDocument();

  await u.keyboard('j');
  expect(screen.getByRole('heading', { level: 2, name: 'Предложение № 2 от 3' })).toHaveFocus();
  expect(screen.getByText('Безплатни компостери.')).toBeInTheDocument();
  await u.keyboard('k');
  expect(screen.getByRole('heading', { level: 2, name: 'Предложение № 1 от 3' })).toHaveFocus();

  const panel = screen.getByRole('region', { name: 'Предложение № 1 от 3' });
  await u.click(within(panel).getByRole('radio', { name: 'Приема се' }));
  await u.keyboard('{Control>}{Enter}{/Control}');

  // № 2 is answered already: the screen skips to № 3
  expect(await screen.findByRole('heading', { level: 2, name: 'Предложение № 3 от 3' })).toHaveFocus();
  expect(screen.getByText('Отговорът на № 1 е записан. Сега: № 3.')).toBeInTheDocument();
  expect(screen.getByText('С отговор: 2 от 3')).toBeInTheDocument();
  expect(await api.requests('PUT /api/contributions/k1/response')[0].json()).toEqual({ decision: 'accepted' });
  const list = screen.getByRole('navigation', { name: 'Всички предложения' });
  expect(within(list).getByRole('button', { name: /№ 3/ })).toHaveAttribute('aria-current', 'true');
  expect(within(list).getByRole('button', { name: /№ 1/ })).toHaveTextContent('с отговор');
});

test('the shortcuts go by the key’s place, so they work on a Bulgarian layout; with a modifier they do nothing', async () => {
  officerApi();
  renderApp('/officer/consultations/c1/answers');
  expect(await screen.findByRole('heading', { level: 2, name: 'Предложение № 1 от 3' })).toBeInTheDocument();
  expect(screen.getByText(/на всяка подредба, и на кирилица/)).toBeInTheDocument();
  expect(screen.getByRole('link', { name: 'Изключване на командите с един клавиш в профила' })).toHaveAttribute('href', '/me#shortcuts');

  // the J key on the Bulgarian phonetic layout types "й"
  fireEvent.keyDown(document.body, { key: 'й', code: 'KeyJ' });
  expect(await screen.findByRole('heading', { level: 2, name: 'Предложение № 2 от 3' })).toHaveFocus();
  fireEvent.keyDown(document.body, { key: 'К', code: 'KeyK', shiftKey: true });
  fireEvent.keyDown(document.body, { key: 'k', code: 'KeyK', altKey: true });
  expect(screen.getByRole('heading', { level: 2, name: 'Предложение № 2 от 3' })).toBeInTheDocument();
  fireEvent.keyDown(document.body, { key: 'к', code: 'KeyK' });
  expect(await screen.findByRole('heading', { level: 2, name: 'Предложение № 1 от 3' })).toHaveFocus();
});

test('turned off in the profile, the single keys do nothing and the page says where to turn them on', async () => {
  officerApi({ 'GET /api/me': json({ ...officer, keyboardShortcuts: false }) });
  renderApp('/officer/consultations/c1/answers');
  expect(await screen.findByRole('heading', { level: 2, name: 'Предложение № 1 от 3' })).toBeInTheDocument();
  expect(screen.getByText(/Командите с един клавиш \(J, K, N\) са изключени в профила ви/)).toBeInTheDocument();
  expect(screen.getByRole('link', { name: 'Включване в профила' })).toHaveAttribute('href', '/me#shortcuts');
  fireEvent.keyDown(document.body, { key: 'j', code: 'KeyJ' });
  fireEvent.keyDown(document.body, { key: 'n', code: 'KeyN' });
  await new Promise((resolve) => setTimeout(resolve, 50));
  expect(screen.getByRole('heading', { level: 2, name: 'Предложение № 1 от 3' })).toBeInTheDocument();
  expect(screen.queryByRole('heading', { level: 2, name: 'Предложение № 2 от 3' })).not.toBeInTheDocument();
});

test('letters typed into the reasons are text, not commands', async () => {
  officerApi();
  renderApp('/officer/consultations/c1/answers');
  const u = userEvent.setup();
  const panel = await screen.findByRole('region', { name: 'Предложение № 1 от 3' });
  await u.type(within(panel).getByLabelText('Мотиви'), 'jk');
  expect(within(panel).getByLabelText('Мотиви')).toHaveValue('jk');
  expect(screen.getByRole('heading', { level: 2, name: 'Предложение № 1 от 3' })).toBeInTheDocument();
});

test('a reason is required unless the proposal is accepted: said at the field, before and after the server', async () => {
  const api = officerApi({ 'PUT /api/contributions/k1/response': apiError(422, 'reasoning_required', 'Мотивирайте решението: причина се изисква, освен при пълно приемане.') });
  renderApp('/officer/consultations/c1/answers');
  const u = userEvent.setup();
  const panel = await screen.findByRole('region', { name: 'Предложение № 1 от 3' });

  await u.click(within(panel).getByRole('radio', { name: 'Не се приема' }));
  await u.click(within(panel).getByRole('button', { name: 'Запазване и към следващото' }));
  const summary = await within(panel).findByRole('alert');
  const message = 'Напишете мотивите: те са задължителни, освен когато предложението се приема изцяло';
  expect(within(summary).getByRole('link', { name: message })).toHaveAttribute('href', '#answer-reasoning');
  expect(within(panel).getByLabelText('Мотиви')).toHaveAccessibleDescription(expect.stringContaining(message));
  expect(api.requests('PUT /api/contributions/k1/response')).toHaveLength(0);

  await u.type(within(panel).getByLabelText('Мотиви'), 'Извън обхвата.');
  await u.click(within(panel).getByRole('button', { name: 'Запазване и към следващото' }));
  const server = 'Мотивирайте решението: причина се изисква, освен при пълно приемане.';
  expect(await within(panel).findByRole('link', { name: server })).toHaveAttribute('href', '#answer-reasoning');
  expect(within(panel).getByLabelText('Мотиви')).toHaveAccessibleDescription(expect.stringContaining(server));
  expect(screen.getByRole('heading', { level: 2, name: 'Предложение № 1 от 3' })).toBeInTheDocument();
});

test('a group of near-identical proposals gets one answer', async () => {
  const api = officerApi({ 'POST /api/consultations/c1/responses': json({ updated: 2, items: [] }) });
  renderApp('/officer/consultations/c1/answers');
  const u = userEvent.setup();

  const groups = await screen.findByRole('region', { name: 'Еднакви или почти еднакви предложения' });
  expect(await within(groups).findByRole('heading', { name: 'Група 1: 2 приноса' })).toBeInTheDocument();
  const toggle = within(groups).getByRole('button', { name: 'Отговор на цялата група 1' });
  await u.click(toggle);
  await u.click(within(groups).getByRole('radio', { name: 'Приема се частично' }));
  await u.type(within(groups).getByLabelText('Мотиви'), 'Контейнери ще има в селата над 500 жители.');
  await u.click(within(groups).getByRole('button', { name: 'Запазване за всички 2' }));

  expect(await screen.findByText('Отговорът е записан за 2 приноса.')).toBeInTheDocument();
  expect(toggle).toHaveFocus();
  expect(await api.requests('POST /api/consultations/c1/responses')[0].json()).toEqual({
    decision: 'partially_accepted',
    reasoning: 'Контейнери ще има в селата над 500 жители.',
    contributionIds: ['k1', 'k3'],
  });
});
