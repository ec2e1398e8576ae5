/** The builder's checks and the mapping of the server's field names to the builder's inputs. */
import { ApiError } from '../../../api/errors';
import { SCALE_TYPES, fieldId, hasOptions, hasScaleLabels, MIN_GROUP_SIZE, type Draft } from './builder';

export type ErrorKey =
  | 'municipalityRequired'
  | 'purposeRequired'
  | 'subjectRequired'
  | 'titleRequired'
  | 'audienceRequired'
  | 'dateInvalid'
  | 'closesBeforeOpens'
  | 'minGroupInvalid'
  | 'questionsRequired'
  | 'questionTextRequired'
  | 'optionsTooFew'
  | 'optionTextRequired'
  | 'maxChoicesInvalid'
  | 'scaleLabelRequired';

export interface Problem {
  /** the input the message sits next to */
  field: string;
  key: ErrorKey;
  values?: Record<string, string | number>;
}

/** Every problem of a draft, in the order of the page. `checkQuestions` is false when they are locked. */
export function validateDraft(draft: Draft, { checkQuestions = true, needMunicipality = true } = {}): Problem[] {
  const found: Problem[] = [];
  const add = (field: string, key: ErrorKey, values?: Problem['values']) => found.push({ field, key, values });
  if (needMunicipality && !draft.municipalityId) add(fieldId.municipality, 'municipalityRequired');
  if (!draft.purpose) add(fieldId.purpose, 'purposeRequired');
  if (draft.subjectType && !draft.subjectId) add(fieldId.subject, 'subjectRequired');
  for (const l of draft.languages) if (!(draft.title[l] ?? '').trim()) add(fieldId.title(l), 'titleRequired');
  if (!draft.audience) add(fieldId.audience, 'audienceRequired');
  const opens = draft.opensAt ? new Date(draft.opensAt).getTime() : null;
  const closes = draft.closesAt ? new Date(draft.closesAt).getTime() : null;
  if (opens !== null && Number.isNaN(opens)) add(fieldId.opensAt, 'dateInvalid');
  if (closes !== null && Number.isNaN(closes)) add(fieldId.closesAt, 'dateInvalid');
  else if (opens !== null && closes !== null && !Number.isNaN(opens) && closes <= opens) add(fieldId.closesAt, 'closesBeforeOpens');
  const size = draft.minGroupSize.trim();
  if (!/^\d+$/.test(size) || Number(size) < MIN_GROUP_SIZE || Number(size) > 1000) add(fieldId.minGroupSize, 'minGroupInvalid');
  if (!checkQuestions) return found;
  if (draft.questions.length === 0) add(fieldId.questions, 'questionsRequired');
  draft.questions.forEach((q, index) => {
    const number = index + 1;
    for (const l of draft.languages) {
      const text = (q.label[l] ?? '').trim();
      if (!text) add(fieldId.questionLabel(q.key, l), 'questionTextRequired', { number });
    }
    if (SCALE_TYPES.includes(q.type) && hasScaleLabels(q)) {
      for (const end of ['min', 'max'] as const) {
        for (const l of draft.languages) if (!(q.scaleLabels[end][l] ?? '').trim()) add(fieldId.scaleLabel(q.key, end, l), 'scaleLabelRequired', { number });
      }
    }
    if (!hasOptions(q.type)) return;
    if (q.options.length < 2) add(fieldId.options(q.key), 'optionsTooFew', { number });
    q.options.forEach((o, at) => {
      for (const l of draft.languages) if (!(o.label[l] ?? '').trim()) add(fieldId.optionLabel(q.key, o.key, l), 'optionTextRequired', { number, option: at + 1 });
    });
    if (q.type === 'multiple' && q.maxChoices.trim()) {
      const max = Number(q.maxChoices.trim());
      if (!/^\d+$/.test(q.maxChoices.trim()) || max < 1 || max > q.options.length) add(fieldId.maxChoices(q.key), 'maxChoicesInvalid', { number, max: q.options.length });
    }
  });
  return found;
}

/**
 * Where the server's `details.fields` go: `title.bg` → the Bulgarian title, `questions.2.label`
 * → the third question's text, `questions.2.options.0.label.en` → its first option in English.
 * Unknown names stay general, said in the summary with the server's own words.
 */
export function serverFieldErrors(error: unknown, draft: Draft): { fields: Record<string, string>; general: string[] } {
  const fields: Record<string, string> = {};
  const general: string[] = [];
  if (!(error instanceof ApiError) || error.fields.length === 0) return { fields, general };
  const first = draft.languages[0];
  const lang = (part: string | undefined) => (part && (draft.languages as string[]).includes(part) ? (part as typeof first) : first);
  for (const { field, messages } of error.fields) {
    const text = messages.join(' ');
    const parts = field.replace(/\[(\d+)\]/g, '.$1').split('.');
    let target: string | undefined;
    switch (parts[0]) {
      case 'municipalityId':
        target = fieldId.municipality;
        break;
      case 'purpose':
        target = fieldId.purpose;
        break;
      case 'subject':
        target = parts[1] === 'type' ? fieldId.subjectType : fieldId.subject;
        break;
      case 'title':
        target = fieldId.title(lang(parts[1]));
        break;
      case 'description':
        target = fieldId.description(lang(parts[1]));
        break;
      case 'audience':
        target = fieldId.audience;
        break;
      case 'opensAt':
        target = fieldId.opensAt;
        break;
      case 'closesAt':
        target = fieldId.closesAt;
        break;
      case 'minGroupSize':
        target = fieldId.minGroupSize;
        break;
      case 'questions': {
        const q = parts[1] !== undefined ? draft.questions[Number(parts[1])] : undefined;
        if (!q) target = fieldId.questions;
        else if (parts[2] === 'type') target = fieldId.questionType(q.key);
        else if (parts[2] === 'maxChoices') target = fieldId.maxChoices(q.key);
        else if (parts[2] === 'scaleLabels') target = fieldId.scaleLabel(q.key, parts[3] === 'max' ? 'max' : 'min', lang(parts[4]));
        else if (parts[2] === 'options') {
          const o = parts[3] !== undefined ? q.options[Number(parts[3])] : undefined;
          target = o ? fieldId.optionLabel(q.key, o.key, lang(parts[5])) : fieldId.options(q.key);
        } else target = fieldId.questionLabel(q.key, lang(parts[3]));
        break;
      }
    }
    if (target) fields[target] = fields[target] ? `${fields[target]} ${text}` : text;
    else general.push(`${field}: ${text}`);
  }
  return { fields, general };
}
