import { useCallback } from 'react';
import { useTranslation } from '../i18n/react';
import { ApiError } from '../api/errors';

/** Turns any failure into a sentence for people: the server's own text when it sent one. */
export function useErrorMessage(): (error: unknown) => string {
  const { t } = useTranslation();
  return useCallback(
    (error: unknown) => {
      if (error instanceof ApiError) {
        // when to try again, from the answer's details (the same as its Retry-After)
        const retryAfter = Number(error.details.retryAfterSeconds);
        if (error.code === 'rate_limited' && retryAfter > 0) {
          return retryAfter < 120 ? t('errors.rateLimitedSeconds', { count: retryAfter }) : t('errors.rateLimitedMinutes', { count: Math.ceil(retryAfter / 60) });
        }
        if (error.message) return error.message;
        if (error.code === 'network_error') return t('errors.network');
        if (error.status >= 502 && error.status <= 504) return t('errors.unavailable');
        return t('errors.http', { status: error.status });
      }
      return t('errors.unknown');
    },
    [t],
  );
}
