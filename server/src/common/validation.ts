import { ValidationError, ValidationPipe } from '@nestjs/common';
import { DomainError } from './domain-error';
import type { Locale } from './locale';

/** Field errors before translation: the failed constraint names with class-validator's text. */
export interface RawFieldError {
  field: string;
  constraints: Record<string, string>;
}

function flatten(errors: ValidationError[], prefix = ''): RawFieldError[] {
  const out: RawFieldError[] = [];
  for (const e of errors) {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    if (e.constraints && Object.keys(e.constraints).length) out.push({ field, constraints: e.constraints });
    if (e.children?.length) out.push(...flatten(e.children, field));
  }
  return out;
}

/** The global pipe: unknown fields are refused, types are converted, failures become 400 validation_failed. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    transformOptions: { enableImplicitConversion: false },
    exceptionFactory: (errors) => new DomainError('validation_failed', { rawFields: flatten(errors) }),
  });
}

const CONSTRAINT_MESSAGES: Record<string, Record<Locale, string>> = {
  isEmail: { bg: 'Въведете валиден имейл адрес.', en: 'Enter a valid e-mail address.', mk: 'Внесете важечка е-пошта.' },
  minLength: { bg: 'Текстът е твърде кратък.', en: 'This is too short.', mk: 'Текстот е прекраток.' },
  maxLength: { bg: 'Текстът е твърде дълъг.', en: 'This is too long.', mk: 'Текстот е предолг.' },
  isNotEmpty: { bg: 'Полето е задължително.', en: 'This field is required.', mk: 'Полето е задолжително.' },
  isDefined: { bg: 'Полето е задължително.', en: 'This field is required.', mk: 'Полето е задолжително.' },
  isIn: { bg: 'Изберете една от допустимите стойности.', en: 'Choose one of the allowed values.', mk: 'Изберете една од дозволените вредности.' },
  isEnum: { bg: 'Изберете една от допустимите стойности.', en: 'Choose one of the allowed values.', mk: 'Изберете една од дозволените вредности.' },
  whitelistValidation: { bg: 'Това поле не се приема.', en: 'This field is not allowed.', mk: 'Ова поле не е дозволено.' },
  isUuid: { bg: 'Невалиден идентификатор.', en: 'Invalid identifier.', mk: 'Неважечки идентификатор.' },
  isTimeZone: { bg: 'Невалидна часова зона.', en: 'Invalid time zone.', mk: 'Неважечка временска зона.' },
  matches: { bg: 'Стойността е в неправилен формат.', en: 'The value has the wrong format.', mk: 'Вредноста е во погрешен формат.' },
  isISO8601: { bg: 'Въведете дата във формат ГГГГ-ММ-ДД.', en: 'Enter a date as YYYY-MM-DD.', mk: 'Внесете датум во формат ГГГГ-ММ-ДД.' },
};

const FALLBACK: Record<Locale, string> = { bg: 'Невалидна стойност.', en: 'Invalid value.', mk: 'Неважечка вредност.' };

/** Turns raw constraint failures into `details.fields` in the request's language. */
export function translateFields(raw: RawFieldError[], locale: Locale) {
  return raw.map(({ field, constraints }) => ({
    field,
    codes: Object.keys(constraints),
    messages: Object.entries(constraints).map(([name, text]) => CONSTRAINT_MESSAGES[name]?.[locale] ?? (locale === 'en' ? text : FALLBACK[locale])),
  }));
}
