import { useMemo, useState, type FormEvent } from 'react';
import { useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/errors';
import { useCreateMunicipality, useMunicipality, useUpdateMunicipality } from '../../api/municipalities';
import type { CountryCode, Locale, Municipality, MunicipalityInput } from '../../api/types';
import { Breadcrumbs } from '../../components/Breadcrumbs';
import { Button } from '../../components/Button';
import { ErrorSummary } from '../../components/ErrorSummary';
import { RadioGroup, SelectField, TextField } from '../../components/fields';
import { NotFound } from '../../components/Pages';
import { LoadError, Loading } from '../../components/Status';
import { useFormErrors } from '../../components/useFormErrors';
import { usePageTitle } from '../../components/usePageTitle';
import { AUTONYMS, LANGUAGES } from '../../i18n';
import { countryName } from '../../lib/format';
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
};
const DEFAULT_ZONE: Record<CountryCode, string> = { BG: 'Europe/Sofia', MK: 'Europe/Skopje' };
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_NAME = 200;

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
    return found;
  }

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (pending || errors.showClientErrors(validate())) return;
    const name: MunicipalityInput['name'] = {};
    for (const lng of LANGUAGES) if (names[lng].trim()) name[lng] = names[lng].trim();
    const body: MunicipalityInput = { slug: slug.trim(), name, country: country as CountryCode, timeZone, defaultLocale };
    try {
      const saved = existing ? await update.mutateAsync(body) : await create.mutateAsync(body);
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
        <Button type="submit" busy={pending} busyLabel={t('common:status.saving')}>
          {existing ? t('municipalityForm.save') : t('municipalityForm.create')}
        </Button>
      </form>
    </div>
  );
}
