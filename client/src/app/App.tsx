import { useEffect, type ReactNode } from 'react';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import type { i18n as I18n } from 'i18next';
import { I18nextProvider } from 'react-i18next';
import type { RouterProviderProps } from 'react-router';
import { RouterProvider } from 'react-router/dom'; // the DOM build: supports navigate(…, { flushSync })
import { getSessionStatus, refreshSession } from '../api/session';

type Router = RouterProviderProps['router'];

/** On start, trade the refresh cookie (if any) for an access token: the session survives reloads. */
function RestoreSession() {
  useEffect(() => {
    if (getSessionStatus() === 'restoring') void refreshSession();
  }, []);
  return null;
}

export function AppProviders({ i18n, queryClient, children }: { i18n: I18n; queryClient: QueryClient; children: ReactNode }) {
  return (
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={queryClient}>
        <RestoreSession />
        {children}
      </QueryClientProvider>
    </I18nextProvider>
  );
}

export function App({ i18n, queryClient, router }: { i18n: I18n; queryClient: QueryClient; router: Router }) {
  return (
    <AppProviders i18n={i18n} queryClient={queryClient}>
      <RouterProvider router={router} />
    </AppProviders>
  );
}
