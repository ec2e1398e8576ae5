import { Link, useLocation } from 'react-router';
import { useTranslation } from '../../i18n/react';
import { usePageTitle } from '../../components/usePageTitle';
import { withNext } from '../../lib/safe-redirect';

/** After registering: what was sent, and what happens next. */
export function CheckEmailPage() {
  const { t } = useTranslation('auth');
  usePageTitle(t('checkEmail.title'));
  const state = useLocation().state as { email?: string; next?: string } | null;
  const email = state?.email;
  return (
    <div className="page-narrow">
      <div className="panel panel--confirmation">
        <h1>{t('checkEmail.title')}</h1>
        <p className="panel__body">{email ? t('checkEmail.sentTo', { email }) : t('checkEmail.sent')}</p>
      </div>
      <h2>{t('checkEmail.whatNext')}</h2>
      <p>{t('checkEmail.next')}</p>
      <p>{t('checkEmail.notReceived')}</p>
      <p>
        <Link to={withNext('/login', state?.next)}>{t('checkEmail.signIn')}</Link>
      </p>
    </div>
  );
}
