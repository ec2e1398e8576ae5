import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { apiError, fakeApi, json } from '../../../test/fetch';
import { aMe, municipalities, page, signedIn } from '../../../test/fixtures';
import { renderApp } from '../../../test/render';
import { formatDateTime } from '../../lib/format';
import { aForm } from './test-fixtures';

const officer = aMe({ staff: [{ municipalityId: 'm1', municipalitySlug: 'haskovo', role: 'officer' }] });

function officerApi(routes: Parameters<typeof fakeApi>[0] = {}) {
  return fakeApi({
    'POST /api/auth/refresh': json(signedIn),
    'GET /api/me': json(officer),
    'GET /api/municipalities': json(page([municipalities.haskovo])),
    'GET /api/municipalities/haskovo': json(municipalities.haskovo),
    ...routes,
  });
}

beforeEach(() => localStorage.clear());

type User = ReturnType<typeof userEvent.setup>;

async function fillQuestionText(u: User, number: number, text: string) {
  const card = screen.getByRole('heading', { level: 3, name: `Въпрос ${number}` }).closest('li')!;
  await u.type(within(card).getByLabelText('Текст на въпроса'), text);
  return card;
}

test('the officer adds, reorders with buttons and removes questions, and the draft is sent in the order shown', async () => {
  const api = officerApi({ 'POST /api/forms': (request) => request.clone().json().then((body) => json(aForm({ ...body, id: 'f9', status: 'draft', publishedAt: null }), 201)) });
  const { router } = renderApp('/officer/forms/new');
  const u = userEvent.setup();

  await u.click(await screen.findByRole('radio', { name: 'Удовлетвореност' }));
  await u.type(screen.getByLabelText('Заглавие'), 'Как мина срещата на побратимените градове?');
  await u.click(screen.getByRole('radio', { name: 'Само поканени' }));

  await fillQuestionText(u, 1, 'Доволни ли сте от програмата?');
  await u.click(screen.getByRole('button', { name: 'Добавяне на въпрос' }));
  // the new question's type select takes focus, and the addition is announced
  await waitFor(() => expect(screen.getAllByRole('combobox', { name: 'Вид на въпроса' })[1]).toHaveFocus());
  expect(await screen.findByText('Добавен е въпрос 2.')).toBeInTheDocument();
  const second = screen.getByRole('heading', { level: 3, name: 'Въпрос 2' }).closest('li')!;
  await u.selectOptions(within(second).getByLabelText('Вид на въпроса'), 'Няколко отговора от списък');
  await u.type(within(second).getByLabelText('Текст на въпроса'), 'Кое ви хареса най-много?');
  await u.type(within(second).getByLabelText('Отговор 1'), 'Концертът');
  await u.type(within(second).getByLabelText('Отговор 2'), 'Работилниците');
  await u.click(within(second).getByRole('button', { name: 'Добавяне на отговор — Въпрос 2' }));
  await u.type(within(second).getByLabelText('Отговор 3'), 'Разходката');
  await u.type(within(second).getByLabelText('Най-много избрани отговори (незадължително)'), '2');
  // the third answer goes first
  await u.click(within(second).getByRole('button', { name: 'Нагоре — отговор 3 на въпрос 2' }));
  await u.click(within(second).getByRole('button', { name: 'Нагоре — отговор 2 на въпрос 2' }));
  expect(await screen.findByText('Отговор 2 на въпрос 2 е преместен на място 1.')).toBeInTheDocument();
  expect(within(second).getByRole('button', { name: 'Нагоре — отговор 1 на въпрос 2' })).toHaveFocus();

  await u.click(screen.getByRole('button', { name: 'Добавяне на въпрос' }));
  await fillQuestionText(u, 3, 'Ще препоръчате ли подобна среща?');
  const third = screen.getByRole('heading', { level: 3, name: 'Въпрос 3' }).closest('li')!;
  await u.selectOptions(within(third).getByLabelText('Вид на въпроса'), 'Готовност за препоръка (NPS, 0–10)');

  // question 3 moves up: the focus stays on its Move up button, now labelled with its new place
  await u.click(screen.getByRole('button', { name: 'Нагоре — Въпрос 3' }));
  expect(await screen.findByText('Въпрос 3 е преместен на място 2 от 3.')).toBeInTheDocument();
  expect(screen.getByRole('button', { name: 'Нагоре — Въпрос 2' })).toHaveFocus();
  expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual(['Въпрос 1', 'Въпрос 2', 'Въпрос 3']);
  expect(within(screen.getByRole('heading', { level: 3, name: 'Въпрос 2' }).closest('li')!).getByLabelText('Текст на въпроса')).toHaveValue('Ще препоръчате ли подобна среща?');

  // the first question cannot go higher, and says so without losing focus
  await u.click(screen.getByRole('button', { name: 'Нагоре — Въпрос 1' }));
  expect(await screen.findByText('Въпросът вече е първи.')).toBeInTheDocument();
  expect(screen.getByRole('button', { name: 'Нагоре — Въпрос 1' })).toHaveFocus();

  // a fourth question, added and removed again
  await u.click(screen.getByRole('button', { name: 'Добавяне на въпрос' }));
  await u.click(screen.getByRole('button', { name: 'Премахване на въпроса — Въпрос 4' }));
  expect(await screen.findByText('Въпрос 4 е премахнат.')).toBeInTheDocument();
  expect(screen.queryByRole('heading', { level: 3, name: 'Въпрос 4' })).not.toBeInTheDocument();
  expect(screen.getByRole('heading', { level: 3, name: 'Въпрос 3' })).toHaveFocus();

  await u.click(screen.getByRole('button', { name: 'Създаване на черновата' }));
  await waitFor(() => expect(router.state.location.pathname).toBe('/officer/forms/f9/edit'));
  const sent = await api.requests('POST /api/forms')[0].json();
  expect(sent).toEqual({
    municipalityId: 'm1',
    purpose: 'satisfaction',
    subject: null,
    title: { bg: 'Как мина срещата на побратимените градове?' },
    anonymous: true,
    audience: 'invited',
    opensAt: null,
    closesAt: null,
    minGroupSize: 5,
    publishResults: false,
    questions: [
      { key: 'q1', type: 'likert5', label: { bg: 'Доволни ли сте от програмата?' }, required: true, scaleLabels: null },
      { key: 'q3', type: 'nps', label: { bg: 'Ще препоръчате ли подобна среща?' }, required: true, scaleLabels: null },
      {
        key: 'q2',
        type: 'multiple',
        label: { bg: 'Кое ви хареса най-много?' },
        required: true,
        options: [
          { key: 'o3', label: { bg: 'Разходката' } },
          { key: 'o1', label: { bg: 'Концертът' } },
          { key: 'o2', label: { bg: 'Работилниците' } },
        ],
        maxChoices: 2,
      },
    ],
  });
});

test('nothing is sent while required parts are missing; the summary links to each', async () => {
  const api = officerApi();
  renderApp('/officer/forms/new');
  const u = userEvent.setup();
  await u.click(await screen.findByRole('button', { name: 'Създаване на черновата' }));

  const summary = await screen.findByRole('alert');
  expect(within(summary).getAllByRole('link').map((a) => a.textContent)).toEqual([
    'Изберете цел на формуляра',
    'Въведете заглавие',
    'Изберете кой може да отговори',
    'Въведете текста на въпрос 1',
  ]);
  expect(screen.getByLabelText('Заглавие')).toHaveAccessibleDescription(expect.stringContaining('Въведете заглавие'));
  expect(api.sent()).not.toContain('POST /api/forms');
});

test('a minimum group size below 3 is refused before sending, with the reason', async () => {
  const api = officerApi();
  renderApp('/officer/forms/new');
  const u = userEvent.setup();
  const size = await screen.findByLabelText('Най-малък показван брой');
  expect(size).toHaveAttribute('min', '3');
  expect(size).toHaveValue(5);
  await u.clear(size);
  await u.type(size, '2');
  await u.click(screen.getByRole('button', { name: 'Създаване на черновата' }));
  const summary = await screen.findByRole('alert');
  expect(within(summary).getByRole('link', { name: /Въведете цяло число от 3 до 1000/ })).toBeInTheDocument();
  expect(size).toHaveAccessibleDescription(expect.stringContaining('от 3 до 1000'));
  expect(api.sent()).not.toContain('POST /api/forms');
});

test('a server error naming an option is shown next to that option', async () => {
  officerApi({
    'POST /api/forms': apiError(400, 'validation_failed', 'Невалидни данни.', [{ field: 'questions.0.options.1.label.bg', messages: ['the option needs the municipality’s default language (bg)'] }]),
  });
  renderApp('/officer/forms/new');
  const u = userEvent.setup();
  await u.click(await screen.findByRole('radio', { name: 'Обратна връзка' }));
  await u.type(screen.getByLabelText('Заглавие'), 'Обратна връзка');
  await u.click(screen.getByRole('radio', { name: 'Всеки с връзката' }));
  const card = screen.getByRole('heading', { level: 3, name: 'Въпрос 1' }).closest('li')!;
  await u.selectOptions(within(card).getByLabelText('Вид на въпроса'), 'Един отговор от списък');
  await u.type(within(card).getByLabelText('Текст на въпроса'), 'Откъде научихте?');
  await u.type(within(card).getByLabelText('Отговор 1'), 'От сайта');
  await u.type(within(card).getByLabelText('Отговор 2'), 'От приятели');
  await u.click(screen.getByRole('button', { name: 'Създаване на черновата' }));

  const message = 'the option needs the municipality’s default language (bg)';
  expect(await within(await screen.findByRole('alert')).findByRole('link', { name: message })).toHaveAttribute('href', '#question-q1-option-o2-bg');
  expect(within(card).getByLabelText('Отговор 2')).toHaveAccessibleDescription(expect.stringContaining(message));
});

test('once a form has responses, its questions are locked and a new version can be made', async () => {
  const form = aForm({ hasResponses: true, responses: 12 });
  const api = officerApi({
    'GET /api/forms/f1': json(form),
    'POST /api/forms/f1/versions': json(aForm({ id: 'f2', status: 'draft', publishedAt: null, basedOnId: 'f1', responses: 0, hasResponses: false }), 201),
    'GET /api/forms/f2': json(aForm({ id: 'f2', status: 'draft', publishedAt: null, basedOnId: 'f1', responses: 0, hasResponses: false })),
    'PATCH /api/forms/f1': (request) => request.clone().json().then((body) => json({ ...form, ...body })),
  });
  const { router } = renderApp('/officer/forms/f1/edit');
  const u = userEvent.setup();

  expect(await screen.findByText('Въпросите вече не могат да се променят')).toBeInTheDocument();
  expect(screen.getByText(/Формулярът има 12 отговора/)).toBeInTheDocument();
  expect(screen.queryByRole('button', { name: 'Добавяне на въпрос' })).not.toBeInTheDocument();

  // other settings still save, without the questions
  await u.click(screen.getByRole('checkbox', { name: 'Публикуване на резултатите' }));
  await u.click(screen.getByRole('button', { name: 'Запазване на промените' }));
  expect(await screen.findByText('Промените са запазени.')).toBeInTheDocument();
  const patch = await api.requests('PATCH /api/forms/f1')[0].json();
  expect(patch.publishResults).toBe(true);
  expect(patch).not.toHaveProperty('questions');

  await u.click(screen.getByRole('button', { name: 'Създаване на нова версия' }));
  await waitFor(() => expect(router.state.location.pathname).toBe('/officer/forms/f2/edit'));
  expect(await screen.findByRole('button', { name: 'Добавяне на въпрос' })).toBeInTheDocument();
});

test('a scale gets words at its ends that fit the question, both or none', async () => {
  const api = officerApi({ 'POST /api/forms': (request) => request.clone().json().then((body) => json(aForm({ ...body, id: 'f9', status: 'draft', publishedAt: null }), 201)) });
  renderApp('/officer/forms/new');
  const u = userEvent.setup();
  await u.click(await screen.findByRole('radio', { name: 'Проучване на нуждите и нагласите' }));
  await u.type(screen.getByLabelText('Заглавие'), 'Паркът');
  await u.click(screen.getByRole('radio', { name: 'Всеки с връзката' }));
  const card = await fillQuestionText(u, 1, 'Колко често посещавате парка?');
  const ends = within(card).getByRole('group', { name: 'Думи в краищата на скалата на въпрос 1' });
  expect(ends).toHaveAccessibleDescription(expect.stringContaining('Оставете празно за думите по подразбиране'));

  // one end only: the other is asked for, nothing is sent
  await u.type(within(ends).getByLabelText('При 1 (незадължително)'), 'никога');
  await u.click(screen.getByRole('button', { name: 'Създаване на черновата' }));
  expect(await within(await screen.findByRole('alert')).findByRole('link', { name: 'Напишете и двете думи в краищата на скалата на въпрос 1 или оставете и двете празни' })).toHaveAttribute('href', '#question-q1-scale-max-bg');
  expect(api.sent()).not.toContain('POST /api/forms');

  await u.type(within(ends).getByLabelText('При 5 (незадължително)'), 'всеки ден');
  // the preview shows the respondent's radios with the words
  await u.click(screen.getByRole('button', { name: 'Показване на прегледа' }));
  expect(within(document.getElementById('form-preview')!).getByRole('radio', { name: '5 — всеки ден' })).toBeInTheDocument();
  await u.click(screen.getByRole('button', { name: 'Създаване на черновата' }));
  await waitFor(() => expect(api.sent()).toContain('POST /api/forms'));
  const sent = await api.requests('POST /api/forms')[0].json();
  expect(sent.questions[0]).toEqual({ key: 'q1', type: 'likert5', label: { bg: 'Колко често посещавате парка?' }, required: true, scaleLabels: { min: { bg: 'никога' }, max: { bg: 'всеки ден' } } });
});

test('a stored scale’s words come back into the builder, in each of the form’s languages', async () => {
  const form = aForm({
    status: 'draft',
    publishedAt: null,
    questions: [{ key: 'q1', type: 'rating10', label: { bg: 'Доверие', en: 'Trust' }, required: true, options: [], maxChoices: null, scaleLabels: { min: { bg: 'никакво', en: 'none' }, max: { bg: 'пълно', en: 'full' } } }],
  });
  officerApi({ 'GET /api/forms/f1': json(form) });
  renderApp('/officer/forms/f1/edit');
  await screen.findByRole('heading', { level: 3, name: 'Въпрос 1' });
  const ends = await screen.findByRole('group', { name: 'Думи в краищата на скалата на въпрос 1' });
  expect(within(ends).getAllByRole('textbox').map((i) => [i.getAttribute('lang'), (i as HTMLInputElement).value])).toEqual([
    ['bg', 'никакво'],
    ['en', 'none'],
    ['bg', 'пълно'],
    ['en', 'full'],
  ]);
  expect(within(ends).getByRole('textbox', { name: /^При 0 \(English\)/ })).toHaveValue('none');
});

test('a reminder asked too soon says the limit and when the next one can go, in the reader’s language', async () => {
  const now = Date.parse('2026-03-10T09:00:20.000Z');
  const api = officerApi({
    'GET /api/forms/f1': json(aForm({ anonymous: false })),
    // the last round went out 19 hours ago: five hours (and 40 seconds) to wait
    'POST /api/forms/f1/reminders': apiError(429, 'rate_limited', 'Твърде много опити. Опитайте отново по-късно.', undefined, { retryAfterSeconds: 5 * 3600 + 40 }),
  });
  const clock = jest.spyOn(Date, 'now').mockReturnValue(now);
  try {
    const u = userEvent.setup();
    const { unmount } = renderApp('/officer/forms/f1/edit');
    await u.click(await screen.findByRole('button', { name: 'Изпращане на напомняния' }));
    const alert = await screen.findByRole('alert');
    // the minute after the wait ends, in the reader's time zone and words
    const next = formatDateTime('2026-03-10T14:01:00.000Z', 'bg');
    expect(alert).toHaveTextContent(`Напомняния се изпращат най-много веднъж на 24 часа и най-много 3 пъти за формуляр. Следващото може да се изпрати на ${next}.`);
    expect(alert).not.toHaveTextContent('Твърде много опити');
    expect(api.sent().filter((r) => r === 'POST /api/forms/f1/reminders')).toHaveLength(1);
    unmount();

    renderApp('/officer/forms/f1/edit', { language: 'en' });
    await u.click(await screen.findByRole('button', { name: 'Send reminders' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(`Reminders can go out at most once every 24 hours and 3 times in all for a form. The next can be sent on ${formatDateTime('2026-03-10T14:01:00.000Z', 'en')}.`);
    cleanup();

    renderApp('/officer/forms/f1/edit', { language: 'mk' });
    await u.click(await screen.findByRole('button', { name: 'Испрати потсетници' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(`Потсетници се испраќаат најмногу еднаш на 24 часа и најмногу 3 пати за формулар. Следниот може да се испрати на ${formatDateTime('2026-03-10T14:01:00.000Z', 'mk')}.`);
  } finally {
    clock.mockRestore();
  }
});

test('a fourth reminder is refused with the server’s words', async () => {
  officerApi({
    'GET /api/forms/f1': json(aForm()),
    'POST /api/forms/f1/reminders': apiError(409, 'reminders_exhausted', 'За този формуляр вече са изпратени 3 напомняния — повече не могат да се изпращат.', undefined, { max: 3 }),
  });
  const u = userEvent.setup();
  renderApp('/officer/forms/f1/edit');
  await u.click(await screen.findByRole('button', { name: 'Изпращане на напомняния' }));
  expect(await screen.findByRole('alert')).toHaveTextContent('За този формуляр вече са изпратени 3 напомняния — повече не могат да се изпращат.');
});
