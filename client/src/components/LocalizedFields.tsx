import { useTranslation } from '../i18n/react';
import { TextareaField, TextField } from './fields';
import { LANGUAGES, type Language } from '../i18n';

export type LocalizedValue = Partial<Record<Language, string>>;

interface Props {
  /** the default language's input gets `${id}-${locale}` */
  id: string;
  label: string;
  hint?: string;
  value: LocalizedValue;
  onChange: (value: LocalizedValue) => void;
  /** the municipality's default language: required, shown first */
  defaultLocale: string;
  /** the error of the default language's text */
  error?: string;
  optional?: boolean;
  multiline?: boolean;
  rows?: number;
  maxLength?: number;
}

/** The id of the input of one language of a multilingual field. */
export const localizedId = (id: string, locale: string) => `${id}-${locale}`;

/**
 * A multilingual text: the municipality's language first (required unless optional), the other
 * languages folded away under "Translations".
 */
export function LocalizedFields({ id, label, hint, value, onChange, defaultLocale, error, optional, multiline, rows = 4, maxLength }: Props) {
  const { t, i18n } = useTranslation('common');
  const first = (LANGUAGES as readonly string[]).includes(defaultLocale) ? (defaultLocale as Language) : 'bg';
  const others = LANGUAGES.filter((l) => l !== first);
  const field = (locale: Language, main: boolean) => {
    const props = {
      id: localizedId(id, locale),
      label: main && locale === i18n.language ? label : `${label} (${t(`localized.languages.${locale}`)})`,
      hint: main ? hint : undefined,
      optional: main ? optional : true,
      error: main ? error : undefined,
      lang: locale,
    };
    const set = (text: string) => onChange({ ...value, [locale]: text });
    return multiline ? (
      <TextareaField key={locale} {...props} rows={rows} maxLength={maxLength} value={value[locale] ?? ''} onChange={(e) => set(e.target.value)} />
    ) : (
      <TextField key={locale} {...props} width="full" maxLength={maxLength} value={value[locale] ?? ''} onChange={(e) => set(e.target.value)} />
    );
  };
  const translated = others.filter((l) => value[l]?.trim()).length;
  return (
    <>
      {field(first, true)}
      <details className="translations" open={translated > 0 || undefined}>
        <summary>{t('localized.translations', { label, languages: others.map((l) => t(`localized.languages.${l}`)).join(', ') })}</summary>
        {others.map((l) => field(l, false))}
      </details>
    </>
  );
}

/** Only the languages with text, trimmed: what the API stores. */
export function cleanLocalized(value: LocalizedValue): LocalizedValue {
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, (v ?? '').trim()]).filter(([, v]) => v));
}
