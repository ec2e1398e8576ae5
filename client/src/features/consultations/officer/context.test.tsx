import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeApi, json } from '../../../../test/fetch';
import { anOfficersConsultation, aContribution, aMe, municipalities, page, signedIn } from '../../../../test/fixtures';
import { renderApp } from '../../../../test/render';

/** The officer's screens: the article beside the proposal, the language of each text, publishing the справка. */

const officer = aMe({ staff: [{ municipalityId: 'm1', municipalitySlug: 'haskovo', role: 'officer' }] });
const closed = anOfficersConsultation({ status: 'closed', closesAt: '2026-11-12T21:59:59.999Z', lastDay: '2026-11-12' });

function officerApi(consultation: Record<string, unknown>, routes: Parameters<typeof fakeApi>[0] = {}) {
  return fakeApi({
    'POST /api/auth/refresh': json(signedIn),
    'GET /api/me': json(officer),
    'GET /api/consultations/c1': json(consultation),
    'GET /api/consultations/c1/sections': json({ items: (consultation as { sections: unknown[] }).sections }),
    'GET /api/municipalities/haskovo': json(municipalities.haskovo),
    ...routes,
  });
}

beforeEach(() => localStorage.clear());

test('the answering screen shows the proposal in its language beside the text of its article', async () => {
  officerApi(closed, {
    'GET /api/consultations/c1/contributions': json(page([aContribution({ id: 'k1', body: 'The period should be 45 days.', lang: 'en' }), aContribution({ id: 'k2', sectionId: null, sectionRef: null, body: 'Общо предложение.' })])),
    'GET /api/consultations/c1/duplicates': json({ groups: [] }),
  });
  renderApp('/officer/consultations/c1/answers');
  const u = userEvent.setup();

  const panel = await screen.findByRole('region', { name: 'Предложение № 1 от 2' }, { timeout: 5000 });
  expect(within(panel).getByText('The period should be 45 days.')).toHaveAttribute('lang', 'en');
  const article = within(panel).getByRole('figure', { name: 'Текстът на Чл. 3. Срокове' });
  expect(within(article).getByText('Срокът е не по-кратък от 30 дни.')).toBeInTheDocument();

  // a proposal on the whole draft has no article to show
  await u.click(within(screen.getByRole('navigation', { name: 'Всички предложения' })).getByRole('button', { name: /№ 2/ }));
  const second = await screen.findByRole('region', { name: 'Предложение № 2 от 2' });
  expect(within(second).getByText('Общо предложение.')).toHaveAttribute('lang', 'bg');
  expect(within(second).queryByText(/Текстът на/)).not.toBeInTheDocument();
});

test('an offline proposal takes the municipality’s language unless the officer picks another', async () => {
  const open = anOfficersConsultation();
  const api = officerApi(open, { 'POST /api/consultations/c1/contributions/offline': json(aContribution({ id: 'k9', channel: 'post' }), 201) });
  renderApp('/officer/consultations/c1/offline');
  const u = userEvent.setup();

  const lang = await screen.findByLabelText('Език на текста', {}, { timeout: 5000 });
  expect(lang).toHaveValue('bg');
  await u.click(screen.getByRole('radio', { name: 'По пощата' }));
  const day = (open as { opensAt: string }).opensAt.slice(0, 10);
  await u.type(screen.getByLabelText(/Дата на получаване/), day);
  await u.type(screen.getByLabelText('Име на автора'), 'John Smith');
  await u.click(screen.getByRole('radio', { name: 'Предложение' }));
  await u.type(screen.getByLabelText(/^Текст/), 'A letter in English.');
  await u.selectOptions(lang, 'en');
  await u.click(screen.getByRole('button', { name: /Вписване/ }));
  await screen.findByText(/John Smith/, {}, { timeout: 5000 });
  expect(await api.requests('POST /api/consultations/c1/contributions/offline')[0].json()).toMatchObject({ body: 'A letter in English.', lang: 'en' });
});

const reportItem = (number: number, answered: boolean) => ({
  number,
  contributionId: `k${number}`,
  kind: 'proposal',
  author: `Участник ${number}`,
  organization: null,
  channel: 'онлайн',
  receivedOn: '2026-11-20',
  section: 'Чл. 3',
  text: `Предложение ${number}.`,
  lang: 'bg',
  decision: answered ? 'accepted' : null,
  decisionLabel: answered ? 'Приема се' : null,
  reasoning: null,
  reasoningLang: null,
});

const preview = (items: ReturnType<typeof reportItem>[], authorsToNotify: number) => ({
  consultationId: 'c1',
  title: 'Справка',
  published: false,
  publishedAt: null,
  version: 0,
  noProposals: false,
  notice: null,
  totals: { contributions: items.length, proposals: items.length, accepted: items.filter((i) => i.decision).length, partially_accepted: 0, not_accepted: 0, noted: 0, unanswered: items.filter((i) => !i.decision).length },
  items,
  unansweredIds: items.filter((i) => !i.decision).map((i) => i.contributionId),
  authorsToNotify,
});

test('while proposals wait for an answer, publishing says how many and links to the first one', async () => {
  officerApi(closed, { 'GET /api/consultations/c1/report': json(preview([reportItem(1, true), reportItem(2, false), reportItem(3, false)], 3)) });
  renderApp('/officer/consultations/c1/report');

  const section = await screen.findByRole('region', { name: 'Публикуване на справката' }, { timeout: 5000 });
  expect(within(section).getByText('2 предложения още чакат отговор. Справката се публикува, когато всяко предложение има отговор.')).toBeInTheDocument();
  expect(within(section).getByRole('link', { name: 'Към първото предложение без отговор (№ 2)' })).toHaveAttribute('href', '/officer/consultations/c1/answers?contribution=k2');
  expect(within(section).queryByRole('button', { name: 'Публикуване на справката' })).not.toBeInTheDocument();
});

test('once every proposal has an answer, publishing asks first, saying it is public at once, who gets an e-mail and that corrections are new versions', async () => {
  const api = officerApi(closed, {
    'GET /api/consultations/c1/report': json(preview([reportItem(1, true), reportItem(2, true)], 7)),
    'POST /api/consultations/c1/report/publish': json({ ...preview([reportItem(1, true), reportItem(2, true)], 0), published: true, version: 1, publishedAt: '2026-11-20T10:00:00.000Z' }),
  });
  renderApp('/officer/consultations/c1/report');
  const u = userEvent.setup();

  const section = await screen.findByRole('region', { name: 'Публикуване на справката' }, { timeout: 5000 });
  await u.click(within(section).getByRole('button', { name: 'Публикуване на справката' }));
  // nothing is sent before the officer confirms
  expect(api.requests('POST /api/consultations/c1/report/publish')).toHaveLength(0);
  const confirm = within(section).getByRole('group', { name: 'Да се публикува ли справката? След публикуването:' });
  expect(within(confirm).getByText('тя става публична веднага;')).toBeInTheDocument();
  expect(within(confirm).getByText('имейл отива до всеки от 7 автори;')).toBeInTheDocument();
  expect(within(confirm).getByText('поправки са възможни само като нова версия с бележка.')).toBeInTheDocument();
  const yes = within(confirm).getByRole('button', { name: 'Да, публикувай справката' });
  expect(yes).toHaveFocus();

  // cancelling gives focus back to the first button
  await u.click(within(confirm).getByRole('button', { name: 'Отказ' }));
  expect(within(section).getByRole('button', { name: 'Публикуване на справката' })).toHaveFocus();

  await u.click(within(section).getByRole('button', { name: 'Публикуване на справката' }));
  await u.click(within(section).getByRole('button', { name: 'Да, публикувай справката' }));
  expect(await screen.findByText('Справката е публикувана (версия 1).')).toBeInTheDocument();
  expect(api.requests('POST /api/consultations/c1/report/publish')).toHaveLength(1);
});
