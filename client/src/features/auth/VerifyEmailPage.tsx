import { useEffect, useRef } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from '../../i18n/react';
import { useVerifyEmail } from '../../api/auth';
import { useSessionStatus } from '../../api/session';
import { useErrorMessage } from '../../components/useErrorMessage';
import { usePageTitle } from '../../components/usePageTitle';
import { rememberedNextPath, withNext } from '../../lib/safe-redirect';

/** The landing page of the link in the verification e-mail: /verify-email?token=… */
export function VerifyEmailPage() {
  const { t } = useTranslation('auth');
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const verify = useVerifyEmail();
  const describe = useErrorMessage();
  const signedIn = useSessionStatus() === 'signed-in';
  const sent = useRef<string | null>(null);
  // where the person was going when they registered (an invitation), if this browser kept it
  const next = rememberedNextPath();

  useEffect(() => {
    // a token works once: never post it twice (React's development double effects included)
    if (!token || sent.current === token) return;
    sent.current = token;
    verify.mutate(token);
  }, [token, verify]);

  const failed = !token || verify.isError;
  const title = verify.isSuccess ? t('verify.doneTitle') : failed ? t('verify.failedTitle') : t('verify.title');
  usePageTitle(title);

  return (
    <div className="page-narrow">
      <h1>{title}</h1>
      <div role="status">
        {!token && <p>{t('verify.missingToken')}</p>}
        {token && verify.isPending && <p className="loading">{t('verify.working')}</p>}
        {verify.isSuccess && <p>{t('verify.doneBody')}</p>}
        {verify.isError && (
          <>
            <p>{describe(verify.error)}</p>
            <p>{t('verify.failedNext')}</p>
          </>
        )}
      </div>
      {(verify.isSuccess || failed) && (
        <p>
          {signedIn ? (
            <Link to={next ?? '/me'}>{next ? t('verify.continue') : t('verify.profile')}</Link>
          ) : (
            <Link to={withNext('/login', next)}>{t('verify.signIn')}</Link>
          )}
        </p>
      )}
    </div>
  );
}
