import { screen, within } from '@testing-library/react';
import { fakeApi, json } from '../../../test/fetch';
import { aMe, municipalities, signedIn } from '../../../test/fixtures';
import { renderApp } from '../../../test/render';
import { aForm } from './test-fixtures';

const officer = aMe({ staff: [{ municipalityId: 'm1', municipalitySlug: 'haskovo', role: 'officer' }] });
const form = aForm({ questions: [{ key: 'q1', type: 'long_text', label: { bg: 'Какво да подобрим?' }, required: false, options: [], maxChoices: null }] });

beforeEach(() => localStorage.clear());

test('each free-text answer in the report is marked with the language it was written in', async () => {
  fakeApi({
    'POST /api/auth/refresh': json(signedIn),
    'GET /api/me': json(officer),
    'GET /api/forms/f1': json({ ...form, canManage: true, can: { ...form.can, manage: true } }),
    'GET /api/municipalities/haskovo': json(municipalities.haskovo),
    'GET /api/forms/f1/report': json({
      formId: 'f1',
      responses: 6,
      pendingResponses: 0,
      minGroupSize: 5,
      anonymous: true,
      from: null,
      to: null,
      withTexts: true,
      questions: [
        { key: 'q1', type: 'long_text', label: { bg: 'Какво да подобрим?' }, n: 6, distribution: [], texts: ['Повече срещи вечер.', 'More evening meetings.', 'Повеќе средби навечер.'], textLangs: ['bg', 'en', 'mk'] },
      ],
    }),
  });
  renderApp('/forms/f1/report');

  const question = await screen.findByRole('region', { name: '1. Какво да подобрим?' }, { timeout: 5000 });
  const answers = within(question).getAllByRole('listitem');
  expect(answers.map((li) => [li.textContent, li.getAttribute('lang')])).toEqual([
    ['Повече срещи вечер.', 'bg'],
    ['More evening meetings.', 'en'],
    ['Повеќе средби навечер.', 'mk'],
  ]);
});
