import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { apiError, fakeApi, json, noSession } from '../../../test/fetch';
import { municipalities } from '../../../test/fixtures';
import { renderApp } from '../../../test/render';
import { aForm } from './test-fixtures';

const respondent = aForm({ canManage: false, canReadReport: false, responses: null, invitations: null });

function publicApi(routes: Parameters<typeof fakeApi>[0] = {}) {
  return fakeApi({
    'POST /api/auth/refresh': noSession(),
    'GET /api/forms/f1': json(respondent),
    'GET /api/municipalities/haskovo': json(municipalities.haskovo),
    ...routes,
  });
}

beforeEach(() => localStorage.clear());

test('on a phone: one question per screen with progress, errors per question, Next and Back, then the thank-you page', async () => {
  const api = publicApi({ 'POST /api/forms/f1/responses': json({ formId: 'f1', submittedOn: '2026-03-02', anonymous: true }, 201) });
  renderApp('/forms/f1?token=secret-token');
  const u = userEvent.setup();

  expect(await screen.findByRole('heading', { level: 1, name: 'Как мина срещата?' })).toBeInTheDocument();
  expect(screen.getByText('Въпрос 1 от 3')).toBeInTheDocument();
  const progress = screen.getByRole('progressbar', { name: 'Въпрос 1 от 3' });
  expect(progress).toHaveAttribute('value', '1');
  expect(progress).toHaveAttribute('max', '3');
  expect(screen.getAllByRole('heading', { level: 2 })).toHaveLength(1);

  // a required question unanswered: the error is at the question and in the summary
  await u.click(screen.getByRole('button', { name: 'Напред' }));
  const summary = await screen.findByRole('alert');
  expect(within(summary).getByRole('link', { name: 'Изберете отговор на този въпрос' })).toHaveAttribute('href', '#answer-q1');
  const likert = screen.getByRole('group', { name: /Доволни ли сте от програмата\?/ });
  expect(likert).toHaveAccessibleDescription(expect.stringContaining('Изберете отговор на този въпрос'));
  expect(within(likert).getAllByRole('radio').map((r) => r.closest('.radio')!.textContent)).toEqual([
    'Много недоволен',
    'Недоволен',
    'Нито доволен, нито недоволен',
    'Доволен',
    'Много доволен',
  ]);
  await u.click(within(likert).getByRole('radio', { name: 'Доволен' }));
  await u.click(screen.getByRole('button', { name: 'Напред' }));

  // the next question takes focus; more choices than allowed is an error
  const second = await screen.findByRole('heading', { level: 2, name: /Кое ви хареса\?/ });
  expect(second).toHaveFocus();
  expect(second).toHaveTextContent('Въпрос 2 от 3');
  expect(screen.getByRole('progressbar')).toHaveAttribute('value', '2');
  expect(screen.getByText('Изберете до 2 отговора.')).toBeInTheDocument();
  for (const name of ['Концертът', 'Работилниците', 'Разходката']) await u.click(screen.getByRole('checkbox', { name }));
  await u.click(screen.getByRole('button', { name: 'Напред' }));
  expect(await screen.findByRole('link', { name: 'Изберете най-много 2 отговора' })).toBeInTheDocument();
  await u.click(screen.getByRole('checkbox', { name: 'Работилниците' }));

  // Back keeps the answers given
  await u.click(screen.getByRole('button', { name: 'Назад' }));
  expect(await screen.findByRole('heading', { level: 2, name: /Доволни ли сте/ })).toHaveFocus();
  expect(screen.getByRole('radio', { name: 'Доволен' })).toBeChecked();
  await u.click(screen.getByRole('button', { name: 'Напред' }));
  expect(screen.getByRole('checkbox', { name: 'Концертът' })).toBeChecked();
  expect(screen.getByRole('checkbox', { name: 'Работилниците' })).not.toBeChecked();
  await u.click(screen.getByRole('button', { name: 'Напред' }));

  // the last, optional question: send without it
  expect(await screen.findByRole('heading', { level: 2, name: /Какво да променим\? \(незадължителен\)/ })).toHaveFocus();
  expect(screen.queryByRole('button', { name: 'Напред' })).not.toBeInTheDocument();
  await u.click(screen.getByRole('button', { name: 'Изпращане на отговорите' }));

  expect(await screen.findByRole('heading', { level: 1, name: 'Благодарим ви за отговорите' })).toHaveFocus();
  expect(screen.getByText('Отговорите не са свързани с вашето име или имейл.')).toBeInTheDocument();
  expect(await api.requests('POST /api/forms/f1/responses')[0].json()).toEqual({ token: 'secret-token', answers: { q1: 4, q2: ['o1', 'o3'] } });
});

test('all questions on one page on request; the server’s 400 naming a question is shown at that question', async () => {
  publicApi({
    'POST /api/forms/f1/responses': apiError(400, 'validation_failed', 'Невалидни данни.', [{ field: 'answers.q2', messages: ['Изберете най-много 2 отговора.'] }], { questions: ['q2'] }),
  });
  renderApp('/forms/f1?token=secret-token');
  const u = userEvent.setup();
  await u.click(await screen.findByRole('button', { name: 'Всички въпроси на една страница' }));
  expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual([
    '1. Доволни ли сте от програмата? (задължителен)',
    '2. Кое ви хареса? (задължителен)',
    '3. Какво да променим? (незадължителен)',
  ]);
  expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();

  await u.click(screen.getByRole('radio', { name: 'Много доволен' }));
  await u.click(screen.getByRole('checkbox', { name: 'Концертът' }));
  await u.type(screen.getByRole('textbox', { name: 'Какво да променим?' }), 'Повече време за разговори.');
  await u.click(screen.getByRole('button', { name: 'Изпращане на отговорите' }));

  expect(await within(await screen.findByRole('alert')).findByRole('link', { name: 'Изберете най-много 2 отговора.' })).toHaveAttribute('href', '#answer-q2');
  expect(screen.getByRole('group', { name: /Кое ви хареса\?/ })).toHaveAccessibleDescription(expect.stringContaining('Изберете най-много 2 отговора.'));
  expect(screen.getByRole('textbox', { name: 'Какво да променим?' })).toHaveValue('Повече време за разговори.');
});

test.each([
  ['already_answered', 'Вече сте отговорили на този формуляр', /Всяка покана и всеки профил може да отговори само веднъж/],
  ['form_closed', 'Формулярът е затворен', /вече не се приемат/],
])('409 %s on sending is explained in plain words', async (code, title, body) => {
  publicApi({ 'POST /api/forms/f1/responses': apiError(409, code, 'server text') });
  renderApp('/forms/f1?token=used-token');
  const u = userEvent.setup();
  await u.click(await screen.findByRole('radio', { name: 'Доволен' }));
  await u.click(screen.getByRole('button', { name: 'Напред' }));
  await u.click(await screen.findByRole('checkbox', { name: 'Концертът' }));
  await u.click(screen.getByRole('button', { name: 'Напред' }));
  await u.click(await screen.findByRole('button', { name: 'Изпращане на отговорите' }));

  expect(await screen.findByRole('heading', { level: 1, name: title })).toHaveFocus();
  expect(screen.getByText(body)).toBeInTheDocument();
  expect(screen.queryByRole('button', { name: 'Изпращане на отговорите' })).not.toBeInTheDocument();
});

test('a used link says so at once, before any question', async () => {
  publicApi({ 'GET /api/forms/f1': json({ ...respondent, respondent: { canAnswer: false, reason: 'already_answered' } }) });
  renderApp('/forms/f1?token=used-token');
  expect(await screen.findByRole('heading', { level: 1, name: 'Вече сте отговорили на този формуляр' })).toBeInTheDocument();
  expect(screen.queryByRole('radio')).not.toBeInTheDocument();
});

test('a form for registered users sends a signed-out visitor to sign in and back', async () => {
  publicApi({ 'GET /api/forms/f1': json({ ...respondent, audience: 'registered', respondent: { canAnswer: false, reason: 'sign_in_required' } }) });
  const { router } = renderApp('/forms/f1');
  await waitFor(() => expect(router.state.location.pathname).toBe('/login'));
  expect(router.state.location.search).toBe(`?next=${encodeURIComponent('/forms/f1')}`);
});

test('a scale with its own words names them at its ends, in each radio a screen reader hears', async () => {
  const scales = aForm({
    canManage: false,
    canReadReport: false,
    questionCount: 2,
    questions: [
      { key: 'often', type: 'likert5', label: { bg: 'Колко често посещавате парка?' }, required: true, options: [], maxChoices: null, scaleLabels: { min: { bg: 'никога' }, max: { bg: 'всеки ден' } } },
      { key: 'trust', type: 'rating10', label: { bg: 'Доколко имате доверие на общината?' }, required: true, options: [], maxChoices: null, scaleLabels: { min: { bg: 'никакво' }, max: { bg: 'пълно' } } },
    ],
  });
  publicApi({ 'GET /api/forms/f1': json(scales) });
  renderApp('/forms/f1?token=secret-token');
  const u = userEvent.setup();
  await u.click(await screen.findByRole('button', { name: 'Всички въпроси на една страница' }));

  const often = screen.getByRole('group', { name: /Колко често посещавате парка\?/ });
  expect(within(often).getAllByRole('radio').map((r) => r.closest('.radio')!.textContent)).toEqual(['1 — никога', '2', '3', '4', '5 — всеки ден']);
  expect(within(often).getByRole('radio', { name: '5 — всеки ден' })).toBeInTheDocument();
  // no agree/disagree words where the question asks how often
  expect(within(often).queryByText(/съгласен|доволен/)).not.toBeInTheDocument();

  const trust = screen.getByRole('group', { name: /Доколко имате доверие/ });
  expect(trust).toHaveAccessibleDescription(expect.stringContaining('0 означава „никакво“, 10 — „пълно“.'));
  const radios = within(trust).getAllByRole('radio');
  expect(radios).toHaveLength(11);
  expect(radios[0]).toHaveAccessibleName('0 — никакво');
  expect(radios[5]).toHaveAccessibleName('5');
  expect(radios[10]).toHaveAccessibleName('10 — пълно');
});

test('a 0–10 scale without words of its own names the default ones at its ends', async () => {
  const rating = aForm({ canManage: false, canReadReport: false, questionCount: 1, questions: [{ key: 'r', type: 'nps', label: { bg: 'Бихте ли препоръчали?' }, required: true, options: [], maxChoices: null, scaleLabels: null }] });
  publicApi({ 'GET /api/forms/f1': json(rating) });
  renderApp('/forms/f1?token=secret-token');
  const radios = within(await screen.findByRole('group', { name: /Бихте ли препоръчали\?/ })).getAllByRole('radio');
  expect(radios[0]).toHaveAccessibleName('0 — изобщо не');
  expect(radios[10]).toHaveAccessibleName('10 — непременно');
});
