import { Link, useSearchParams } from 'react-router';
import { useTranslation } from '../../i18n/react';
import { isApiError } from '../../api/errors';
import { useUnsubscribe } from '../../api/municipalities';
import { Button } from '../../components/Button';
import { FocusHeading } from '../../components/FocusHeading';
import { ErrorNotice, Notice } from '../../components/Status';
import { usePageTitle } from '../../components/usePageTitle';
import { useLocalize } from '../../lib/useLocalize';

/**
 * `/unsubscribe?token=…` — the link at the foot of a "new consultation" e-mail. Opening it stops
 * nothing (mail scanners open links too): the reader confirms with a button. Mail programs that
 * offer "unsubscribe" themselves POST the same token without this page (one click, RFC 8058).
 */
export function UnsubscribePage() {
  const { t } = useTranslation(['municipalities', 'common']);
  const localize = useLocalize();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const stop = useUnsubscribe();
  usePageTitle(stop.isSuccess ? t('unsubscribe.doneTitle') : t('unsubscribe.title'));

  if (stop.isSuccess) {
    return (
      <div className="page-narrow">
        <div className="panel panel--confirmation">
          <FocusHeading>{t('unsubscribe.doneTitle')}</FocusHeading>
        </div>
        <p>{t('unsubscribe.doneBody', { municipality: localize(stop.data.municipalityName).text })}</p>
        <p>
          <Link to="/municipalities">{t('unsubscribe.again')}</Link>
        </p>
      </div>
    );
  }
  const invalid = token.length < 20 || isApiError(stop.error, 'invalid_token') || isApiError(stop.error, 'validation_failed');
  return (
    <div className="page-narrow">
      <h1>{t('unsubscribe.title')}</h1>
      {invalid ? (
        <Notice tone="error" title={t('unsubscribe.invalidTitle')}>
          <p>{t('unsubscribe.invalidBody')}</p>
        </Notice>
      ) : (
        <>
          <p>{t('unsubscribe.body')}</p>
          <ErrorNotice error={stop.error} />
          <Button busy={stop.isPending} busyLabel={t('common:status.sending')} onClick={() => stop.mutate(token)}>
            {t('unsubscribe.confirm')}
          </Button>
        </>
      )}
    </div>
  );
}
