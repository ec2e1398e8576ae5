import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useTranslation } from '../../i18n/react';
import { useForgotPassword } from '../../api/auth';
import { Button } from '../../components/Button';
import { ErrorSummary } from '../../components/ErrorSummary';
import { TextField } from '../../components/fields';
import { FocusHeading } from '../../components/FocusHeading';
import { useFormErrors } from '../../components/useFormErrors';
import { usePageTitle } from '../../components/usePageTitle';
import { looksLikeEmail } from '../../lib/validation';

const FIELDS = { email: 'forgot-email' } as const;

/** /forgot-password — always the same answer, so nobody learns which addresses are registered. */
export function ForgotPasswordPage() {
  const { t } = useTranslation(['auth', 'common']);
  const forgot = useForgotPassword();
  const errors = useFormErrors(FIELDS);
  const [email, setEmail] = useState('');
  usePageTitle(forgot.isSuccess ? t('forgot.sentTitle') : t('forgot.title'));

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const value = email.trim();
    const problem = !value ? t('validation.emailRequired') : !looksLikeEmail(value) ? t('validation.emailInvalid') : undefined;
    if (forgot.isPending || errors.showClientErrors({ email: problem })) return;
    try {
      await forgot.mutateAsync(value);
    } catch (error) {
      errors.showApiError(error);
    }
  }

  if (forgot.isSuccess) {
    return (
      <div className="page-narrow">
        <FocusHeading>{t('forgot.sentTitle')}</FocusHeading>
        <p>{t('forgot.sentBody', { email: email.trim() })}</p>
        <p>{t('forgot.sentNext')}</p>
        <p>
          <Link to="/login">{t('forgot.backToLogin')}</Link>
        </p>
      </div>
    );
  }

  return (
    <div className="page-narrow">
      <ErrorSummary items={errors.summary} focusKey={errors.focusKey} />
      <h1>{t('forgot.title')}</h1>
      <p>{t('forgot.intro')}</p>
      <form onSubmit={onSubmit} noValidate>
        <TextField
          id={FIELDS.email}
          label={t('fields.email')}
          type="email"
          autoComplete="email"
          spellCheck={false}
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          error={errors.fieldErrors.email}
        />
        <Button type="submit" busy={forgot.isPending} busyLabel={t('common:status.sending')}>
          {t('forgot.submit')}
        </Button>
      </form>
      <p>
        <Link to="/login">{t('forgot.backToLogin')}</Link>
      </p>
    </div>
  );
}
