import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from '../../i18n/react';
import { useResetPassword } from '../../api/auth';
import { isApiError } from '../../api/errors';
import { Button } from '../../components/Button';
import { ErrorSummary } from '../../components/ErrorSummary';
import { TextField } from '../../components/fields';
import { FocusHeading } from '../../components/FocusHeading';
import { useFormErrors } from '../../components/useFormErrors';
import { usePageTitle } from '../../components/usePageTitle';
import { PASSWORD_MIN_LENGTH } from '../../lib/validation';

const FIELDS = { password: 'reset-password' } as const;

/** /reset-password?token=… — the landing page of the link in the password e-mail. */
export function ResetPasswordPage() {
  const { t } = useTranslation(['auth', 'common']);
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const reset = useResetPassword();
  const errors = useFormErrors(FIELDS);
  const [password, setPassword] = useState('');
  usePageTitle(reset.isSuccess ? t('reset.doneTitle') : t('reset.title'));

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const problem = !password
      ? t('validation.passwordRequired')
      : password.length < PASSWORD_MIN_LENGTH
        ? t('validation.passwordShort')
        : undefined;
    if (reset.isPending || errors.showClientErrors({ password: problem })) return;
    try {
      await reset.mutateAsync({ token, password });
    } catch (error) {
      errors.showApiError(error);
    }
  }

  if (reset.isSuccess) {
    return (
      <div className="page-narrow">
        <FocusHeading>{t('reset.doneTitle')}</FocusHeading>
        <p>{t('reset.doneBody')}</p>
        <p>
          <Link to="/login">{t('reset.signIn')}</Link>
        </p>
      </div>
    );
  }

  if (!token) {
    return (
      <div className="page-narrow">
        <h1>{t('reset.title')}</h1>
        <p>{t('reset.missingToken')}</p>
        <p>
          <Link to="/forgot-password">{t('reset.requestNew')}</Link>
        </p>
      </div>
    );
  }

  const badToken = isApiError(reset.error, 'invalid_token');
  return (
    <div className="page-narrow">
      <ErrorSummary items={errors.summary} focusKey={errors.focusKey} />
      <h1>{t('reset.title')}</h1>
      {badToken ? (
        <p>
          <Link to="/forgot-password">{t('reset.requestNew')}</Link>
        </p>
      ) : (
        <p>{t('reset.intro')}</p>
      )}
      <form onSubmit={onSubmit} noValidate>
        <TextField
          id={FIELDS.password}
          label={t('fields.newPassword')}
          hint={t('fields.passwordHint')}
          type="password"
          autoComplete="new-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          error={errors.fieldErrors.password}
        />
        <Button type="submit" busy={reset.isPending} busyLabel={t('common:status.saving')}>
          {t('reset.submit')}
        </Button>
      </form>
    </div>
  );
}
