import { registerDecorator, ValidationOptions } from 'class-validator';
import { DomainError } from './domain-error';
import { LOCALES, Locale, LocalizedText } from './locale';

/** A multilingual field: `{bg, en, mk}` with at least one text, or a plain string (the default locale's). */
export function IsLocalizedText(options: { maxLength: number; allowEmpty?: boolean }, validation?: ValidationOptions) {
  return (object: object, propertyName: string) =>
    registerDecorator({
      name: 'isLocalizedText',
      target: object.constructor,
      propertyName,
      options: validation,
      validator: {
        validate(value: unknown) {
          if (typeof value === 'string') return value.length <= options.maxLength && (options.allowEmpty || value.trim().length > 0);
          if (!value || typeof value !== 'object' || Array.isArray(value)) return false;
          const entries = Object.entries(value as Record<string, unknown>);
          if (!entries.length && !options.allowEmpty) return false;
          return entries.every(([k, v]) => (LOCALES as readonly string[]).includes(k) && typeof v === 'string' && v.length <= options.maxLength);
        },
        defaultMessage: () => `${propertyName} must be a text or an object of texts keyed by bg, en, mk (at most ${options.maxLength} characters each)`,
      },
    });
}

/** Turns an accepted input into `{locale: text}`, dropping blanks; a string is the default locale's. */
export function toLocalized(value: string | LocalizedText | undefined | null, defaultLocale: Locale): LocalizedText {
  if (value === undefined || value === null) return {};
  if (typeof value === 'string') return value.trim() ? { [defaultLocale]: value.trim() } : {};
  const out: LocalizedText = {};
  for (const l of LOCALES) if (value[l]?.trim()) out[l] = value[l]!.trim();
  return out;
}

/** 400 validation_failed naming `field.<locale>` when the default locale's text is missing. */
export function requireLocale(text: LocalizedText, locale: Locale, field: string): void {
  if (!text[locale]) {
    throw DomainError.validation([{ field: `${field}.${locale}`, code: 'default_language_missing', params: { locale } }]);
  }
}
