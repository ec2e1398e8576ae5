import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/errors';

/** Turns any failure into a sentence for people: the server's own text when it sent one. */
export function useErrorMessage(): (error: unknown) => string {
  const { t } = useTranslation();
  return useCallback(
    (error: unknown) => {
      if (error instanceof ApiError) {
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
