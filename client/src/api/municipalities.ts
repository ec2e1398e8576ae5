import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from './client';
import type { MunicipalityInput, MunicipalityUpdate, StaffRole } from './types';

const PAGE_SIZE = 50;

export const municipalityKeys = {
  all: ['municipalities'] as const,
  lists: () => [...municipalityKeys.all, 'list'] as const,
  details: () => [...municipalityKeys.all, 'detail'] as const,
  detail: (slug: string) => [...municipalityKeys.details(), slug] as const,
  staff: (id: string) => [...municipalityKeys.all, id, 'staff'] as const,
  partners: (id: string) => [...municipalityKeys.all, id, 'partners'] as const,
};

/** GET /municipalities, a page at a time. */
export function useMunicipalities() {
  return useInfiniteQuery({
    queryKey: municipalityKeys.lists(),
    queryFn: ({ pageParam }) =>
      unwrap(api.GET('/api/municipalities', { params: { query: { limit: PAGE_SIZE, cursor: pageParam } } })),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
}

/** GET /municipalities/:slug — asked for once the slug is known. */
export function useMunicipality(slug: string) {
  return useQuery({
    queryKey: municipalityKeys.detail(slug),
    queryFn: () => unwrap(api.GET('/api/municipalities/{id}', { params: { path: { id: slug } } })),
    enabled: slug !== '',
    staleTime: 5 * 60_000,
  });
}

/** POST /municipalities (admin) */
export function useCreateMunicipality() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: MunicipalityInput) => unwrap(api.POST('/api/municipalities', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: municipalityKeys.lists() }),
  });
}

/** PATCH /municipalities/:id (admin) */
export function useUpdateMunicipality(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: MunicipalityUpdate) =>
      unwrap(api.PATCH('/api/municipalities/{id}', { params: { path: { id } }, body })),
    onSuccess: () => Promise.all([
      queryClient.invalidateQueries({ queryKey: municipalityKeys.lists() }),
      queryClient.invalidateQueries({ queryKey: municipalityKeys.details() }),
    ]),
  });
}

/** GET /municipalities/:id/staff */
export function useStaff(municipalityId: string | undefined) {
  return useQuery({
    queryKey: municipalityKeys.staff(municipalityId ?? ''),
    queryFn: () => unwrap(api.GET('/api/municipalities/{id}/staff', { params: { path: { id: municipalityId! } } })),
    enabled: Boolean(municipalityId),
  });
}

/** PUT /municipalities/:id/staff/:userId (admin) */
export function useAssignStaff(municipalityId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ userId, role }: { userId: string; role: StaffRole }) =>
      unwrap(api.PUT('/api/municipalities/{id}/staff/{userId}', { params: { path: { id: municipalityId, userId } }, body: { role } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: municipalityKeys.staff(municipalityId) }),
  });
}

/** DELETE /municipalities/:id/staff/:userId (admin) */
export function useRemoveStaff(municipalityId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (userId: string) =>
      unwrap(api.DELETE('/api/municipalities/{id}/staff/{userId}', { params: { path: { id: municipalityId, userId } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: municipalityKeys.staff(municipalityId) }),
  });
}

/** GET /municipalities/:id/partners */
export function usePartners(municipalityId: string | undefined) {
  return useQuery({
    queryKey: municipalityKeys.partners(municipalityId ?? ''),
    queryFn: () => unwrap(api.GET('/api/municipalities/{id}/partners', { params: { path: { id: municipalityId! } } })),
    enabled: Boolean(municipalityId),
  });
}

/** PUT /municipalities/:id/partners/:organizationId (admin, officer) */
export function useAddPartner(municipalityId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (organizationId: string) =>
      unwrap(api.PUT('/api/municipalities/{id}/partners/{organizationId}', { params: { path: { id: municipalityId, organizationId } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: municipalityKeys.partners(municipalityId) }),
  });
}

/** DELETE /municipalities/:id/partners/:organizationId (admin, officer) */
export function useRemovePartner(municipalityId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (organizationId: string) =>
      unwrap(api.DELETE('/api/municipalities/{id}/partners/{organizationId}', { params: { path: { id: municipalityId, organizationId } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: municipalityKeys.partners(municipalityId) }),
  });
}

/** GET /municipalities/:id/transparency — how the municipality keeps the law, in figures anyone may read. */
export function useTransparency(id: string | undefined) {
  return useQuery({
    queryKey: [...municipalityKeys.all, id, 'transparency'] as const,
    queryFn: () => unwrap(api.GET('/api/municipalities/{id}/transparency', { params: { path: { id: id! } } })),
    enabled: Boolean(id),
  });
}

/** PUT/DELETE /municipalities/:id/follow — an e-mail for each new consultation of the municipality. */
export function useFollow(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (follow: boolean) =>
      unwrap(follow ? api.PUT('/api/municipalities/{id}/follow', { params: { path: { id } } }) : api.DELETE('/api/municipalities/{id}/follow', { params: { path: { id } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['me'] }),
  });
}

/** POST /unsubscribe?token= — the link in a "new consultation" e-mail; no login. */
export function useUnsubscribe() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (token: string) => unwrap(api.POST('/api/unsubscribe', { params: { query: { token } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['me'] }),
  });
}

/** PUT /municipalities/:id/coat-of-arms (admin, officer) — a PNG, JPEG or WebP image. */
export function useUploadCoatOfArms(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (file: File) =>
      unwrap(
        api.PUT('/api/municipalities/{id}/coat-of-arms', {
          params: { path: { id } },
          // the generated type names the file part a string (OpenAPI's "binary"); the body is FormData
          body: { file: '' },
          bodySerializer: () => {
            const form = new FormData();
            form.append('file', file, file.name);
            return form;
          },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: municipalityKeys.details() }),
  });
}
