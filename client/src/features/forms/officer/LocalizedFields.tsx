import { useTranslation } from '../../../i18n/react';
import { AUTONYMS } from '../../../i18n';
import type { Locale } from '../../../api/types';
import { TextareaField, TextField } from '../../../components/fields';
import type { Texts } from './builder';

interface Props {
  /** the input id of one language */
  idOf: (language: Locale) => string;
  label: string;
  hint?: string;
  languages: Locale[];
  value: Texts;
  onChange: (value: Texts) => void;
  errors: Record<string, string>;
  optional?: boolean;
  multiline?: boolean;
}

/**
 * One text of the form in each of its languages: a single field when the form has one
 * language, else one field a language, each labelled with the language's own name.
 */
export function LocalizedFields({ idOf, label, hint, languages, value, onChange, errors, optional, multiline }: Props) {
  const { t } = useTranslation('forms');
  return (
    <>
      {languages.map((language) => {
        const id = idOf(language);
        const fieldLabel = languages.length > 1 ? t('builder.inLanguage', { label, language: AUTONYMS[language] }) : label;
        const common = {
          id,
          label: fieldLabel,
          hint: languages.length > 1 && language !== languages[0] ? undefined : hint,
          optional,
          lang: language,
          value: value[language] ?? '',
          error: errors[id],
        };
        return multiline ? (
          <TextareaField key={language} {...common} rows={3} onChange={(e) => onChange({ ...value, [language]: e.target.value })} />
        ) : (
          <TextField key={language} {...common} width="full" onChange={(e) => onChange({ ...value, [language]: e.target.value })} />
        );
      })}
    </>
  );
}
