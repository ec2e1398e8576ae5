import { QueryClient } from '@tanstack/react-query';
import { ApiError } from '../api/errors';

/**
 * A 4xx answer will not change by asking again; network failures and 5xx get two more tries,
 * and a 503 (the service is briefly unavailable, e.g. its database restarts) keeps trying for
 * about two minutes.
 */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (error instanceof ApiError && error.status === 503) return failureCount < 12;
  if (error instanceof ApiError && error.status >= 400 && error.status < 500) return false;
  return failureCount < 2;
}

/** 1 s, 2 s, 4 s, 8 s, then every 15 s. */
export function retryDelay(failureCount: number): number {
  return Math.min(1000 * 2 ** failureCount, 15_000);
}

export function createQueryClient(options: { retry?: boolean } = {}): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        retry: options.retry === false ? false : shouldRetry,
        retryDelay,
      },
      mutations: { retry: false },
    },
  });
}
