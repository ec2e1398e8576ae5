import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useTranslation } from '../../i18n/react';
import { useResendVerification } from '../../api/auth';
import { useExportMyData, useSession, useUpdateMe } from '../../api/me';
import { useMunicipality } from '../../api/municipalities';
import type { Locale, Me } from '../../api/types';
import { Button } from '../../components/Button';
import { ErrorSummary } from '../../components/ErrorSummary';
import { CheckboxField, RadioGroup, TextField } from '../../components/fields';
import { LiveStatus, Loading, Notice } from '../../components/Status';
import { useErrorMessage } from '../../components/useErrorMessage';
import { useFormErrors } from '../../components/useFormErrors';
import { usePageTitle } from '../../components/usePageTitle';
import { AUTONYMS, LANGUAGES } from '../../i18n';
import { downloadJson } from '../../lib/download';
import { formatDate, isoDay } from '../../lib/format';
import { countryName } from '../../lib/country-name';
import { pickLocalized } from '../../lib/localized';
import { NAME_MAX_LENGTH } from '../../lib/validation';

/** /me — the signed-in person's profile, their data and the way out. */
export function ProfilePage() {
  const { t } = useTranslation(['account', 'common']);
  usePageTitle(t('profile.title'));
  const { me } = useSession();
  if (!me) return <Loading />;
  return (
    <div className="page-narrow">
      <h1>{t('profile.title')}</h1>
      <nav aria-label={t('participation.linksLabel')}>
        <ul className="inline-actions">
          <li>
            <Link to="/me/participation">{t('participation.link')}</Link>
          </li>
          <li>
            <Link to="/me/registrations">{t('participation.registrationsLink')}</Link>
          </li>
        </ul>
      </nav>
      <AccountSummary me={me} />
      <Roles me={me} />
      <ProfileForm me={me} key={me.id} />
      <ShortcutsSetting me={me} key={`shortcuts-${me.id}`} />
      <ExportData />
      <section aria-labelledby="delete-title" className="section">
        <h2 id="delete-title">{t('delete.sectionTitle')}</h2>
        <p>{t('delete.sectionBody')}</p>
        <p>
          <Link to="/me/delete" className="button button--warning">
            {t('delete.start')}
          </Link>
        </p>
      </section>
    </div>
  );
}

function AccountSummary({ me }: { me: Me }) {
  const { t, i18n } = useTranslation(['account', 'common']);
  const resend = useResendVerification();
  const describe = useErrorMessage();
  return (
    <section aria-labelledby="account-title" className="section">
      <h2 id="account-title">{t('profile.accountTitle')}</h2>
      <dl className="summary-list">
        <div className="summary-list__row">
          <dt>{t('profile.email')}</dt>
          <dd>
            {me.email}{' '}
            <span className={me.emailVerified ? 'tag tag--ok' : 'tag tag--warn'}>
              {me.emailVerified ? t('profile.emailVerified') : t('profile.emailNotVerified')}
            </span>
          </dd>
        </div>
        <div className="summary-list__row">
          <dt>{t('profile.memberSince')}</dt>
          <dd>{formatDate(me.createdAt, i18n.language)}</dd>
        </div>
      </dl>
      {!me.emailVerified && (
        <Notice tone="warning">
          <p>{t('profile.notVerifiedNotice')}</p>
          <Button variant="secondary" busy={resend.isPending} busyLabel={t('common:status.sending')} onClick={() => resend.mutate()}>
            {t('profile.resend')}
          </Button>
        </Notice>
      )}
      <LiveStatus message={resend.isSuccess ? t('profile.resent', { email: me.email }) : undefined} />
      {resend.isError && (
        <p role="alert" className="field__error">
          {describe(resend.error)}
        </p>
      )}
    </section>
  );
}

function MunicipalityName({ slug }: { slug: string }) {
  const { i18n } = useTranslation();
  const { data } = useMunicipality(slug);
  if (!data) return <>{slug}</>;
  const name = pickLocalized(data.name, i18n.language, data.defaultLocale);
  return <span lang={name.lang === i18n.language ? undefined : name.lang}>{name.text}</span>;
}

function Roles({ me }: { me: Me }) {
  const { t } = useTranslation(['account', 'common']);
  const any = me.staff.length > 0 || me.organizations.length > 0;
  return (
    <section aria-labelledby="roles-title" className="section">
      <h2 id="roles-title">{t('profile.rolesTitle')}</h2>
      {any && (
        <ul>
          {me.staff.map((s) => (
            <li key={`${s.municipalityId}-${s.role}`}>
              {t(`roles.${s.role}`)} — <MunicipalityName slug={s.municipalitySlug} />
            </li>
          ))}
          {me.organizations.map((o) => (
            <li key={o.organizationId}>
              <Link to={`/organizations/${o.organizationId}`}>{t('profile.organizationRole', { role: t(`roles.${o.role}`), organization: o.name })}</Link>
              {!o.verified && <> {t('profile.organizationUnverified')}</>}
            </li>
          ))}
        </ul>
      )}
      <p>
        <Link to="/invitations">{t('profile.invitationsLink')}</Link>
      </p>
    </section>
  );
}

const FIELDS = {
  displayName: 'profile-display-name',
  homeSettlement: 'profile-home-settlement',
  country: 'profile-country',
  locale: 'profile-locale',
} as const;
type Field = keyof typeof FIELDS;
type Country = 'BG' | 'MK' | 'none';

function ProfileForm({ me }: { me: Me }) {
  const { t, i18n } = useTranslation(['account', 'common']);
  const update = useUpdateMe();
  const errors = useFormErrors(FIELDS);
  const [displayName, setDisplayName] = useState(me.displayName);
  const [homeSettlement, setHomeSettlement] = useState(me.homeSettlement ?? '');
  const [country, setCountry] = useState<Country>(me.country === 'BG' || me.country === 'MK' ? me.country : 'none');
  const [locale, setLocale] = useState<Locale>(me.locale);
  const [saved, setSaved] = useState(false);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    const found: Partial<Record<Field, string>> = {};
    if (!displayName.trim()) found.displayName = t('validation.displayNameRequired');
    else if (displayName.trim().length > NAME_MAX_LENGTH) found.displayName = t('validation.tooLong', { max: NAME_MAX_LENGTH });
    if (homeSettlement.trim().length > NAME_MAX_LENGTH) found.homeSettlement = t('validation.tooLong', { max: NAME_MAX_LENGTH });
    if (update.isPending || errors.showClientErrors(found)) return;
    const keepOtherCountry = country === 'none' && me.country !== null && me.country !== 'BG' && me.country !== 'MK';
    try {
      await update.mutateAsync({
        displayName: displayName.trim(),
        homeSettlement: homeSettlement.trim() || null,
        ...(keepOtherCountry ? {} : { country: country === 'none' ? null : country }),
        locale,
      });
      setSaved(true);
      if (locale !== i18n.resolvedLanguage) void i18n.changeLanguage(locale);
    } catch (error) {
      errors.showApiError(error);
    }
  }

  return (
    <section aria-labelledby="details-title" className="section">
      <ErrorSummary items={errors.summary} focusKey={errors.focusKey} />
      <h2 id="details-title">{t('profile.detailsTitle')}</h2>
      <form onSubmit={onSubmit} noValidate>
        <TextField
          id={FIELDS.displayName}
          label={t('profile.displayName')}
          autoComplete="name"
          value={displayName}
          onChange={(e) => setDisplayName(e.target.value)}
          error={errors.fieldErrors.displayName}
        />
        <TextField
          id={FIELDS.homeSettlement}
          label={t('profile.homeSettlement')}
          optional
          autoComplete="address-level2"
          value={homeSettlement}
          onChange={(e) => setHomeSettlement(e.target.value)}
          error={errors.fieldErrors.homeSettlement}
        />
        <RadioGroup<Country>
          id={FIELDS.country}
          name="country"
          legend={t('profile.country')}
          optional
          value={country}
          onChange={setCountry}
          error={errors.fieldErrors.country}
          options={[
            { value: 'BG', label: countryName('BG', i18n.language) },
            { value: 'MK', label: countryName('MK', i18n.language) },
            { value: 'none', label: t('profile.countryNone') },
          ]}
        />
        <RadioGroup<Locale>
          id={FIELDS.locale}
          name="locale"
          legend={t('profile.locale')}
          hint={t('profile.localeHint')}
          value={locale}
          onChange={setLocale}
          error={errors.fieldErrors.locale}
          options={LANGUAGES.map((l) => ({ value: l, label: AUTONYMS[l], lang: l }))}
        />
        <Button type="submit" busy={update.isPending} busyLabel={t('common:status.saving')}>
          {t('profile.save')}
        </Button>
      </form>
      <LiveStatus message={saved ? t('profile.saved') : undefined} />
    </section>
  );
}

/**
 * Single-key shortcuts (J, K, N on the officer's answering page) can get in the way of speech
 * input and of people who press keys by mistake (WCAG 2.1.4): they can be turned off here. The
 * setting belongs to the account, so it follows the person to every device.
 */
function ShortcutsSetting({ me }: { me: Me }) {
  const { t } = useTranslation(['account', 'common']);
  const update = useUpdateMe();
  const describe = useErrorMessage();
  const [on, setOn] = useState(me.keyboardShortcuts);
  const [saved, setSaved] = useState(false);

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (update.isPending) return;
    setSaved(false);
    update.mutate({ keyboardShortcuts: on }, { onSuccess: () => setSaved(true) });
  }

  return (
    <section aria-labelledby="shortcuts-title" className="section" id="shortcuts">
      <h2 id="shortcuts-title">{t('shortcuts.title')}</h2>
      <form onSubmit={onSubmit} noValidate>
        <CheckboxField id="profile-shortcuts" label={t('shortcuts.label')} hint={t('shortcuts.hint')} checked={on} onChange={setOn} />
        <Button type="submit" variant="secondary" busy={update.isPending} busyLabel={t('common:status.saving')}>
          {t('shortcuts.save')}
        </Button>
      </form>
      <LiveStatus message={saved ? (me.keyboardShortcuts ? t('shortcuts.savedOn') : t('shortcuts.savedOff')) : undefined} />
      {update.isError && (
        <p role="alert" className="field__error">
          {describe(update.error)}
        </p>
      )}
    </section>
  );
}

function ExportData() {
  const { t } = useTranslation(['account', 'common']);
  const exportData = useExportMyData();
  const describe = useErrorMessage();

  function onDownload() {
    exportData.mutate(undefined, {
      onSuccess: (data) => downloadJson(data, `sabor-my-data-${isoDay()}.json`),
    });
  }

  return (
    <section aria-labelledby="export-title" className="section">
      <h2 id="export-title">{t('export.title')}</h2>
      <p>{t('export.body')}</p>
      <Button variant="secondary" busy={exportData.isPending} busyLabel={t('export.working')} onClick={onDownload}>
        {t('export.button')}
      </Button>
      <LiveStatus message={exportData.isSuccess ? t('export.done') : undefined} />
      {exportData.isError && (
        <p role="alert" className="field__error">
          {describe(exportData.error)}
        </p>
      )}
    </section>
  );
}
