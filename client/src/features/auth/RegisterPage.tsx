import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from '../../i18n/react';
import { useRegister } from '../../api/auth';
import { Button } from '../../components/Button';
import { ErrorSummary } from '../../components/ErrorSummary';
import { RadioGroup, TextField } from '../../components/fields';
import { useFormErrors } from '../../components/useFormErrors';
import { usePageTitle } from '../../components/usePageTitle';
import { currentLanguage } from '../../i18n';
import { countryName } from '../../lib/country-name';
import { looksLikeEmail, NAME_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../../lib/validation';
import { rememberNextPath, safeNextPath, withNext } from '../../lib/safe-redirect';

const FIELDS = {
  email: 'register-email',
  password: 'register-password',
  displayName: 'register-display-name',
  homeSettlement: 'register-home-settlement',
  country: 'register-country',
} as const;
type Field = keyof typeof FIELDS;
type Country = 'BG' | 'MK' | 'none';

export function RegisterPage() {
  const { t, i18n } = useTranslation(['auth', 'common']);
  usePageTitle(t('register.title'));
  const navigate = useNavigate();
  // where the person was going (an invitation's link: /register?next=/invitations), kept for after the e-mail is verified
  const next = safeNextPath(useSearchParams()[0].get('next'), '');
  const register = useRegister();
  const errors = useFormErrors(FIELDS);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [homeSettlement, setHomeSettlement] = useState('');
  const [country, setCountry] = useState<Country | ''>('');

  function validate(): Partial<Record<Field, string>> {
    const found: Partial<Record<Field, string>> = {};
    if (!email.trim()) found.email = t('validation.emailRequired');
    else if (!looksLikeEmail(email)) found.email = t('validation.emailInvalid');
    if (!password) found.password = t('validation.passwordRequired');
    else if (password.length < PASSWORD_MIN_LENGTH) found.password = t('validation.passwordShort');
    if (!displayName.trim()) found.displayName = t('validation.displayNameRequired');
    else if (displayName.trim().length > NAME_MAX_LENGTH) found.displayName = t('validation.tooLong', { max: NAME_MAX_LENGTH });
    if (homeSettlement.trim().length > NAME_MAX_LENGTH) found.homeSettlement = t('validation.tooLong', { max: NAME_MAX_LENGTH });
    return found;
  }

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (register.isPending || errors.showClientErrors(validate())) return;
    try {
      await register.mutateAsync({
        email: email.trim(),
        password,
        displayName: displayName.trim(),
        locale: currentLanguage(),
        ...(homeSettlement.trim() ? { homeSettlement: homeSettlement.trim() } : {}),
        ...(country === 'BG' || country === 'MK' ? { country } : {}),
      });
      rememberNextPath(next);
      navigate('/register/check-email', { state: { email: email.trim(), next } });
    } catch (error) {
      errors.showApiError(error);
    }
  }

  const lang = i18n.language;
  return (
    <div className="page-narrow">
      <ErrorSummary items={errors.summary} focusKey={errors.focusKey} />
      <h1>{t('register.title')}</h1>
      <p className="lead">{t('register.intro')}</p>

      <section className="inset" aria-labelledby="privacy-title">
        <h2 id="privacy-title" className="inset__title">
          {t('register.privacyTitle')}
        </h2>
        <ul>
          <li>{t('register.privacyStored')}</li>
          <li>{t('register.privacyWhy')}</li>
          <li>{t('register.privacyPublic')}</li>
          <li>{t('register.privacyDelete')}</li>
        </ul>
      </section>

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
        <TextField
          id={FIELDS.password}
          label={t('fields.password')}
          hint={t('fields.passwordHint')}
          type="password"
          autoComplete="new-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          error={errors.fieldErrors.password}
        />
        <TextField
          id={FIELDS.displayName}
          label={t('fields.displayName')}
          hint={t('fields.displayNameHint')}
          autoComplete="name"
          value={displayName}
          onChange={(e) => setDisplayName(e.target.value)}
          error={errors.fieldErrors.displayName}
        />
        <TextField
          id={FIELDS.homeSettlement}
          label={t('fields.homeSettlement')}
          hint={t('fields.homeSettlementHint')}
          optional
          autoComplete="address-level2"
          value={homeSettlement}
          onChange={(e) => setHomeSettlement(e.target.value)}
          error={errors.fieldErrors.homeSettlement}
        />
        <RadioGroup<Country>
          id={FIELDS.country}
          name="country"
          legend={t('fields.country')}
          optional
          value={country}
          onChange={setCountry}
          error={errors.fieldErrors.country}
          options={[
            { value: 'BG', label: countryName('BG', lang) },
            { value: 'MK', label: countryName('MK', lang) },
            { value: 'none', label: t('fields.countryNone') },
          ]}
        />
        <Button type="submit" busy={register.isPending} busyLabel={t('common:status.sending')}>
          {t('register.submit')}
        </Button>
      </form>
      <p>
        {t('register.haveAccount')} <Link to={withNext('/login', next)}>{t('register.signIn')}</Link>
      </p>
    </div>
  );
}
