import { keepPreviousData, useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from './client';

const PAGE_SIZE = 50;

export interface OrganizationFilter {
  verified?: boolean;
  q?: string;
}

export const organizationKeys = {
  all: ['organizations'] as const,
  lists: () => [...organizationKeys.all, 'list'] as const,
  list: (filter: OrganizationFilter) => [...organizationKeys.lists(), filter] as const,
  detail: (id: string) => [...organizationKeys.all, 'detail', id] as const,
};

/** GET /organizations?verified=&q= (the query string carries the flag as "true" or "false") */
export function useOrganizations(filter: OrganizationFilter, options: { enabled?: boolean } = {}) {
  const { verified, q } = filter;
  return useInfiniteQuery({
    queryKey: organizationKeys.list(filter),
    queryFn: ({ pageParam }) =>
      unwrap(
        api.GET('/api/organizations', {
          params: { query: { q, verified: verified === undefined ? undefined : verified ? 'true' : 'false', limit: PAGE_SIZE, cursor: pageParam } },
        }),
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
    enabled: options.enabled ?? true,
  });
}

/** POST /organizations/:id/verify (admin) */
export function useVerifyOrganization() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => unwrap(api.POST('/api/organizations/{id}/verify', { params: { path: { id } } })),
    onSuccess: (_result, id) => Promise.all([
      queryClient.invalidateQueries({ queryKey: organizationKeys.lists() }),
      queryClient.invalidateQueries({ queryKey: organizationKeys.detail(id) }),
    ]),
  });
}
