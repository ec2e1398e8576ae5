import { screen, within } from '@testing-library/react';
import { fakeApi, json } from '../../../test/fetch';
import { aMe, municipalities, page, signedIn } from '../../../test/fixtures';
import { renderApp } from '../../../test/render';
import { aForm } from './test-fixtures';

const ngo = aMe({ organizations: [{ organizationId: 'o1', name: 'Алианс за регионално сътрудничество и развитие', role: 'representative', verified: true }] });
const partner = { organizationId: 'o1', name: 'Алианс за регионално сътрудничество и развитие', kind: 'ngo', verified: true, since: '2026-01-10T10:00:00.000Z' };
const activity = { type: 'meeting', id: 'mt1', title: { bg: 'Среща на побратимените градове' } };

beforeEach(() => localStorage.clear());

test('the partner NGO sees only its partner municipality: the published forms and satisfaction by month, a small month hidden', async () => {
  const api = fakeApi({
    'POST /api/auth/refresh': json(signedIn),
    'GET /api/me': json(ngo),
    'GET /api/municipalities': json(page([municipalities.haskovo, municipalities.krivaPalanka])),
    'GET /api/municipalities/m1/partners': json({ items: [partner] }),
    'GET /api/municipalities/m2/partners': json({ items: [] }),
    'GET /api/forms': json(page([aForm({ canManage: false, responses: 212 }), aForm({ id: 'f0', title: { bg: 'Чернова' }, status: 'draft', publishedAt: null, responses: 0 })])),
    'GET /api/reports/satisfaction': json({
      municipalityId: 'm1',
      from: null,
      to: null,
      rule: '',
      items: [
        { activity, month: '2026-03', forms: 1, responses: 208, meanSatisfaction: 81.25, nps: 42.3 },
        { activity, month: '2026-04', forms: 1, responses: null, meanSatisfaction: null, nps: null, suppressed: true },
      ],
      activities: [{ activity, forms: 1, responses: 212, meanSatisfaction: 80.9, nps: 41 }],
    }),
  });
  renderApp('/reviews');

  expect(await screen.findByRole('heading', { level: 2, name: 'Хасково' })).toBeInTheDocument();
  expect(screen.queryByRole('heading', { level: 2, name: 'Крива Паланка' })).not.toBeInTheDocument();
  expect(new URL(api.requests('GET /api/forms')[0].url).searchParams.get('municipalityId')).toBe('m1');

  const forms = await screen.findByRole('list', { name: 'Формуляри на Хасково' });
  expect(within(forms).getByText('Как мина срещата?')).toBeInTheDocument();
  expect(within(forms).queryByText('Чернова')).not.toBeInTheDocument();
  expect(within(forms).getByText(/212 отговора/)).toBeInTheDocument();
  expect(within(forms).getByRole('link', { name: 'Резултати — Как мина срещата?' })).toHaveAttribute('href', '/forms/f1/report');

  const table = await screen.findByRole('table', { name: 'Удовлетвореност по месеци: Среща на побратимените градове' });
  expect(within(table).getAllByRole('row').slice(1).map((r) => r.textContent)).toEqual([
    'март 2026 г.208+4281,3',
    'април 2026 г.твърде малко — скрито за анонимност',
    'Целият период212+4180,9',
  ]);
  expect(screen.getByRole('link', { name: 'Среща на побратимените градове' })).toHaveAttribute('href', '/meetings/mt1');
});
