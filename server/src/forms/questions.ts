/**
 * The questions of a form and the answers to them: what a question may look like, and whether an
 * answer fits it. Pure: no Nest, no database.
 */
import type { FieldProblem } from '../common/field-errors';
import type { Locale, LocalizedText } from '../common/locale';

export const QUESTION_TYPES = ['likert5', 'rating10', 'nps', 'single', 'multiple', 'short_text', 'long_text'] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

export const NUMERIC_TYPES: readonly QuestionType[] = ['likert5', 'rating10', 'nps'];
export const CHOICE_TYPES: readonly QuestionType[] = ['single', 'multiple'];
export const TEXT_TYPES: readonly QuestionType[] = ['short_text', 'long_text'];

export const MAX_QUESTIONS = 100;
export const MAX_OPTIONS = 50;
export const TEXT_LIMITS: Record<'short_text' | 'long_text', number> = { short_text: 500, long_text: 5000 };
/** keys of questions and options: letters, digits, `_` and `-`, as used in answers and CSV headers */
export const KEY_PATTERN = /^[A-Za-z0-9_-]{1,40}$/;

export interface FormOption {
  key: string;
  label: LocalizedText;
}

export interface FormQuestion {
  key: string;
  type: QuestionType;
  label: LocalizedText;
  required: boolean;
  /** single and multiple choice only, in the order shown */
  options: FormOption[];
  /** multiple choice only: at most this many options; null means any number */
  maxChoices: number | null;
  /**
   * Scales only: the words at the two ends ("1 — not at all", "5 — completely"), so a scale can
   * ask about satisfaction, frequency or importance as well as agreement. Absent (null, or not
   * stored on forms made before) means the defaults of the scale's type.
   */
  scaleLabels?: ScaleLabels | null;
}

export interface ScaleLabels {
  min: LocalizedText;
  max: LocalizedText;
}

export const SCALE_LABEL_MAX = 100;

/** "1 — not at all": a scale value with the word at its end, if it is an end and has one. */
export function scaleValueLabel(q: Pick<FormQuestion, 'type' | 'scaleLabels'>, value: number, word: (text: LocalizedText) => string): string {
  const scale = scaleOf(q.type);
  const end = value === scale[0] ? q.scaleLabels?.min : value === scale[scale.length - 1] ? q.scaleLabels?.max : undefined;
  const text = end ? word(end) : '';
  return text ? `${value} — ${text}` : String(value);
}

/** The values of a numeric scale, in order: Likert 1–5, rating and NPS 0–10. */
export function scaleOf(type: QuestionType): number[] {
  if (type === 'likert5') return [1, 2, 3, 4, 5];
  if (type === 'rating10' || type === 'nps') return [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
  return [];
}

/** A problem with the questions; `field` is the path in the request, e.g. `questions.2.options.0.key`. */
export type QuestionProblem = FieldProblem;

/**
 * The rules a list of questions must keep beyond each field's type: unique keys, labels in the
 * municipality's language, options exactly where a choice is asked, a sensible choice limit.
 */
export function questionProblems(questions: FormQuestion[], defaultLocale: Locale): QuestionProblem[] {
  const problems: QuestionProblem[] = [];
  if (questions.length > MAX_QUESTIONS) problems.push({ field: 'questions', code: 'too_many_questions', params: { max: MAX_QUESTIONS } });
  const keys = new Set<string>();
  questions.forEach((q, i) => {
    const at = `questions.${i}`;
    if (!KEY_PATTERN.test(q.key)) problems.push({ field: `${at}.key`, code: 'key_format' });
    else if (keys.has(q.key)) problems.push({ field: `${at}.key`, code: 'key_used_twice', params: { key: q.key } });
    keys.add(q.key);
    if (!q.label[defaultLocale]) problems.push({ field: `${at}.label.${defaultLocale}`, code: 'default_language_missing', params: { locale: defaultLocale } });
    const isChoice = CHOICE_TYPES.includes(q.type);
    if (isChoice) {
      if (q.options.length < 2) problems.push({ field: `${at}.options`, code: 'too_few_options' });
      if (q.options.length > MAX_OPTIONS) problems.push({ field: `${at}.options`, code: 'too_many_options', params: { max: MAX_OPTIONS } });
      const optionKeys = new Set<string>();
      q.options.forEach((o, j) => {
        if (!KEY_PATTERN.test(o.key)) problems.push({ field: `${at}.options.${j}.key`, code: 'key_format' });
        else if (optionKeys.has(o.key)) problems.push({ field: `${at}.options.${j}.key`, code: 'key_used_twice', params: { key: o.key } });
        optionKeys.add(o.key);
        if (!o.label[defaultLocale]) problems.push({ field: `${at}.options.${j}.label.${defaultLocale}`, code: 'default_language_missing', params: { locale: defaultLocale } });
      });
    } else if (q.options.length) {
      problems.push({ field: `${at}.options`, code: 'options_not_allowed' });
    }
    if (q.scaleLabels) {
      if (!NUMERIC_TYPES.includes(q.type)) problems.push({ field: `${at}.scaleLabels`, code: 'scale_labels_not_allowed' });
      else
        for (const end of ['min', 'max'] as const) {
          if (!q.scaleLabels[end][defaultLocale]) problems.push({ field: `${at}.scaleLabels.${end}.${defaultLocale}`, code: 'default_language_missing', params: { locale: defaultLocale } });
        }
    }
    if (q.maxChoices !== null) {
      if (q.type !== 'multiple') problems.push({ field: `${at}.maxChoices`, code: 'choice_limit_not_allowed' });
      else if (q.maxChoices < 1 || q.maxChoices > Math.max(1, q.options.length)) problems.push({ field: `${at}.maxChoices`, code: 'choice_limit_range', params: { max: q.options.length } });
    }
  });
  return problems;
}

/** Why an answer does not fit its question. */
export type AnswerProblemCode = 'required' | 'unknown_question' | 'wrong_type' | 'out_of_range' | 'unknown_option' | 'duplicate_choice' | 'too_many_choices' | 'too_long';

export interface AnswerProblem {
  key: string;
  code: AnswerProblemCode;
  /** for too_many_choices: the limit; for too_long: the number of characters allowed */
  limit?: number;
}

/** One answer, ready to store: a number, the chosen options in the form's order, or a text. */
export interface CleanAnswer {
  key: string;
  num?: number;
  choices?: string[];
  text?: string;
  /** the language of a text (set when taking the response) */
  lang?: Locale;
}

const isBlank = (v: unknown) => v === undefined || v === null || (typeof v === 'string' && v.trim() === '') || (Array.isArray(v) && v.length === 0);

/**
 * Checks every answer against its question: numbers are whole and on the scale, choices are
 * options of the question (at most `maxChoices`, each once), texts within their length; required
 * questions are answered; no answer to a question the form does not have. Blank answers (null,
 * '', []) to optional questions are left out.
 */
export function checkAnswers(questions: FormQuestion[], answers: Record<string, unknown>): { answers: CleanAnswer[]; problems: AnswerProblem[] } {
  const problems: AnswerProblem[] = [];
  const clean: CleanAnswer[] = [];
  const known = new Set(questions.map((q) => q.key));
  for (const key of Object.keys(answers)) if (!known.has(key)) problems.push({ key, code: 'unknown_question' });
  for (const q of questions) {
    const value = Object.hasOwn(answers, q.key) ? answers[q.key] : undefined;
    if (isBlank(value)) {
      if (q.required) problems.push({ key: q.key, code: 'required' });
      continue;
    }
    if (NUMERIC_TYPES.includes(q.type)) {
      if (typeof value !== 'number' || !Number.isInteger(value)) problems.push({ key: q.key, code: 'wrong_type' });
      else if (!scaleOf(q.type).includes(value)) problems.push({ key: q.key, code: 'out_of_range' });
      else clean.push({ key: q.key, num: value });
    } else if (q.type === 'single') {
      if (typeof value !== 'string') problems.push({ key: q.key, code: 'wrong_type' });
      else if (!q.options.some((o) => o.key === value)) problems.push({ key: q.key, code: 'unknown_option' });
      else clean.push({ key: q.key, choices: [value] });
    } else if (q.type === 'multiple') {
      if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) problems.push({ key: q.key, code: 'wrong_type' });
      else if (value.some((v) => !q.options.some((o) => o.key === v))) problems.push({ key: q.key, code: 'unknown_option' });
      else if (new Set(value).size !== value.length) problems.push({ key: q.key, code: 'duplicate_choice' });
      else if (q.maxChoices !== null && value.length > q.maxChoices) problems.push({ key: q.key, code: 'too_many_choices', limit: q.maxChoices });
      else clean.push({ key: q.key, choices: q.options.map((o) => o.key).filter((k) => (value as string[]).includes(k)) });
    } else {
      const limit = TEXT_LIMITS[q.type as 'short_text'];
      if (typeof value !== 'string') problems.push({ key: q.key, code: 'wrong_type' });
      else if (value.trim().length > limit) problems.push({ key: q.key, code: 'too_long', limit });
      else clean.push({ key: q.key, text: value.trim() });
    }
  }
  return { answers: clean, problems };
}

const PROBLEM_TEXT: Record<AnswerProblemCode, Record<Locale, (p: AnswerProblem, q?: FormQuestion) => string>> = {
  required: { bg: () => 'Въпросът е задължителен.', en: () => 'This question is required.', mk: () => 'Прашањето е задолжително.' },
  unknown_question: { bg: () => 'Формулярът няма такъв въпрос.', en: () => 'The form has no such question.', mk: () => 'Формуларот нема такво прашање.' },
  wrong_type: {
    bg: (_, q) => expected(q, 'bg'),
    en: (_, q) => expected(q, 'en'),
    mk: (_, q) => expected(q, 'mk'),
  },
  out_of_range: {
    bg: (_, q) => `Изберете стойност от ${range(q)}.`,
    en: (_, q) => `Choose a value from ${range(q)}.`,
    mk: (_, q) => `Изберете вредност од ${range(q)}.`,
  },
  unknown_option: { bg: () => 'Изберете от дадените отговори.', en: () => 'Choose from the options given.', mk: () => 'Изберете од дадените одговори.' },
  duplicate_choice: { bg: () => 'Всеки отговор се избира веднъж.', en: () => 'Each option can be chosen once.', mk: () => 'Секој одговор се избира еднаш.' },
  too_many_choices: { bg: (p) => `Изберете най-много ${p.limit}.`, en: (p) => `Choose at most ${p.limit}.`, mk: (p) => `Изберете најмногу ${p.limit}.` },
  too_long: { bg: (p) => `Най-много ${p.limit} знака.`, en: (p) => `At most ${p.limit} characters.`, mk: (p) => `Најмногу ${p.limit} знаци.` },
};

function range(q: FormQuestion | undefined): string {
  const scale = q ? scaleOf(q.type) : [];
  return scale.length ? `${scale[0]} – ${scale[scale.length - 1]}` : '';
}

function expected(q: FormQuestion | undefined, locale: Locale): string {
  const kind = !q ? 'text' : NUMERIC_TYPES.includes(q.type) ? 'number' : q.type === 'multiple' ? 'list' : q.type === 'single' ? 'option' : 'text';
  const texts = {
    number: { bg: 'Очаква се цяло число.', en: 'A whole number is expected.', mk: 'Се очекува цел број.' },
    list: { bg: 'Очаква се списък от избрани отговори.', en: 'A list of chosen options is expected.', mk: 'Се очекува листа од избрани одговори.' },
    option: { bg: 'Очаква се един от отговорите.', en: 'One of the options is expected.', mk: 'Се очекува еден од одговорите.' },
    text: { bg: 'Очаква се текст.', en: 'A text is expected.', mk: 'Се очекува текст.' },
  };
  return texts[kind][locale];
}

/** The message for a problem, in the request's language. */
export function answerProblemMessage(p: AnswerProblem, questions: FormQuestion[], locale: Locale): string {
  return PROBLEM_TEXT[p.code][locale](p, questions.find((q) => q.key === p.key));
}
