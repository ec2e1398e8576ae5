import { useTranslation } from '../i18n/react';
import { useServiceUnavailable } from '../api/outage';

/**
 * "The service is briefly unavailable, trying again": shown while the API answers 503. A polite
 * live region that is always in the page, so screen readers announce it when it appears; the
 * person stays signed in and the page fills in by itself once the service is back.
 */
export function ServiceNotice() {
  const { t } = useTranslation();
  const unavailable = useServiceUnavailable();
  return (
    <div role="status" className={unavailable ? 'notice notice--warning' : 'visually-hidden'}>
      {unavailable ? t('status.unavailable') : null}
    </div>
  );
}
