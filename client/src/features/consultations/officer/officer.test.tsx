import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { apiError, fakeApi, json } from '../../../../test/fetch';
import { anOfficersConsultation, aMe, municipalities, page, signedIn } from '../../../../test/fixtures';
import { renderApp } from '../../../../test/render';

const officer = aMe({ staff: [{ municipalityId: 'm1', municipalitySlug: 'haskovo', role: 'officer' }] });
const draft = anOfficersConsultation({ status: 'draft', publishedAt: null, opensAt: null, closesAt: null, lastDay: null, version: 0 });

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

test('a new ordinance asks for the five items of its motives, and the server’s field errors land at their fields', async () => {
  const api = officerApi({
    'POST /api/consultations': [
      apiError(400, 'validation_failed', 'Някои полета са попълнени неправилно.', [{ field: 'contact.email', messages: ['Въведете валиден имейл адрес.'] }]),
      json(draft, 201),
    ],
    'GET /api/consultations/c1': json(draft),
  });
  const { router } = renderApp('/officer/consultations/new');
  const u = userEvent.setup();

  expect(await screen.findByRole('heading', { level: 1, name: 'Ново обсъждане' })).toBeInTheDocument();
  expect(screen.queryByRole('group', { name: 'Мотиви (чл. 28, ал. 2 ЗНА)' })).not.toBeInTheDocument();
  await u.click(screen.getByRole('radio', { name: 'Наредба' }));
  const motives = screen.getByRole('group', { name: 'Мотиви (чл. 28, ал. 2 ЗНА)' });
  expect(within(motives).getAllByRole('textbox')).toHaveLength(5);

  await u.type(screen.getByLabelText('Заглавие'), 'Наредба за паркирането');
  await u.type(screen.getByLabelText('Текст на проекта'), 'Чл. 1. Наредбата урежда паркирането.');
  await u.type(within(motives).getByLabelText('Причини, които налагат приемането'), 'Хаос в центъра.');
  await u.type(screen.getByLabelText(/^Имейл/), 'parking@haskovo.bg');
  await u.click(screen.getByRole('button', { name: 'Създаване на черновата' }));

  const summary = await screen.findByRole('alert');
  expect(within(summary).getByRole('link', { name: 'Въведете валиден имейл адрес.' })).toHaveAttribute('href', '#contact-email');
  await u.click(screen.getByRole('button', { name: 'Създаване на черновата' }));

  expect(await screen.findByText('Черновата е създадена.')).toBeInTheDocument();
  expect(router.state.location.pathname).toBe('/officer/consultations/c1');
  expect(await api.requests('POST /api/consultations')[1].json()).toEqual({
    municipalityId: 'm1',
    kind: 'ordinance',
    title: 'Наредба за паркирането',
    summary: '',
    body: 'Чл. 1. Наредбата урежда паркирането.',
    contact: { email: 'parking@haskovo.bg' },
    periodDays: 30,
    motives: { reasons: 'Хаос в центъра.', objectives: '', resources: '', expectedResults: '', euCompliance: '' },
  });
});

test('a published draft is corrected only with a note, as a new version, keeping the other translations', async () => {
  const published = anOfficersConsultation({ title: { bg: 'Наредба за обществените консултации', en: 'Ordinance on public consultation' }, version: 2 });
  const api = officerApi({
    'GET /api/consultations/c1': json(published),
    'PATCH /api/consultations/c1': [apiError(422, 'correction_note_required', 'Публикуваният проект се променя само с бележка за корекцията.'), json({ ...published, version: 3 })],
  });
  renderApp('/officer/consultations/c1/edit');
  const u = userEvent.setup();

  expect(await screen.findByText('Записването публикува версия 3 на проекта с вашата бележка; предишните версии остават видими. Видът и срокът не могат да се променят.')).toBeInTheDocument();
  expect(screen.queryByLabelText('Срок за предложения (дни)')).not.toBeInTheDocument();
  const title = screen.getByLabelText('Заглавие');
  await u.clear(title);
  await u.type(title, 'Наредба за обществените консултации в Хасково');
  await u.click(screen.getByRole('button', { name: 'Публикуване на корекцията' }));
  expect(await within(await screen.findByRole('alert')).findByRole('link', { name: 'Напишете какво променяте и защо' })).toBeInTheDocument();
  expect(api.requests('PATCH /api/consultations/c1')).toHaveLength(0);

  // the server has the last word: its refusal lands at the note too
  await u.type(screen.getByLabelText('Бележка към корекцията'), 'Поправена е печатна грешка в заглавието.');
  await u.click(screen.getByRole('button', { name: 'Публикуване на корекцията' }));
  expect(await screen.findByRole('link', { name: 'Публикуваният проект се променя само с бележка за корекцията.' })).toHaveAttribute('href', '#consultation-correction-note');

  await u.click(screen.getByRole('button', { name: 'Публикуване на корекцията' }));
  expect(await screen.findByText('Корекцията е публикувана като нова версия.')).toBeInTheDocument();
  const body = await api.requests('PATCH /api/consultations/c1')[1].json();
  expect(body.correctionNote).toBe('Поправена е печатна грешка в заглавието.');
  expect(body.title).toEqual({ bg: 'Наредба за обществените консултации в Хасково', en: 'Ordinance on public consultation' });
  expect(body).not.toHaveProperty('periodDays');
  expect(body).not.toHaveProperty('kind');
});

test('an upload that is too large or of the wrong kind is explained at the file field', async () => {
  const api = officerApi({
    'GET /api/consultations/c1': json(draft),
    'POST /api/consultations/c1/documents': [
      apiError(413, 'payload_too_large', 'Файлът или заявката е твърде голяма.'),
      apiError(422, 'unsupported_file_type', 'Този вид файл не се приема. Качете PDF, ODT, DOCX, XLSX, PNG или JPEG.'),
      json({ id: 'd1', kind: 'motives', filename: 'motivi.pdf', mimeType: 'application/pdf', size: 120_000, sha256: 'x', createdAt: '2026-11-22T08:00:00.000Z', url: '/api/documents/d1/download' }, 201),
    ],
  });
  renderApp('/officer/consultations/c1/documents');
  const u = userEvent.setup();
  const file = new File(['%PDF-1.7 мотиви'], 'motivi.pdf', { type: 'application/pdf' });

  await u.upload(await screen.findByLabelText('Файл'), file);
  await u.click(screen.getByRole('radio', { name: 'Мотиви' }));
  await u.click(screen.getByRole('button', { name: 'Качване' }));
  expect(await screen.findByRole('link', { name: 'Файлът е по-голям от 20 MB. Намалете го или го разделете на части.' })).toHaveAttribute('href', '#document-file');

  await u.click(screen.getByRole('button', { name: 'Качване' }));
  expect(await screen.findByRole('link', { name: 'Този вид файл не се приема. Качете PDF, ODT, DOCX, XLSX, PNG или JPEG.' })).toBeInTheDocument();
  expect(screen.getByLabelText('Файл')).toHaveAttribute('aria-invalid', 'true');

  await u.click(screen.getByRole('button', { name: 'Качване' }));
  expect(await screen.findByText('Файлът „motivi.pdf“ е качен.')).toBeInTheDocument();
  // (jsdom's FormData cannot cross into Node's Request, so the multipart body itself is checked in the browser)
  expect(api.requests('POST /api/consultations/c1/documents')).toHaveLength(3);
  expect(screen.getByLabelText('Файл')).not.toHaveAttribute('aria-invalid');
});
