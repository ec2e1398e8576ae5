import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from './client';
import type { Locale, SitePageKey } from './types';

export const siteKeys = {
  all: ['site'] as const,
  page: (key: SitePageKey, locale: Locale) => [...siteKeys.all, 'page', key, locale] as const,
};

/** GET /site/pages/:key?locale= — the accessibility statement or the privacy notice in one language. */
export function useSitePage(key: SitePageKey, locale: Locale) {
  return useQuery({
    queryKey: siteKeys.page(key, locale),
    queryFn: () => unwrap(api.GET('/api/site/pages/{key}', { params: { path: { key }, query: { locale } } })),
    staleTime: 5 * 60_000,
  });
}

/** PUT /site/pages/:key (admin) — one language's text. */
export function useUpdateSitePage(key: SitePageKey) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { locale: Locale; body: string }) => unwrap(api.PUT('/api/site/pages/{key}', { params: { path: { key } }, body })),
    onSuccess: (page) => queryClient.setQueryData(siteKeys.page(key, page.locale as Locale), page),
  });
}
