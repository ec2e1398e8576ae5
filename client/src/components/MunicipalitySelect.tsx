import { useMemo } from 'react';
import { useMunicipalities } from '../api/municipalities';
import { useLocalize } from '../lib/useLocalize';
import { SelectField } from './fields';

/** A filter's choice of municipality by slug, names in the page language, sorted; "" means all. */
export function MunicipalitySelect({ id, label, allLabel, value, onChange }: { id: string; label: string; allLabel: string; value: string; onChange: (slug: string) => void }) {
  const localize = useLocalize();
  const municipalities = useMunicipalities();
  const options = useMemo(
    () => (municipalities.data?.pages.flatMap((p) => p.items) ?? []).map((m) => ({ slug: m.slug, name: localize(m.name, m.defaultLocale) })).sort((a, b) => a.name.text.localeCompare(b.name.text)),
    [municipalities.data, localize],
  );
  return (
    <SelectField id={id} label={label} value={value} onChange={(e) => onChange(e.target.value)} width="full">
      <option value="">{allLabel}</option>
      {options.map((o) => (
        <option key={o.slug} value={o.slug} lang={o.name.lang}>
          {o.name.text}
        </option>
      ))}
    </SelectField>
  );
}
