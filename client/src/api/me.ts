import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from './client';
import { endSession, useSessionStatus, type SessionStatus } from './session';
import type { Me, PersonalDataExport, UpdateMeBody } from './types';

export const meKeys = {
  all: ['me'] as const,
  profile: () => [...meKeys.all, 'profile'] as const,
};

/** GET /me — only asked for while signed in. */
export function useMe() {
  const status = useSessionStatus();
  return useQuery({
    queryKey: meKeys.profile(),
    queryFn: () => unwrap(api.GET('/api/me')),
    enabled: status === 'signed-in',
    staleTime: 60_000,
  });
}

export interface Session {
  status: SessionStatus;
  /** The signed-in person with roles; undefined while signed out or still loading. */
  me: Me | undefined;
  /** True once it is known whether someone is signed in, and who. */
  ready: boolean;
  meError: unknown;
}

/** Who is using the client now: the session status joined with GET /me. */
export function useSession(): Session {
  const status = useSessionStatus();
  const me = useMe();
  const signedIn = status === 'signed-in';
  return {
    status,
    me: signedIn ? me.data : undefined,
    ready: status === 'signed-out' || (signedIn && !me.isPending),
    meError: signedIn ? me.error : null,
  };
}

/** PATCH /me */
export function useUpdateMe() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateMeBody) => unwrap(api.PATCH('/api/me', { body })),
    onSuccess: (me) => queryClient.setQueryData(meKeys.profile(), me),
  });
}

/** GET /me/export — asked for on demand, never cached. */
export function useExportMyData() {
  return useMutation({
    mutationFn: (): Promise<PersonalDataExport> => unwrap(api.GET('/api/me/export', { cache: 'no-store' })),
  });
}

/**
 * DELETE /me — then ends the session and forgets everything cached. `leave` runs first (move
 * to a page that needs no account), so guards of the current page do not redirect to sign-in.
 */
export function useDeleteMe({ leave }: { leave?: () => void | Promise<void> } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(api.DELETE('/api/me')),
    onSuccess: async () => {
      await leave?.();
      endSession();
      queryClient.clear();
    },
  });
}
