/**
 * The form builder's state and the pure steps on it: add, move, remove questions and options,
 * and turn the state into the body the API takes. No React here.
 */
import type { Form, FormAudience, FormBody, FormPurpose, QuestionType, SubjectType, Text } from '../../../api/forms';
import type { Locale, LocalizedText } from '../../../api/types';

export type Texts = Partial<Record<Locale, string>>;

export interface DraftOption {
  key: string;
  label: Texts;
}

export interface DraftQuestion {
  key: string;
  type: QuestionType;
  label: Texts;
  required: boolean;
  options: DraftOption[];
  /** typed text; a whole number from 1 for multiple choice, empty for no limit */
  maxChoices: string;
  /** scales: the words at the two ends; all empty means the defaults of the type */
  scaleLabels: { min: Texts; max: Texts };
}

export interface Draft {
  municipalityId: string;
  /** the languages of the texts; the builder always puts the municipality's own first */
  languages: Locale[];
  purpose: FormPurpose | '';
  subjectType: SubjectType | '';
  subjectId: string;
  title: Texts;
  description: Texts;
  anonymous: boolean;
  audience: FormAudience | '';
  /** `YYYY-MM-DDTHH:mm` in the browser's time, as <input type="datetime-local"> holds it */
  opensAt: string;
  closesAt: string;
  minGroupSize: string;
  publishResults: boolean;
  questions: DraftQuestion[];
}

export const DEFAULT_MIN_GROUP_SIZE = 5;
/** The server refuses less: a group (or the difference of two reports) of one or two people would show what they answered. */
export const MIN_GROUP_SIZE = 3;
export const CHOICE_TYPES: readonly QuestionType[] = ['single', 'multiple'];

export function hasOptions(type: QuestionType): boolean {
  return CHOICE_TYPES.includes(type);
}

export const SCALE_TYPES: readonly QuestionType[] = ['likert5', 'rating10', 'nps'];

/** The two ends of a scale: 1 and 5, or 0 and 10. */
export function scaleEnds(type: QuestionType): [number, number] {
  return type === 'likert5' ? [1, 5] : [0, 10];
}

/** Whether any word at either end of a scale is written, in any language. */
export function hasScaleLabels(question: Pick<DraftQuestion, 'scaleLabels'>): boolean {
  return [question.scaleLabels.min, question.scaleLabels.max].some((texts) => Object.values(texts).some((v) => v?.trim()));
}

/** The next free key with a prefix: q1, q2… (keys never change once given, so answers keep their question). */
export function nextKey(prefix: string, taken: string[]): string {
  const numbers = taken.map((key) => (key.startsWith(prefix) ? Number(key.slice(prefix.length)) : NaN)).filter((n) => Number.isInteger(n));
  return `${prefix}${Math.max(0, ...numbers) + 1}`;
}

export function newQuestion(questions: DraftQuestion[], type: QuestionType = 'likert5'): DraftQuestion {
  const question: DraftQuestion = { key: nextKey('q', questions.map((q) => q.key)), type, label: {}, required: true, options: [], maxChoices: '', scaleLabels: { min: {}, max: {} } };
  return hasOptions(type) ? { ...question, options: [newOption([]), newOption([{ key: 'o1', label: {} }])] } : question;
}

export function newOption(options: DraftOption[]): DraftOption {
  return { key: nextKey('o', options.map((o) => o.key)), label: {} };
}

/** The list with the item at `index` moved by `delta` places (−1 up, +1 down); unchanged at the ends. */
export function move<T>(list: T[], index: number, delta: number): T[] {
  const target = index + delta;
  if (index < 0 || index >= list.length || target < 0 || target >= list.length) return list;
  const next = [...list];
  const [item] = next.splice(index, 1);
  next.splice(target, 0, item);
  return next;
}

export function removeAt<T>(list: T[], index: number): T[] {
  return list.filter((_, i) => i !== index);
}

export function replaceAt<T>(list: T[], index: number, item: T): T[] {
  return list.map((existing, i) => (i === index ? item : existing));
}

/** A question of another type: choices gain two empty options, other types lose theirs. */
export function withType(question: DraftQuestion, type: QuestionType): DraftQuestion {
  if (hasOptions(type)) {
    const options = question.options.length > 0 ? question.options : [newOption([]), { key: 'o2', label: {} }];
    return { ...question, type, options, maxChoices: type === 'multiple' ? question.maxChoices : '', scaleLabels: { min: {}, max: {} } };
  }
  return { ...question, type, options: [], maxChoices: '', scaleLabels: SCALE_TYPES.includes(type) ? question.scaleLabels : { min: {}, max: {} } };
}

/** Per-language text the server sent (or a plain string, taken as the default language). */
export function textsOf(value: Text | null | undefined, defaultLocale: Locale): Texts {
  if (!value) return {};
  if (typeof value === 'string') return { [defaultLocale]: value };
  return { ...value };
}

function clean(texts: Texts, languages: Locale[]): LocalizedText {
  return Object.fromEntries(languages.map((l) => [l, (texts[l] ?? '').trim()]).filter(([, v]) => v)) as LocalizedText;
}

/** The browser-local `YYYY-MM-DDTHH:mm` of an ISO moment. */
export function toLocalInput(iso: string | null | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** An ISO moment from a `datetime-local` value; null when empty or not a time. */
export function fromLocalInput(value: string): string | null {
  if (!value) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/** A new form: one question to start from; the languages besides the municipality's own are none yet. */
export function emptyDraft(municipalityId: string): Draft {
  return {
    municipalityId,
    languages: [],
    purpose: '',
    subjectType: '',
    subjectId: '',
    title: {},
    description: {},
    anonymous: true,
    audience: '',
    opensAt: '',
    closesAt: '',
    minGroupSize: String(DEFAULT_MIN_GROUP_SIZE),
    publishResults: false,
    questions: [newQuestion([])],
  };
}

const LOCALES: Locale[] = ['bg', 'en', 'mk'];

/** The builder's state for a stored form (to edit it, or to start a new version from it). */
export function draftOf(form: Form, defaultLocale: Locale): Draft {
  const used = new Set<Locale>([defaultLocale]);
  const note = (value: Text | null | undefined) => {
    if (value && typeof value === 'object') for (const l of LOCALES) if (value[l]) used.add(l);
  };
  note(form.title);
  note(form.description);
  for (const q of form.questions) {
    note(q.label);
    for (const o of q.options ?? []) note(o.label);
    note(q.scaleLabels?.min);
    note(q.scaleLabels?.max);
  }
  return {
    municipalityId: form.municipalityId,
    languages: LOCALES.filter((l) => used.has(l)).sort((a, b) => (a === defaultLocale ? -1 : b === defaultLocale ? 1 : 0)),
    purpose: form.purpose,
    subjectType: form.subject?.type ?? '',
    subjectId: form.subject?.id ?? '',
    title: textsOf(form.title, defaultLocale),
    description: textsOf(form.description, defaultLocale),
    anonymous: form.anonymous,
    audience: form.audience,
    opensAt: toLocalInput(form.opensAt),
    closesAt: toLocalInput(form.closesAt),
    minGroupSize: String(form.minGroupSize ?? DEFAULT_MIN_GROUP_SIZE),
    publishResults: form.publishResults,
    questions: form.questions.map((q) => ({
      key: q.key,
      type: q.type,
      label: textsOf(q.label, defaultLocale),
      required: q.required,
      options: (q.options ?? []).map((o) => ({ key: o.key, label: textsOf(o.label, defaultLocale) })),
      maxChoices: q.maxChoices ? String(q.maxChoices) : '',
      scaleLabels: { min: textsOf(q.scaleLabels?.min, defaultLocale), max: textsOf(q.scaleLabels?.max, defaultLocale) },
    })),
  };
}

/** The POST /forms body of a checked draft. */
export function toBody(draft: Draft): FormBody {
  const { languages } = draft;
  const description = clean(draft.description, languages);
  return {
    municipalityId: draft.municipalityId,
    purpose: draft.purpose as FormPurpose,
    subject: draft.subjectType && draft.subjectId ? { type: draft.subjectType, id: draft.subjectId } : null,
    title: clean(draft.title, languages),
    ...(Object.keys(description).length > 0 ? { description } : {}),
    anonymous: draft.anonymous,
    audience: draft.audience as FormAudience,
    opensAt: fromLocalInput(draft.opensAt),
    closesAt: fromLocalInput(draft.closesAt),
    minGroupSize: Number(draft.minGroupSize),
    publishResults: draft.publishResults,
    questions: draft.questions.map((q) => ({
      key: q.key,
      type: q.type,
      label: clean(q.label, languages),
      required: q.required,
      ...(hasOptions(q.type) ? { options: q.options.map((o) => ({ key: o.key, label: clean(o.label, languages) })) } : {}),
      ...(q.type === 'multiple' && q.maxChoices.trim() ? { maxChoices: Number(q.maxChoices) } : {}),
      ...(SCALE_TYPES.includes(q.type) ? { scaleLabels: hasScaleLabels(q) ? { min: clean(q.scaleLabels.min, languages), max: clean(q.scaleLabels.max, languages) } : null } : {}),
    })),
  };
}

/** Ids of the builder's inputs, the targets of the error summary's links. */
export const fieldId = {
  municipality: 'form-municipality',
  purpose: 'form-purpose',
  subjectType: 'form-subject-type',
  subject: 'form-subject',
  title: (l: Locale) => `form-title-${l}`,
  description: (l: Locale) => `form-description-${l}`,
  audience: 'form-audience',
  opensAt: 'form-opens-at',
  closesAt: 'form-closes-at',
  minGroupSize: 'form-min-group-size',
  questions: 'form-questions',
  questionType: (key: string) => `question-${key}-type`,
  questionLabel: (key: string, l: Locale) => `question-${key}-label-${l}`,
  options: (key: string) => `question-${key}-options`,
  optionLabel: (key: string, option: string, l: Locale) => `question-${key}-option-${option}-${l}`,
  maxChoices: (key: string) => `question-${key}-max`,
  scaleLabel: (key: string, end: 'min' | 'max', l: Locale) => `question-${key}-scale-${end}-${l}`,
};
