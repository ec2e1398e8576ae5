import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { apiError, fakeApi, json, noSession } from '../../../test/fetch';
import { aConsultation, aContribution, aMe, municipalities, signedIn } from '../../../test/fixtures';
import { renderApp } from '../../../test/render';

const consultation = aConsultation();
const me = aMe({ organizations: [{ organizationId: 'o1', name: 'Алианс за регионално сътрудничество и развитие', role: 'representative', verified: true }] });
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

function signedInApi(contribute: Parameters<typeof fakeApi>[0][string], extra: Parameters<typeof fakeApi>[0] = {}) {
  return fakeApi({
    'POST /api/auth/refresh': json(signedIn),
    'GET /api/me': json(me),
    'GET /api/consultations/c1': json(consultation),
    'GET /api/consultations/c1/sections': json({ items: consultation.sections }),
    'GET /api/municipalities/haskovo': json(municipalities.haskovo),
    'POST /api/consultations/c1/contributions': contribute,
    ...extra,
  });
}

beforeEach(() => localStorage.clear());

async function fillProposal(u: ReturnType<typeof userEvent.setup>) {
  await u.click(await screen.findByRole('radio', { name: 'Предложение' }));
  await u.type(screen.getByLabelText('Вашето предложение'), 'Срокът да бъде 45 дни.');
}

test('a retried submission carries the same Idempotency-Key, and the confirmation says what happens next', async () => {
  let calls = 0;
  const api = signedInApi(() => {
    calls += 1;
    if (calls === 1) throw new TypeError('Failed to fetch'); // the answer was lost on the way
    return json(aContribution({ id: 'k9', author: { name: 'Участник 4', organization: 'Алианс за регионално сътрудничество и развитие' }, mine: true }), 201);
  });
  renderApp('/consultations/c1/contribute?section=s3');
  const u = userEvent.setup();

  expect(await screen.findByLabelText('За коя част от проекта е?')).toHaveValue('s3');
  expect(screen.getByRole('heading', { level: 1, name: 'Предложение или коментар' })).toBeInTheDocument();
  expect(screen.getByLabelText('Вашият текст')).toHaveAccessibleDescription(/Остават 10\s000 знака$/);
  await fillProposal(u);
  expect(screen.getByLabelText('Вашето предложение')).toHaveAccessibleDescription(/Остават 9978 знака$/);
  await u.click(screen.getByRole('radio', { name: 'Алианс за регионално сътрудничество и развитие' }));
  await u.click(screen.getByRole('button', { name: 'Публикуване' }));

  const summary = await screen.findByRole('alert');
  expect(summary).toHaveTextContent('Няма връзка със сървъра');
  expect(summary.closest('.error-summary')).toHaveFocus();

  await u.click(screen.getByRole('button', { name: 'Публикуване' }));
  const heading = await screen.findByRole('heading', { level: 1, name: 'Предложението ви е публикувано' });
  expect(heading).toHaveFocus();
  expect(screen.getByText('Вижда се от името на: Участник 4')).toBeInTheDocument();
  expect(screen.getByText(/Ще ви изпратим имейл, когато вашето предложение получи отговор/)).toBeInTheDocument();
  expect(screen.getByText(/До края на деня понеделник, 14 декември 2026 г\. обсъждането приема предложения/)).toBeInTheDocument();
  expect(screen.getByRole('link', { name: 'Вижте текста си в обсъждането' })).toHaveAttribute('href', '/consultations/c1#contribution-k9');

  const [first, retry] = api.requests('POST /api/consultations/c1/contributions');
  const key = first.headers.get('Idempotency-Key');
  expect(key).toMatch(UUID);
  expect(retry.headers.get('Idempotency-Key')).toBe(key);
  expect(await retry.json()).toEqual({ kind: 'proposal', body: 'Срокът да бъде 45 дни.', sectionId: 's3', onBehalfOf: 'o1', publishName: false, lang: 'bg' });

  // another contribution is another form, with a key of its own
  await u.click(screen.getByRole('button', { name: 'Ново предложение или коментар' }));
  await fillProposal(u);
  await u.click(screen.getByRole('button', { name: 'Публикуване' }));
  await screen.findByRole('heading', { level: 1, name: 'Предложението ви е публикувано' });
  const third = api.requests('POST /api/consultations/c1/contributions')[2];
  expect(third.headers.get('Idempotency-Key')).toMatch(UUID);
  expect(third.headers.get('Idempotency-Key')).not.toBe(key);
});

test('what is missing is said before anything is sent, next to each field and in the summary', async () => {
  const api = signedInApi(json({}, 201));
  renderApp('/consultations/c1/contribute');
  const u = userEvent.setup();
  await u.click(await screen.findByRole('button', { name: 'Публикуване' }));

  const summary = await screen.findByRole('alert');
  expect(within(summary).getAllByRole('link').map((l) => l.textContent)).toEqual(['Изберете дали правите предложение, или коментар', 'Напишете текста']);
  await u.click(within(summary).getByRole('link', { name: 'Напишете текста' }));
  expect(screen.getByLabelText('Вашият текст')).toHaveFocus();
  expect(screen.getByLabelText('Вашият текст')).toHaveAttribute('aria-invalid', 'true');
  expect(api.requests('POST /api/consultations/c1/contributions')).toHaveLength(0);
});

test('the server’s field errors are shown at the fields they are about', async () => {
  signedInApi(apiError(400, 'validation_failed', 'Някои полета са попълнени неправилно.', [{ field: 'body', messages: ['Текстът е твърде дълъг.'] }]));
  renderApp('/consultations/c1/contribute');
  const u = userEvent.setup();
  await fillProposal(u);
  await u.click(screen.getByRole('button', { name: 'Публикуване' }));

  const summary = await screen.findByRole('alert');
  expect(within(summary).getByRole('link', { name: 'Текстът е твърде дълъг.' })).toHaveAttribute('href', '#contribution-body');
  const field = screen.getByLabelText('Вашето предложение');
  expect(field).toHaveAttribute('aria-invalid', 'true');
  expect(field).toHaveAccessibleDescription(/Грешка: Текстът е твърде дълъг\./);
});

test('a consultation that closed meanwhile (409 consultation_not_open) is said plainly, and the text is kept', async () => {
  signedInApi(apiError(409, 'consultation_not_open', 'Консултацията не е отворена за предложения.'));
  renderApp('/consultations/c1/contribute');
  const u = userEvent.setup();
  await fillProposal(u);
  await u.click(screen.getByRole('button', { name: 'Публикуване' }));

  expect(await screen.findByRole('alert')).toHaveTextContent('Консултацията не е отворена за предложения.');
  expect(screen.getByText('Обсъждането не приема предложения')).toBeInTheDocument();
  expect(screen.getByText('Срокът за предложения изтече — последният ден беше 14 декември 2026 г.')).toBeInTheDocument();
  expect(screen.getByLabelText('Вашето предложение')).toHaveValue('Срокът да бъде 45 дни.');
});

test('an unverified e-mail (403 email_not_verified) is explained with the way to fix it', async () => {
  signedInApi(apiError(403, 'email_not_verified', 'Първо потвърдете имейл адреса си.'));
  renderApp('/consultations/c1/contribute');
  const u = userEvent.setup();
  await fillProposal(u);
  await u.click(screen.getByRole('button', { name: 'Публикуване' }));

  expect(await screen.findByRole('alert')).toHaveTextContent('Първо потвърдете имейл адреса си.');
  expect(screen.getByRole('link', { name: 'Изпращане на нов имейл за потвърждение' })).toHaveAttribute('href', '/me');
});

test('a signed-out reader is invited to sign in and is brought back to the same form', async () => {
  fakeApi({
    'POST /api/auth/refresh': noSession(),
    'GET /api/consultations/c1': json(consultation),
    'GET /api/consultations/c1/sections': json({ items: consultation.sections }),
  });
  renderApp('/consultations/c1/contribute?section=s3');
  expect(await screen.findByRole('heading', { name: 'Влезте, за да участвате' })).toBeInTheDocument();
  expect(within(screen.getByRole('main')).getByRole('link', { name: 'Вход' })).toHaveAttribute('href', '/login?next=%2Fconsultations%2Fc1%2Fcontribute%3Fsection%3Ds3');
  expect(screen.queryByRole('button', { name: 'Публикуване' })).not.toBeInTheDocument();
});

test('a reply quotes what it answers and is sent with its parent', async () => {
  const parent = aContribution({ id: 'k1', author: { name: 'Участник 1', organization: null } });
  const api = signedInApi(json(aContribution({ id: 'k2', kind: 'comment', parentId: 'k1' }), 201), { 'GET /api/contributions/k1': json(parent) });
  renderApp('/consultations/c1/contribute?reply=k1');
  const u = userEvent.setup();

  expect(await screen.findByText('В отговор на Участник 1:')).toBeInTheDocument();
  expect(screen.getByRole('heading', { level: 1, name: 'Отговор' })).toBeInTheDocument();
  expect(screen.getByText('Срокът да бъде 45 дни за стратегиите.')).toBeInTheDocument();
  await u.type(screen.getByLabelText('Вашият отговор'), 'Съгласен съм.');
  await u.click(screen.getByRole('checkbox', { name: 'Публикувай името ми (Мария Петрова)' }));
  await u.click(screen.getByRole('button', { name: 'Публикуване на отговора' }));

  expect(await screen.findByRole('heading', { level: 1, name: 'Коментарът ви е публикуван' })).toBeInTheDocument();
  expect(await api.requests('POST /api/consultations/c1/contributions')[0].json()).toEqual({ kind: 'comment', body: 'Съгласен съм.', sectionId: 's3', parentId: 'k1', publishName: true, lang: 'bg' });
});
