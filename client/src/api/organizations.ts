import { keepPreviousData, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
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

export const invitationKeys = {
  mine: ['me', 'invitations'] as const,
  ofOrganization: (id: string) => [...organizationKeys.detail(id), 'invitations'] as const,
};

/** GET /organizations/:id (members only for its members and admins) */
export function useOrganization(id: string | undefined) {
  return useQuery({
    queryKey: organizationKeys.detail(id ?? ''),
    queryFn: () => unwrap(api.GET('/api/organizations/{id}', { params: { path: { id: id! } } })),
    enabled: Boolean(id),
  });
}

/** GET /organizations/:id/invitations (representatives): the pending ones */
export function useOrganizationInvitations(id: string, options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: invitationKeys.ofOrganization(id),
    queryFn: () => unwrap(api.GET('/api/organizations/{id}/invitations', { params: { path: { id } } })),
    enabled: options.enabled ?? true,
  });
}

/** POST /organizations/:id/members (representatives): sends an invitation; 202 whatever the address */
export function useInviteMember(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { email: string; role: 'representative' | 'member' }) => unwrap(api.POST('/api/organizations/{id}/members', { params: { path: { id } }, body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: invitationKeys.ofOrganization(id) }),
  });
}

/** DELETE /organizations/:id/invitations/:invitationId (representatives) */
export function useCancelInvitation(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (invitationId: string) => unwrap(api.DELETE('/api/organizations/{id}/invitations/{invitationId}', { params: { path: { id, invitationId } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: invitationKeys.ofOrganization(id) }),
  });
}

/** GET /me/invitations: those sent to the signed-in person's verified address */
export function useMyInvitations() {
  return useQuery({ queryKey: invitationKeys.mine, queryFn: () => unwrap(api.GET('/api/me/invitations')) });
}

/** POST /me/invitations/:id/accept · /decline */
export function useAnswerInvitation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ invitationId, accept }: { invitationId: string; accept: boolean }) =>
      accept
        ? unwrap(api.POST('/api/me/invitations/{invitationId}/accept', { params: { path: { invitationId } } }))
        : unwrap(api.POST('/api/me/invitations/{invitationId}/decline', { params: { path: { invitationId } } })),
    // the profile lists the memberships
    onSuccess: () => Promise.all([queryClient.invalidateQueries({ queryKey: invitationKeys.mine }), queryClient.invalidateQueries({ queryKey: ['me'] })]),
  });
}
