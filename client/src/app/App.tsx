import { useEffect, useRef, type ReactNode } from 'react';
import { QueryClientProvider, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { RouterProviderProps } from 'react-router';
import { RouterProvider } from 'react-router/dom'; // the DOM build: supports navigate(…, { flushSync })
import { isApiError } from '../api/errors';
import { meKeys } from '../api/me';
import { restoreSession, useSessionStatus } from '../api/session';
import type { I18n } from '../i18n';
import { I18nProvider } from '../i18n/react';

type Router = RouterProviderProps['router'];

/**
 * On start, trade the refresh cookie (if any) for an access token: the session survives reloads.
 * When someone signs in, what was asked anonymously is asked again with their token: refused
 * answers (401/403, or a 404 for a draft only its officers see) start over as loading, the rest
 * refetch in the background.
 */
function RestoreSession() {
  const status = useSessionStatus();
  const queryClient = useQueryClient();
  const previous = useRef(status);
  useEffect(() => {
    void restoreSession();
  }, []);
  useEffect(() => {
    const before = previous.current;
    previous.current = status;
    // from `restoring` nothing was asked anonymously: every call waited for the restore
    if (status !== 'signed-in' || before !== 'signed-out') return;
    const notMe = (key: readonly unknown[]) => key[0] !== meKeys.all[0];
    void queryClient.resetQueries({
      predicate: (query) => notMe(query.queryKey) && query.state.status === 'error' && isApiError(query.state.error) && [401, 403, 404].includes(query.state.error.status),
    });
    // those just reset are already on their way: not asked twice
    void queryClient.invalidateQueries({ predicate: (query) => notMe(query.queryKey) }, { cancelRefetch: false });
  }, [status, queryClient]);
  return null;
}

export function AppProviders({ i18n, queryClient, children }: { i18n: I18n; queryClient: QueryClient; children: ReactNode }) {
  return (
    <I18nProvider i18n={i18n}>
      <QueryClientProvider client={queryClient}>
        <RestoreSession />
        {children}
      </QueryClientProvider>
    </I18nProvider>
  );
}

export function App({ i18n, queryClient, router }: { i18n: I18n; queryClient: QueryClient; router: Router }) {
  return (
    <AppProviders i18n={i18n} queryClient={queryClient}>
      <RouterProvider router={router} />
    </AppProviders>
  );
}
