import { useMemo } from 'react';
import { useTranslation } from '../../../i18n/react';
import { CATEGORIES, type Category, type RegisterBody } from '../../../api/meetings';
import { useMunicipalities } from '../../../api/municipalities';
import { RadioGroup, SelectField, TextField } from '../../../components/fields';
import { countryOptions } from './countries';
import { useLocalize } from '../../../lib/useLocalize';

/** What the registration form asks, as typed (strings; empty when not given). */
export interface PersonValues {
  name: string;
  email: string;
  homeSettlement: string;
  homeMunicipality: string;
  country: string;
  organization: string;
  category: Category | '';
}

export type PersonField = keyof PersonValues;

export const emptyPerson = (country = 'BG'): PersonValues => ({ name: '', email: '', homeSettlement: '', homeMunicipality: '', country, organization: '', category: '' });

/** The form's fields, in page order, with the id of each input (the error summary links there). */
export function personFieldIds(prefix: string): Record<PersonField, string> {
  return {
    name: `${prefix}-name`,
    email: `${prefix}-email`,
    homeSettlement: `${prefix}-settlement`,
    homeMunicipality: `${prefix}-municipality`,
    country: `${prefix}-country`,
    organization: `${prefix}-organization`,
    category: `${prefix}-category`,
  };
}

/** The server's names of the fields, where they differ from the form's. */
export const PERSON_API_FIELDS: Partial<Record<string, PersonField>> = { homeMunicipalityId: 'homeMunicipality', organizationName: 'organization', organizationId: 'organization' };

/** The request body from what was typed. */
export function personBody(v: PersonValues, { withName, withEmail }: { withName: boolean; withEmail: boolean }): RegisterBody {
  return {
    ...(withName && v.name.trim() ? { name: v.name.trim() } : {}),
    ...(withEmail && v.email.trim() ? { email: v.email.trim() } : {}),
    homeSettlement: v.homeSettlement.trim(),
    ...(v.homeMunicipality ? { homeMunicipalityId: v.homeMunicipality } : {}),
    country: v.country,
    ...(v.organization.trim() ? { organizationName: v.organization.trim() } : {}),
    category: v.category as Category,
  };
}

interface Props {
  prefix: string;
  values: PersonValues;
  onChange: (values: PersonValues) => void;
  errors: Partial<Record<PersonField, string>>;
  /** ask for the name (guests, walk-ins; a signed-in person may correct theirs) */
  askName: boolean;
  /** ask for the e-mail (guests: the confirmation and the cancel link go there) */
  askEmail: boolean;
  /** the e-mail may be left out (walk-ins) */
  emailOptional?: boolean;
}

/**
 * Who is coming and from where: name and e-mail (guests), home settlement, municipality,
 * country, organisation and category — what the participation report counts.
 */
export function PersonFields({ prefix, values: v, onChange, errors, askName, askEmail, emailOptional }: Props) {
  const { t, i18n } = useTranslation('meetings');
  const localize = useLocalize();
  const ids = personFieldIds(prefix);
  const municipalities = useMunicipalities();
  const all = useMemo(() => municipalities.data?.pages.flatMap((p) => p.items) ?? [], [municipalities.data]);
  const options = useMemo(() => all.map((m) => ({ slug: m.slug, country: m.country, name: localize(m.name, m.defaultLocale) })).sort((a, b) => a.name.text.localeCompare(b.name.text)), [all, localize]);
  const countries = useMemo(() => countryOptions(i18n.language, v.country), [i18n.language, v.country]);
  const set = (patch: Partial<PersonValues>) => onChange({ ...v, ...patch });

  return (
    <>
      {askName && <TextField id={ids.name} label={t('register.name')} hint={t('register.nameHint')} autoComplete="name" value={v.name} onChange={(e) => set({ name: e.target.value })} error={errors.name} maxLength={200} />}
      {askEmail && (
        <TextField
          id={ids.email}
          label={t('register.email')}
          hint={emailOptional ? t('register.emailWalkInHint') : t('register.emailHint')}
          optional={emailOptional}
          type="email"
          autoComplete="email"
          spellCheck={false}
          value={v.email}
          onChange={(e) => set({ email: e.target.value })}
          error={errors.email}
        />
      )}
      <TextField id={ids.homeSettlement} label={t('register.settlement')} hint={t('register.settlementHint')} autoComplete="address-level2" value={v.homeSettlement} onChange={(e) => set({ homeSettlement: e.target.value })} error={errors.homeSettlement} maxLength={200} />
      <SelectField
        id={ids.homeMunicipality}
        label={t('register.municipality')}
        hint={t('register.municipalityHint')}
        optional
        value={v.homeMunicipality}
        onChange={(e) => {
          const chosen = options.find((o) => o.slug === e.target.value);
          set({ homeMunicipality: e.target.value, ...(chosen ? { country: chosen.country } : {}) });
        }}
        error={errors.homeMunicipality}
      >
        <option value="">{t('register.municipalityNone')}</option>
        {options.map((o) => (
          <option key={o.slug} value={o.slug} lang={o.name.lang}>
            {o.name.text}
          </option>
        ))}
      </SelectField>
      <SelectField id={ids.country} label={t('register.country')} autoComplete="country" value={v.country} onChange={(e) => set({ country: e.target.value })} error={errors.country}>
        {countries.map((c) => (
          <option key={c.code} value={c.code}>
            {c.name}
          </option>
        ))}
      </SelectField>
      <TextField id={ids.organization} label={t('register.organization')} hint={t('register.organizationHint')} optional autoComplete="organization" value={v.organization} onChange={(e) => set({ organization: e.target.value })} error={errors.organization} maxLength={200} />
      <RadioGroup
        id={ids.category}
        name={`${prefix}-category`}
        legend={t('register.category')}
        hint={t('register.categoryHint')}
        options={CATEGORIES.map((c) => ({ value: c, label: t(`categories.${c}`) }))}
        value={v.category}
        onChange={(category) => set({ category })}
        error={errors.category}
      />
    </>
  );
}

export type PersonProblem = 'nameRequired' | 'emailRequired' | 'emailInvalid' | 'settlementRequired' | 'categoryRequired';

/** The client's own checks, mirroring the server's, before anything is sent: a problem per field. */
export function checkPerson(v: PersonValues, { name, email, emailOptional }: { name: boolean; email: boolean; emailOptional?: boolean }): Partial<Record<PersonField, PersonProblem>> {
  const problems: Partial<Record<PersonField, PersonProblem>> = {};
  if (name && !v.name.trim()) problems.name = 'nameRequired';
  if (email && !v.email.trim() && !emailOptional) problems.email = 'emailRequired';
  else if (email && v.email.trim() && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v.email.trim())) problems.email = 'emailInvalid';
  if (!v.homeSettlement.trim()) problems.homeSettlement = 'settlementRequired';
  if (!v.category) problems.category = 'categoryRequired';
  return problems;
}
