import { useTranslation } from '../i18n/react';
import { AUTONYMS, LANGUAGES } from '../i18n';

/** Switches the interface language; i18n remembers the choice and updates `<html lang>`. */
export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  const current = i18n.resolvedLanguage;
  return (
    <div className="language-switcher" role="group" aria-label={t('language.label')}>
      {LANGUAGES.map((language) => (
        <button
          key={language}
          type="button"
          lang={language}
          className="language-switcher__option"
          aria-pressed={current === language}
          onClick={() => void i18n.changeLanguage(language)}
        >
          {AUTONYMS[language]}
        </button>
      ))}
    </div>
  );
}
