import { useMemo, useState, type FormEvent } from 'react';
import { useNavigate, useParams } from 'react-router';
import { useTranslation } from '../../i18n/react';
import { isApiError } from '../../api/errors';
import { useCreateMunicipality, useMunicipality, useUpdateMunicipality, useUploadCoatOfArms } from '../../api/municipalities';
import { apiUrl } from '../../api/session';
import type { CountryCode, Locale, Municipality, MunicipalityInput } from '../../api/types';
import { Breadcrumbs } from '../../components/Breadcrumbs';
import { Button } from '../../components/Button';
import { ErrorSummary } from '../../components/ErrorSummary';
import { RadioGroup, SelectField, TextField } from '../../components/fields';
import { cleanLocalized, LocalizedFields, type LocalizedValue } from '../../components/LocalizedFields';
import { ErrorNotice, LiveStatus } from '../../components/Status';
import { NotFound } from '../../components/Pages';
import { LoadError, Loading } from '../../components/Status';
import { useFormErrors } from '../../components/useFormErrors';
import { usePageTitle } from '../../components/usePageTitle';
import { AUTONYMS, LANGUAGES } from '../../i18n';
import { countryName } from '../../lib/country-name';
import { pickLocalized } from '../../lib/localized';
import type { MunicipalityFlash } from './MunicipalitiesPage';

const FIELDS = {
  slug: 'municipality-slug',
  nameBg: 'municipality-name-bg',
  nameEn: 'municipality-name-en',
  nameMk: 'municipality-name-mk',
  country: 'municipality-country',
  timeZone: 'municipality-time-zone',
  defaultLocale: 'municipality-default-locale',
  address: 'municipality-address',
  phone: 'municipality-phone',
  email: 'municipality-email',
  website: 'municipality-website',
  officeHours: 'municipality-office-hours',
  dpoName: 'municipality-dpo-name',
  dpoEmail: 'municipality-dpo-email',
  officialCode: 'municipality-official-code',
  lauCode: 'municipality-lau-code',
} as const;
type Field = keyof typeof FIELDS;

const NAME_FIELD: Record<Locale, Field> = { bg: 'nameBg', en: 'nameEn', mk: 'nameMk' };
const SERVER_FIELDS: Record<string, Field> = {
  slug: 'slug',
  'name.bg': 'nameBg',
  'name.en': 'nameEn',
  'name.mk': 'nameMk',
  country: 'country',
  timeZone: 'timeZone',
  defaultLocale: 'defaultLocale',
  address: 'address',
  phone: 'phone',
  email: 'email',
  website: 'website',
  officeHours: 'officeHours',
  dpoName: 'dpoName',
  dpoEmail: 'dpoEmail',
  officialCode: 'officialCode',
  lauCode: 'lauCode',
};
const DEFAULT_ZONE: Record<CountryCode, string> = { BG: 'Europe/Sofia', MK: 'Europe/Skopje' };
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_NAME = 200;
/** An official code as the registers write it: capital letters and digits (EKATTE HKV34). */
const CODE = /^[A-Z0-9]{2,12}$/;

/** Europe's zones (every municipality on Sabor is in Europe), plus the current value if not among them. */
function timeZones(current: string): string[] {
  let zones: string[];
  try {
    zones = Intl.supportedValuesOf('timeZone').filter((z) => z.startsWith('Europe/'));
  } catch {
    zones = []; // an engine without the list: the defaults below still work
  }
  for (const zone of [...Object.values(DEFAULT_ZONE), current]) if (zone && !zones.includes(zone)) zones.push(zone);
  return zones.sort();
}

/** `/admin/municipalities/new` */
export function CreateMunicipalityPage() {
  return <MunicipalityFormPage />;
}

/** `/admin/municipalities/:slug/edit` */
export function EditMunicipalityPage() {
  const { slug = '' } = useParams();
  const query = useMunicipality(slug);
  if (query.isPending) return <Loading />;
  if (isApiError(query.error) && query.error.status === 404) return <NotFound />;
  if (query.isError) return <LoadError error={query.error} onRetry={() => void query.refetch()} />;
  return <MunicipalityFormPage existing={query.data} key={query.data.id} />;
}

function MunicipalityFormPage({ existing }: { existing?: Municipality }) {
  const { t, i18n } = useTranslation(['admin', 'common']);
  const title = existing ? t('municipalityForm.editTitle') : t('municipalityForm.createTitle');
  usePageTitle(title);
  const navigate = useNavigate();
  const create = useCreateMunicipality();
  const update = useUpdateMunicipality(existing?.id ?? '');
  const pending = create.isPending || update.isPending;
  const errors = useFormErrors(FIELDS);

  const [slug, setSlug] = useState(existing?.slug ?? '');
  const [names, setNames] = useState<Record<Locale, string>>({
    bg: existing?.name.bg ?? '',
    en: existing?.name.en ?? '',
    mk: existing?.name.mk ?? '',
  });
  const [country, setCountry] = useState<CountryCode | ''>(existing?.country ?? '');
  const [timeZone, setTimeZone] = useState(existing?.timeZone ?? DEFAULT_ZONE.BG);
  const [defaultLocale, setDefaultLocale] = useState<Locale>(existing?.defaultLocale ?? 'bg');
  const zones = useMemo(() => timeZones(timeZone), [timeZone]);
  const [address, setAddress] = useState<LocalizedValue>(existing?.address ?? {});
  const [officeHours, setOfficeHours] = useState<LocalizedValue>(existing?.officeHours ?? {});
  const [contact, setContact] = useState({
    phone: existing?.phone ?? '',
    email: existing?.email ?? '',
    website: existing?.website ?? '',
    dpoName: existing?.dpoName ?? '',
    dpoEmail: existing?.dpoEmail ?? '',
    officialCode: existing?.officialCode ?? '',
    lauCode: existing?.lauCode ?? '',
  });
  const setContactField = (field: keyof typeof contact) => (e: { target: { value: string } }) => setContact((prev) => ({ ...prev, [field]: e.target.value }));

  function onCountry(next: CountryCode) {
    // follow the country while the zone is still the other country's default
    if (!country || timeZone === DEFAULT_ZONE[country]) setTimeZone(DEFAULT_ZONE[next]);
    if (!existing && !names.bg && !names.mk) setDefaultLocale(next === 'MK' ? 'mk' : 'bg');
    setCountry(next);
  }

  function validate(): Partial<Record<Field, string>> {
    const found: Partial<Record<Field, string>> = {};
    if (!slug.trim()) found.slug = t('municipalityForm.slugRequired');
    else if (!SLUG.test(slug.trim())) found.slug = t('municipalityForm.slugInvalid');
    if (!names[defaultLocale].trim()) found[NAME_FIELD[defaultLocale]] = t('municipalityForm.nameRequired');
    for (const lng of LANGUAGES) {
      if (names[lng].trim().length > MAX_NAME) found[NAME_FIELD[lng]] = t('municipalityForm.tooLong', { max: MAX_NAME });
    }
    if (!country) found.country = t('municipalityForm.countryRequired');
    for (const field of ['officialCode', 'lauCode'] as const) {
      if (contact[field].trim() && !CODE.test(contact[field].trim())) found[field] = t('municipalityForm.codeInvalid');
    }
    return found;
  }

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (pending || errors.showClientErrors(validate())) return;
    const name: MunicipalityInput['name'] = {};
    for (const lng of LANGUAGES) if (names[lng].trim()) name[lng] = names[lng].trim();
    const body: MunicipalityInput = { slug: slug.trim(), name, country: country as CountryCode, timeZone, defaultLocale };
    try {
      const localized = (v: LocalizedValue) => (Object.keys(cleanLocalized(v)).length ? cleanLocalized(v) : null);
      const saved = existing
        ? await update.mutateAsync({ ...body, ...contact, address: localized(address), officeHours: localized(officeHours) })
        : await create.mutateAsync(body);
      const state: MunicipalityFlash = {
        flash: existing ? 'saved' : 'created',
        name: pickLocalized(saved?.name ?? name, i18n.language, defaultLocale).text,
      };
      navigate('/admin/municipalities', { state });
    } catch (error) {
      errors.showApiError(error, { fields: { ...SERVER_FIELDS, name: NAME_FIELD[defaultLocale] }, codes: { slug_taken: 'slug' } });
    }
  }

  const nameHint = t('municipalityForm.namesHint');
  return (
    <div className="page-narrow">
      <Breadcrumbs
        items={[
          { to: '/admin', label: t('home.title') },
          { to: '/admin/municipalities', label: t('municipalities.title') },
        ]}
      />
      <ErrorSummary items={errors.summary} focusKey={errors.focusKey} />
      <h1>{title}</h1>
      <form onSubmit={onSubmit} noValidate>
        <TextField
          id={FIELDS.slug}
          label={t('municipalityForm.slug')}
          hint={t('municipalityForm.slugHint')}
          value={slug}
          onChange={(e) => setSlug(e.target.value)}
          error={errors.fieldErrors.slug}
          spellCheck={false}
          autoCapitalize="none"
          autoComplete="off"
        />
        <RadioGroup<CountryCode>
          id={FIELDS.country}
          name="country"
          legend={t('municipalityForm.country')}
          value={country}
          onChange={onCountry}
          error={errors.fieldErrors.country}
          options={[
            { value: 'BG', label: countryName('BG', i18n.language) },
            { value: 'MK', label: countryName('MK', i18n.language) },
          ]}
        />
        <RadioGroup<Locale>
          id={FIELDS.defaultLocale}
          name="defaultLocale"
          legend={t('municipalityForm.defaultLocale')}
          value={defaultLocale}
          onChange={setDefaultLocale}
          error={errors.fieldErrors.defaultLocale}
          options={LANGUAGES.map((l) => ({ value: l, label: AUTONYMS[l], lang: l }))}
        />
        {LANGUAGES.map((lng) => {
          const field = NAME_FIELD[lng];
          return (
            <TextField
              key={lng}
              id={FIELDS[field]}
              lang={lng}
              label={t(`municipalityForm.${field}`)}
              hint={lng === defaultLocale ? nameHint : undefined}
              optional={lng !== defaultLocale}
              value={names[lng]}
              onChange={(e) => setNames((prev) => ({ ...prev, [lng]: e.target.value }))}
              error={errors.fieldErrors[field]}
              autoComplete="off"
            />
          );
        })}
        <SelectField
          id={FIELDS.timeZone}
          label={t('municipalityForm.timeZone')}
          hint={t('municipalityForm.timeZoneHint')}
          value={timeZone}
          onChange={(e) => setTimeZone(e.target.value)}
          error={errors.fieldErrors.timeZone}
        >
          {zones.map((zone) => (
            <option key={zone} value={zone}>
              {zone}
            </option>
          ))}
        </SelectField>
        {existing && (
          <>
            <fieldset className="fieldset">
              <legend>{t('municipalityForm.contactTitle')}</legend>
              <p className="field__hint">{t('municipalityForm.contactHint')}</p>
              <LocalizedFields id={FIELDS.address} label={t('municipalityForm.address')} value={address} onChange={setAddress} defaultLocale={defaultLocale} optional multiline rows={2} maxLength={200} error={errors.fieldErrors.address} />
              <TextField id={FIELDS.phone} label={t('municipalityForm.phone')} type="tel" autoComplete="off" optional value={contact.phone} onChange={setContactField('phone')} error={errors.fieldErrors.phone} />
              <TextField id={FIELDS.email} label={t('municipalityForm.email')} type="email" autoComplete="off" optional width="full" value={contact.email} onChange={setContactField('email')} error={errors.fieldErrors.email} />
              <TextField id={FIELDS.website} label={t('municipalityForm.website')} hint={t('municipalityForm.websiteHint')} type="url" autoComplete="off" optional width="full" value={contact.website} onChange={setContactField('website')} error={errors.fieldErrors.website} />
              <LocalizedFields id={FIELDS.officeHours} label={t('municipalityForm.officeHours')} value={officeHours} onChange={setOfficeHours} defaultLocale={defaultLocale} optional multiline rows={2} maxLength={200} error={errors.fieldErrors.officeHours} />
            </fieldset>
            <fieldset className="fieldset">
              <legend>{t('municipalityForm.dpoTitle')}</legend>
              <p className="field__hint">{t('municipalityForm.dpoHint')}</p>
              <TextField id={FIELDS.dpoName} label={t('municipalityForm.dpoName')} autoComplete="off" optional value={contact.dpoName} onChange={setContactField('dpoName')} error={errors.fieldErrors.dpoName} />
              <TextField id={FIELDS.dpoEmail} label={t('municipalityForm.dpoEmail')} type="email" autoComplete="off" optional width="full" value={contact.dpoEmail} onChange={setContactField('dpoEmail')} error={errors.fieldErrors.dpoEmail} />
            </fieldset>
            <fieldset className="fieldset">
              <legend>{t('municipalityForm.codesTitle')}</legend>
              <p className="field__hint">{t('municipalityForm.codesHint')}</p>
              <TextField id={FIELDS.officialCode} label={t('municipalityForm.officialCode')} hint={t('municipalityForm.officialCodeHint')} autoComplete="off" optional spellCheck={false} value={contact.officialCode} onChange={setContactField('officialCode')} error={errors.fieldErrors.officialCode} />
              <TextField id={FIELDS.lauCode} label={t('municipalityForm.lauCode')} hint={t('municipalityForm.lauCodeHint')} autoComplete="off" optional spellCheck={false} value={contact.lauCode} onChange={setContactField('lauCode')} error={errors.fieldErrors.lauCode} />
            </fieldset>
          </>
        )}
        <Button type="submit" busy={pending} busyLabel={t('common:status.saving')}>
          {existing ? t('municipalityForm.save') : t('municipalityForm.create')}
        </Button>
      </form>
      {existing && <CoatOfArms municipality={existing} />}
    </div>
  );
}

/** The coat of arms: a PNG, JPEG or WebP the server checks by its content. */
function CoatOfArms({ municipality }: { municipality: Municipality }) {
  const { t, i18n } = useTranslation(['admin', 'common']);
  const upload = useUploadCoatOfArms(municipality.id);
  const [file, setFile] = useState<File | null>(null);
  const [url, setUrl] = useState(municipality.coatOfArmsUrl);
  const name = pickLocalized(municipality.name, i18n.language, municipality.defaultLocale).text;

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (!file || upload.isPending) return;
    try {
      const saved = await upload.mutateAsync(file);
      setUrl(saved.coatOfArmsUrl);
    } catch {
      // shown below
    }
  }

  return (
    <section aria-labelledby="coat-title" className="section">
      <h2 id="coat-title">{t('municipalityForm.coatTitle')}</h2>
      {url && (
        <p>
          <img src={apiUrl(url)} alt={`${t('municipalityForm.coatCurrent')}: ${name}`} width={96} height={96} className="municipality-head__arms" />
        </p>
      )}
      <form onSubmit={onSubmit} noValidate>
        <div className="field">
          <label htmlFor="municipality-coat" className="field__label">
            {t('municipalityForm.coatFile')}
          </label>
          <p id="municipality-coat-hint" className="field__hint">
            {t('municipalityForm.coatHint')}
          </p>
          <input id="municipality-coat" type="file" accept="image/png,image/jpeg,image/webp" aria-describedby="municipality-coat-hint" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
        </div>
        <Button type="submit" variant="secondary" busy={upload.isPending} busyLabel={t('common:status.saving')} disabled={!file}>
          {t('municipalityForm.coatUpload')}
        </Button>
      </form>
      <LiveStatus message={upload.isSuccess ? t('municipalityForm.coatUploaded') : undefined} />
      <ErrorNotice error={upload.error} />
    </section>
  );
}
