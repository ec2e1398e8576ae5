import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from './client';
import { meKeys } from './me';
import { endSession, startSession } from './session';
import type { LoginBody, RegisterBody } from './types';

/** POST /auth/register */
export function useRegister() {
  return useMutation({
    mutationFn: (body: RegisterBody) => unwrap(api.POST('/api/auth/register', { body })),
  });
}

/** POST /auth/verify-email */
export function useVerifyEmail() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (token: string) => unwrap(api.POST('/api/auth/verify-email', { body: { token } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: meKeys.all }),
  });
}

/** POST /auth/verify-email/resend (signed in) */
export function useResendVerification() {
  return useMutation({
    mutationFn: () => unwrap(api.POST('/api/auth/verify-email/resend')),
  });
}

/** POST /auth/login — keeps the access token in memory and loads the profile with roles. */
export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: LoginBody) => unwrap(api.POST('/api/auth/login', { body })),
    onSuccess: async (result) => {
      queryClient.removeQueries({ queryKey: meKeys.all });
      startSession(result.accessToken);
      await queryClient.prefetchQuery({ queryKey: meKeys.profile(), queryFn: () => unwrap(api.GET('/api/me')) });
    },
  });
}

/**
 * POST /auth/logout — the session ends here even if the server cannot be reached. `leave` runs
 * first (move to a public page), so guards of the current page do not redirect to sign-in.
 */
export function useLogout({ leave }: { leave?: () => void | Promise<void> } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () => {
      try {
        await unwrap(api.POST('/api/auth/logout'));
      } finally {
        await leave?.();
        endSession();
        queryClient.clear();
      }
    },
  });
}

/** POST /auth/password/forgot — the answer is the same whether or not the address is known. */
export function useForgotPassword() {
  return useMutation({
    mutationFn: (email: string) => unwrap(api.POST('/api/auth/password/forgot', { body: { email } })),
  });
}

/** POST /auth/password/reset */
export function useResetPassword() {
  return useMutation({
    mutationFn: (body: { token: string; password: string }) => unwrap(api.POST('/api/auth/password/reset', { body })),
  });
}
