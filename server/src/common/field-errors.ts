import type { Locale } from './locale';

type Texts = Record<Locale, string>;

/**
 * Every field problem the API reports, by a stable code, in each language. The first part holds
 * class-validator's constraint names (the DTOs' checks); the second the services' own rules.
 * `{name}` in a text is filled from the problem's `params`.
 */
export const FIELD_MESSAGES = {
  // class-validator constraints
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
  isUrl: { bg: 'Въведете пълен адрес, започващ с https://.', en: 'Enter a full address starting with https://.', mk: 'Внесете целосна адреса што почнува со https://.' },
  isBoolean: { bg: 'Изберете „да“ или „не“.', en: 'Choose yes or no.', mk: 'Изберете „да“ или „не“.' },
  isISO8601: { bg: 'Въведете дата във формат ГГГГ-ММ-ДД.', en: 'Enter a date as YYYY-MM-DD.', mk: 'Внесете датум во формат ГГГГ-ММ-ДД.' },

  // general
  too_long: { bg: 'Най-много {max} знака.', en: 'At most {max} characters.', mk: 'Најмногу {max} знаци.' },
  default_language_missing: {
    bg: 'Попълнете текста на основния език на общината ({locale}).',
    en: 'Give the text in the municipality’s main language ({locale}).',
    mk: 'Внесете го текстот на основниот јазик на општината ({locale}).',
  },
  invalid_characters: {
    bg: 'Текстът съдържа знаци, които не могат да бъдат записани (например нулев знак).',
    en: 'The text contains characters that cannot be stored (such as a NUL character).',
    mk: 'Текстот содржи знаци што не може да се зачуваат (на пример нулти знак).',
  },
  invalid_cursor: { bg: 'Невалидна страница от списъка.', en: 'Invalid page of the list.', mk: 'Неважечка страница од листата.' },
  multipart_image_required: { bg: 'Изберете изображение (PNG, JPEG или WebP).', en: 'Choose an image (PNG, JPEG or WebP).', mk: 'Изберете слика (PNG, JPEG или WebP).' },
  multipart_required: { bg: 'Изпратете файл и вида на документа.', en: 'Send a file and the kind of document.', mk: 'Испратете датотека и вид на документот.' },
  ends_before_start: { bg: 'Краят е преди началото.', en: 'The end is before the start.', mk: 'Крајот е пред почетокот.' },
  unknown_municipality: { bg: 'Няма такава община.', en: 'There is no such municipality.', mk: 'Нема таква општина.' },
  unknown_organisation: { bg: 'Няма такава организация.', en: 'There is no such organisation.', mk: 'Нема таква организација.' },
  unknown_user: { bg: 'Няма такъв потребител.', en: 'There is no such user.', mk: 'Нема таков корисник.' },

  // consultations and contributions
  deadline_not_computable: {
    bg: 'Срокът не може да се изчисли от тази дата.',
    en: 'The deadline cannot be computed from this date.',
    mk: 'Рокот не може да се пресмета од овој датум.',
  },
  fixed_after_publication: { bg: 'Не може да се променя след публикуване.', en: 'This cannot change after publication.', mk: 'Ова не може да се менува по објавувањето.' },
  contact_shape: {
    bg: 'Въведете текст или име, имейл, телефон и адрес.',
    en: 'Give a text, or a name, e-mail, phone and address.',
    mk: 'Внесете текст или име, е-пошта, телефон и адреса.',
  },
  not_a_section: { bg: 'Проектът няма такава част.', en: 'The draft has no such part.', mk: 'Нацртот нема таков дел.' },
  not_a_contribution: { bg: 'Няма такъв коментар в тази консултация.', en: 'This consultation has no such contribution.', mk: 'Оваа консултација нема таков коментар.' },
  not_contributions: {
    bg: 'Не са предложения от тази консултация: {ids}',
    en: 'Not contributions of this consultation: {ids}',
    mk: 'Не се предлози од оваа консултација: {ids}',
  },

  // bodies, meetings, registrations
  member_identity: {
    bg: 'Посочете регистриран потребител (по имейл) или името на външен член.',
    en: 'Give a registered user (by e-mail) or the name of an outside member.',
    mk: 'Посочете регистриран корисник (по е-пошта) или име на надворешен член.',
  },
  name_from_account: {
    bg: 'Името на регистриран потребител идва от профила му.',
    en: 'The name of a registered user comes from their account.',
    mk: 'Името на регистриран корисник доаѓа од неговиот профил.',
  },
  term_ends_before_start: { bg: 'Мандатът не може да свърши, преди да започне.', en: 'The term cannot end before it begins.', mk: 'Мандатот не може да заврши пред да почне.' },
  not_consultations: {
    bg: 'Не са консултации на тази община: {ids}',
    en: 'Not consultations of this municipality: {ids}',
    mk: 'Не се консултации на оваа општина: {ids}',
  },
  only_for_walk_ins: { bg: 'Денят се посочва само при регистрация на място.', en: 'The day is given only for walk-ins.', mk: 'Денот се посочува само при регистрација на лице место.' },
  meeting_ends_before_start: { bg: 'Срещата трябва да свърши след началото си.', en: 'The meeting must end after it starts.', mk: 'Средбата мора да заврши по почетокот.' },
  meeting_too_long: { bg: 'Срещата продължава най-много {max} дни.', en: 'A meeting lasts at most {max} days.', mk: 'Средбата трае најмногу {max} дена.' },
  location_missing: { bg: 'Посочете място, връзка за онлайн участие или и двете.', en: 'Give a place, an online link, or both.', mk: 'Посочете место, врска за онлајн учество или и двете.' },
  registration_closes_before_opens: {
    bg: 'Регистрацията трябва да приключи след откриването си.',
    en: 'Registration must close after it opens.',
    mk: 'Регистрацијата мора да заврши по отворањето.',
  },
  not_a_meeting_day: { bg: 'Не е ден от срещата ({first} – {last}).', en: 'Not a day of the meeting ({first} – {last}).', mk: 'Не е ден од средбата ({first} – {last}).' },
  body_required: { bg: 'Заседанието на орган изисква самия орган.', en: 'A meeting of a body needs the body.', mk: 'Седницата на тело го бара самото тело.' },
  not_a_body: { bg: 'Не е орган на тази община.', en: 'Not a body of this municipality.', mk: 'Не е тело на оваа општина.' },
  unknown_partner: { bg: 'Няма такава община: {ref}', en: 'There is no such municipality: {ref}', mk: 'Нема таква општина: {ref}' },

  // forms
  period_ends_before_start: { bg: 'Периодът свършва, преди да започне.', en: 'The period ends before it starts.', mk: 'Периодот завршува пред да почне.' },
  invitation_target_missing: {
    bg: 'Посочете среща, регистрации или имейл адреси.',
    en: 'Give a meeting, registrations or e-mail addresses.',
    mk: 'Посочете средба, регистрации или адреси на е-пошта.',
  },
  not_a_meeting: { bg: 'Не е среща на тази община.', en: 'Not a meeting of this municipality.', mk: 'Не е средба на оваа општина.' },
  not_registrations: {
    bg: 'Не са регистрации за срещи на тази община: {ids}',
    en: 'Not registrations for this municipality’s meetings: {ids}',
    mk: 'Не се регистрации за средби на оваа општина: {ids}',
  },
  subject_not_found: { bg: 'Общината няма такъв обект на формуляра.', en: 'The municipality has no such subject for a form.', mk: 'Општината нема таков предмет за формулар.' },
  form_without_questions: { bg: 'Формулярът трябва да има поне един въпрос.', en: 'A form needs at least one question.', mk: 'Формуларот мора да има барем едно прашање.' },
  closes_before_publication: {
    bg: 'Формулярът би се затворил преди публикуването си.',
    en: 'The form would close before it is published.',
    mk: 'Формуларот би се затворил пред објавувањето.',
  },
  closes_before_opens: { bg: 'Формулярът трябва да се затвори след отварянето си.', en: 'The form must close after it opens.', mk: 'Формуларот мора да се затвори по отворањето.' },
  too_many_questions: { bg: 'Най-много {max} въпроса.', en: 'At most {max} questions.', mk: 'Најмногу {max} прашања.' },
  key_format: {
    bg: 'Само латински букви, цифри, _ и -, най-много 40 знака.',
    en: 'Latin letters, digits, _ and - only, at most 40 characters.',
    mk: 'Само латински букви, цифри, _ и -, најмногу 40 знаци.',
  },
  key_used_twice: { bg: 'Ключът „{key}“ е използван два пъти.', en: 'The key “{key}” is used twice.', mk: 'Клучот „{key}“ е користен двапати.' },
  too_few_options: { bg: 'Изборът изисква поне два отговора.', en: 'A choice needs at least two options.', mk: 'Изборот бара барем два одговора.' },
  too_many_options: { bg: 'Най-много {max} отговора.', en: 'At most {max} options.', mk: 'Најмногу {max} одговори.' },
  options_not_allowed: { bg: 'Този вид въпрос няма отговори за избор.', en: 'This kind of question has no options.', mk: 'Овој вид прашање нема одговори за избор.' },
  scale_labels_not_allowed: {
    bg: 'Думи в краищата има само въпросът със скала.',
    en: 'Only a scale question has words at its ends.',
    mk: 'Зборови на краевите има само прашањето со скала.',
  },
  choice_limit_not_allowed: {
    bg: 'Ограничение на избора има само въпросът с няколко отговора.',
    en: 'Only a multiple-choice question has a choice limit.',
    mk: 'Ограничување на изборот има само прашањето со повеќе одговори.',
  },
  choice_limit_range: {
    bg: 'Между 1 и броя на отговорите ({max}).',
    en: 'Between 1 and the number of options ({max}).',
    mk: 'Помеѓу 1 и бројот на одговорите ({max}).',
  },
} as const satisfies Record<string, Texts>;

export type FieldCode = keyof typeof FIELD_MESSAGES;

/** One problem with one field: a stable code, what fills its text, and the validator's own text for a code not in the catalogue. */
export interface FieldProblem {
  field: string;
  code: FieldCode;
  params?: Record<string, string | number>;
}

/** A problem from class-validator, whose constraint name may be outside the catalogue. */
export interface ConstraintProblem {
  field: string;
  code: string;
  fallback: string;
}

const FALLBACK: Texts = { bg: 'Невалидна стойност.', en: 'Invalid value.', mk: 'Неважечка вредност.' };

export function fieldMessage(problem: FieldProblem | ConstraintProblem, locale: Locale): string {
  const texts = (FIELD_MESSAGES as Record<string, Texts>)[problem.code];
  if (!texts) return locale === 'en' && 'fallback' in problem ? problem.fallback : FALLBACK[locale];
  const params = 'params' in problem ? (problem.params ?? {}) : {};
  return texts[locale].replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** `details.fields` in the request's language: one entry per field with its codes and messages. */
export function translateProblems(problems: Array<FieldProblem | ConstraintProblem>, locale: Locale): Array<{ field: string; codes: string[]; messages: string[] }> {
  const byField = new Map<string, { field: string; codes: string[]; messages: string[] }>();
  for (const p of problems) {
    const entry = byField.get(p.field) ?? { field: p.field, codes: [], messages: [] };
    entry.codes.push(p.code);
    entry.messages.push(fieldMessage(p, locale));
    byField.set(p.field, entry);
  }
  return [...byField.values()];
}
