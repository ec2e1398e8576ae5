import { screen, within } from '@testing-library/react';
import { fakeApi, json } from '../../test/fetch';
import { aMe, signedIn } from '../../test/fixtures';
import { renderApp } from '../../test/render';

const officer = aMe({ staff: [{ municipalityId: 'm1', municipalitySlug: 'haskovo', role: 'officer' }] });

test.each([
  ['/officer/forms', 'Формуляри'],
  ['/officer', 'За служители'],
  ['/officer/consultations/new', 'За служители'],
])('on %s only "%s" is marked as the current section', async (path, current) => {
  fakeApi({ 'POST /api/auth/refresh': json(signedIn), 'GET /api/me': json(officer) });
  renderApp(path);
  const nav = await screen.findByRole('navigation', { name: 'Основна навигация' });
  await within(nav).findByRole('link', { name: 'Формуляри' });
  const marked = within(nav)
    .getAllByRole('link')
    .filter((a) => a.getAttribute('aria-current') === 'page')
    .map((a) => a.textContent);
  expect(marked).toEqual([current]);
});
