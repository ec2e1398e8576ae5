import { Link, useSearchParams } from 'react-router';
import { useTranslation } from '../../i18n/react';
import { isApiError } from '../../api/errors';
import { useCancelByToken } from '../../api/meetings';
import { Button } from '../../components/Button';
import { FocusHeading } from '../../components/FocusHeading';
import { ErrorNotice, Notice } from '../../components/Status';
import { usePageTitle } from '../../components/usePageTitle';

/**
 * `/registrations/cancel?token=…` — the link in the confirmation e-mail. Opening it cancels
 * nothing (mail scanners open links too): the registrant confirms with a button.
 */
export function CancelRegistrationPage() {
  const { t } = useTranslation(['meetings', 'common']);
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const cancel = useCancelByToken();
  const done = cancel.isSuccess;
  usePageTitle(done ? t('cancel.doneTitle') : t('cancel.title'));

  if (done) {
    return (
      <div className="page-narrow">
        <div className="panel panel--confirmation">
          <FocusHeading>{t('cancel.doneTitle')}</FocusHeading>
        </div>
        <p>{t('cancel.doneBody')}</p>
        <p>
          <Link to={`/meetings/${cancel.data.meetingId}`}>{t('cancel.toMeeting')}</Link>
        </p>
      </div>
    );
  }
  const invalid = !token || token.length < 10 || isApiError(cancel.error, 'invalid_token') || isApiError(cancel.error, 'validation_failed');
  return (
    <div className="page-narrow">
      <h1>{t('cancel.title')}</h1>
      {invalid ? (
        <Notice tone="error" title={t('cancel.invalidTitle')}>
          <p>{t('cancel.invalidBody')}</p>
          <p>
            <Link to="/me/registrations">{t('list.mine')}</Link>
          </p>
        </Notice>
      ) : (
        <>
          <p>{t('cancel.body')}</p>
          {isApiError(cancel.error, 'registration_not_cancellable') ? (
            <Notice tone="warning" title={t('cancel.notCancellableTitle')}>
              <p>{t('cancel.notCancellableBody')}</p>
            </Notice>
          ) : (
            <ErrorNotice error={cancel.error} />
          )}
          <Button variant="warning" busy={cancel.isPending} busyLabel={t('common:status.sending')} onClick={() => cancel.mutate(token)}>
            {t('cancel.confirm')}
          </Button>
          <p>
            <Link to="/meetings">{t('cancel.keep')}</Link>
          </p>
        </>
      )}
    </div>
  );
}
