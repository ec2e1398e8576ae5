import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from './client';

export const userKeys = {
  all: ['users'] as const,
  search: (q: string) => [...userKeys.all, 'search', q] as const,
};

/** GET /users?q= (admin) — asked for once the search has at least two characters. */
export function useUserSearch(q: string) {
  const query = q.trim();
  return useQuery({
    queryKey: userKeys.search(query),
    queryFn: () => unwrap(api.GET('/api/users', { params: { query: { q: query, limit: 20 } } })),
    enabled: query.length >= 2,
  });
}
