import { render } from '@testing-library/react';
import { createMemoryRouter } from 'react-router';
import { resetSessionForTests } from '../src/api/session';
import { App } from '../src/app/App';
import { startI18n } from '../src/app/i18n';
import { preloadPages } from '../src/app/pages';
import { createQueryClient } from '../src/app/queryClient';
import { routes } from '../src/app/routes';
import type { Language } from '../src/i18n';

// pages load lazily in the app; here every page is ready before the first test opens one
beforeAll(() => preloadPages());

/**
 * Renders the whole client at an address, as a browser would open it: a fresh session, query
 * cache and router. `language: null` starts from whatever the browser remembered.
 */
export function renderApp(path = '/', { language = 'bg' }: { language?: Language | null } = {}) {
  resetSessionForTests();
  const i18n = startI18n(language ?? undefined);
  const queryClient = createQueryClient({ retry: false });
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const view = render(<App i18n={i18n} queryClient={queryClient} router={router} />);
  return { ...view, router, i18n, queryClient };
}
