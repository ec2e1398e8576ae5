import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from '../../i18n/react';
import { useLogin } from '../../api/auth';
import { Button } from '../../components/Button';
import { ErrorSummary } from '../../components/ErrorSummary';
import { TextField } from '../../components/fields';
import { useFormErrors } from '../../components/useFormErrors';
import { usePageTitle } from '../../components/usePageTitle';
import { forgetNextPath, safeNextPath, withNext } from '../../lib/safe-redirect';

const FIELDS = { email: 'login-email', password: 'login-password' } as const;
type Field = keyof typeof FIELDS;

export function LoginPage() {
  const { t } = useTranslation(['auth', 'common']);
  usePageTitle(t('login.title'));
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const login = useLogin();
  const errors = useFormErrors(FIELDS);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const found: Partial<Record<Field, string>> = {};
    if (!email.trim()) found.email = t('validation.emailRequired');
    if (!password) found.password = t('validation.passwordRequired');
    if (login.isPending || errors.showClientErrors(found)) return;
    try {
      await login.mutateAsync({ email: email.trim(), password });
      forgetNextPath();
      navigate(safeNextPath(params.get('next')), { replace: true });
    } catch (error) {
      setPassword('');
      errors.showApiError(error);
    }
  }

  return (
    <div className="page-narrow">
      <ErrorSummary items={errors.summary} focusKey={errors.focusKey} />
      <h1>{t('login.title')}</h1>
      <form onSubmit={onSubmit} noValidate>
        <TextField
          id={FIELDS.email}
          label={t('fields.email')}
          type="email"
          autoComplete="username"
          spellCheck={false}
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          error={errors.fieldErrors.email}
        />
        <TextField
          id={FIELDS.password}
          label={t('fields.password')}
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          error={errors.fieldErrors.password}
        />
        <Button type="submit" busy={login.isPending} busyLabel={t('common:status.sending')}>
          {t('login.submit')}
        </Button>
      </form>
      <p>
        <Link to="/forgot-password">{t('login.forgot')}</Link>
      </p>
      <p>
        {t('login.noAccount')} <Link to={withNext('/register', params.get('next'))}>{t('login.register')}</Link>
      </p>
    </div>
  );
}
