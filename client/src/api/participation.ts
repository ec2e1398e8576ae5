import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { api, unwrap } from './client';

const PAGE_SIZE = 20;

export const participationKeys = {
  all: ['me', 'participation'] as const,
  contributions: () => [...participationKeys.all, 'contributions'] as const,
  answeredForms: () => [...participationKeys.all, 'answered-forms'] as const,
};

/** GET /me/contributions — the signed-in person's own contributions, newest first, a page at a time. */
export function useMyContributions() {
  return useInfiniteQuery({
    queryKey: participationKeys.contributions(),
    queryFn: ({ pageParam }) => unwrap(api.GET('/api/me/contributions', { params: { query: { limit: PAGE_SIZE, cursor: pageParam } } })),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
}

/** GET /me/answered-forms — forms answered while signed in (for anonymous ones only that). */
export function useMyAnsweredForms() {
  return useQuery({
    queryKey: participationKeys.answeredForms(),
    queryFn: () => unwrap(api.GET('/api/me/answered-forms')),
  });
}
