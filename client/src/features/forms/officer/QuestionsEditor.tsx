import { useEffect, useRef, useState } from 'react';
import { useTranslation } from '../../../i18n/react';
import { QUESTION_TYPES, type QuestionType } from '../../../api/forms';
import type { Locale } from '../../../api/types';
import { CheckboxField, SelectField, TextField } from '../../../components/fields';
import { formatNumber } from '../../../lib/format';
import { SCALE_TYPES, fieldId, hasOptions, move, scaleEnds, newOption, newQuestion, removeAt, replaceAt, withType, type DraftOption, type DraftQuestion } from './builder';
import { LocalizedFields } from './LocalizedFields';

interface Props {
  questions: DraftQuestion[];
  onChange: (questions: DraftQuestion[]) => void;
  languages: Locale[];
  errors: Record<string, string>;
}

/** What to focus once the list has rendered again after a change. */
type FocusTarget = string | null;

/**
 * The questions of a form: add, edit, remove and reorder with Up and Down buttons (no
 * dragging). After a move the focus stays on the button pressed, now in the question's new
 * place, and a live region says where the question went.
 */
export function QuestionsEditor({ questions, onChange, languages, errors }: Props) {
  const { t, i18n } = useTranslation(['forms', 'common']);
  const [announcement, setAnnouncement] = useState('');
  const focusNext = useRef<FocusTarget>(null);
  const n = (value: number) => formatNumber(value, i18n.language);

  useEffect(() => {
    if (!focusNext.current) return;
    document.getElementById(focusNext.current)?.focus();
    focusNext.current = null;
  });

  function say(message: string, focus: FocusTarget) {
    // the same words twice in a row are still read out: clear first, then set
    setAnnouncement('');
    requestAnimationFrame(() => setAnnouncement(message));
    focusNext.current = focus;
  }

  function moveQuestion(index: number, delta: number, button: 'up' | 'down') {
    const target = index + delta;
    const question = questions[index];
    if (target < 0 || target >= questions.length) {
      say(delta < 0 ? t('builder.alreadyFirst') : t('builder.alreadyLast'), null);
      return;
    }
    onChange(move(questions, index, delta));
    say(t('builder.questionMoved', { from: n(index + 1), to: n(target + 1), total: n(questions.length) }), `question-${question.key}-${button}`);
  }

  function removeQuestion(index: number) {
    const rest = removeAt(questions, index);
    onChange(rest);
    const neighbour = rest[index] ?? rest[index - 1];
    say(t('builder.questionRemoved', { number: n(index + 1) }), neighbour ? `question-${neighbour.key}-heading` : 'add-question');
  }

  function addQuestion() {
    const question = newQuestion(questions);
    onChange([...questions, question]);
    say(t('builder.questionAdded', { number: n(questions.length + 1) }), fieldId.questionType(question.key));
  }

  function update(index: number, question: DraftQuestion) {
    onChange(replaceAt(questions, index, question));
  }

  return (
    <>
      <div className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </div>
      {errors[fieldId.questions] && (
        <p id={fieldId.questions} className="field__error" tabIndex={-1}>
          <span className="visually-hidden">{t('common:form.errorPrefix')} </span>
          {errors[fieldId.questions]}
        </p>
      )}
      <ol className="builder-questions">
        {questions.map((question, index) => (
          <QuestionCard
            key={question.key}
            question={question}
            index={index}
            count={questions.length}
            languages={languages}
            errors={errors}
            onChange={(q) => update(index, q)}
            onMove={(delta, button) => moveQuestion(index, delta, button)}
            onRemove={() => removeQuestion(index)}
            say={say}
          />
        ))}
      </ol>
      <p>
        <button type="button" id="add-question" className="button button--secondary" onClick={addQuestion}>
          {t('builder.addQuestion')}
        </button>
      </p>
    </>
  );
}

interface CardProps {
  question: DraftQuestion;
  index: number;
  count: number;
  languages: Locale[];
  errors: Record<string, string>;
  onChange: (question: DraftQuestion) => void;
  onMove: (delta: number, button: 'up' | 'down') => void;
  onRemove: () => void;
  say: (message: string, focus: FocusTarget) => void;
}

function QuestionCard({ question, index, count, languages, errors, onChange, onMove, onRemove, say }: CardProps) {
  const { t, i18n } = useTranslation(['forms', 'common']);
  const n = (value: number) => formatNumber(value, i18n.language);
  const number = n(index + 1);
  const name = t('builder.questionN', { number });
  const key = question.key;
  const choice = hasOptions(question.type);

  function setOptions(options: DraftOption[]) {
    onChange({ ...question, options });
  }

  function moveOption(at: number, delta: number, button: 'up' | 'down') {
    const target = at + delta;
    if (target < 0 || target >= question.options.length) {
      say(delta < 0 ? t('builder.optionAlreadyFirst') : t('builder.optionAlreadyLast'), null);
      return;
    }
    setOptions(move(question.options, at, delta));
    say(t('builder.optionMoved', { from: n(at + 1), to: n(target + 1), question: number }), `question-${key}-option-${question.options[at].key}-${button}`);
  }

  function removeOption(at: number) {
    const rest = removeAt(question.options, at);
    setOptions(rest);
    const neighbour = rest[at] ?? rest[at - 1];
    say(t('builder.optionRemoved', { number: n(at + 1), question: number }), neighbour ? fieldId.optionLabel(key, neighbour.key, languages[0]) : `question-${key}-add-option`);
  }

  function addOption() {
    const option = newOption(question.options);
    setOptions([...question.options, option]);
    say(t('builder.optionAdded', { number: n(question.options.length + 1), question: number }), fieldId.optionLabel(key, option.key, languages[0]));
  }

  return (
    <li className="builder-question">
      <h3 id={`question-${key}-heading`} tabIndex={-1} className="builder-question__title">
        {name}
      </h3>
      <SelectField
        id={fieldId.questionType(key)}
        label={t('builder.type')}
        value={question.type}
        onChange={(e) => onChange(withType(question, e.target.value as QuestionType))}
        error={errors[fieldId.questionType(key)]}
      >
        {QUESTION_TYPES.map((type) => (
          <option key={type} value={type}>
            {t(`types.${type}`)}
          </option>
        ))}
      </SelectField>
      <LocalizedFields
        idOf={(l) => fieldId.questionLabel(key, l)}
        label={t('builder.questionText')}
        languages={languages}
        value={question.label}
        onChange={(label) => onChange({ ...question, label })}
        errors={errors}
      />
      <CheckboxField id={`question-${key}-required`} label={t('builder.required')} hint={t('builder.requiredHint')} checked={question.required} onChange={(required) => onChange({ ...question, required })} />
      {choice && (
        <fieldset className="fieldset builder-options" aria-describedby={errors[fieldId.options(key)] ? `${fieldId.options(key)}-error` : undefined}>
          <legend className="field__label">{t('builder.options', { question: number })}</legend>
          {errors[fieldId.options(key)] && (
            <p id={`${fieldId.options(key)}-error`} className="field__error">
              <span className="visually-hidden">{t('common:form.errorPrefix')} </span>
              {errors[fieldId.options(key)]}
            </p>
          )}
          <ol className="builder-options__list">
            {question.options.map((option, at) => {
              const optionName = t('builder.optionN', { number: n(at + 1) });
              return (
                <li key={option.key} className="builder-option">
                  <LocalizedFields
                    idOf={(l) => fieldId.optionLabel(key, option.key, l)}
                    label={optionName}
                    languages={languages}
                    value={option.label}
                    onChange={(label) => setOptions(replaceAt(question.options, at, { ...option, label }))}
                    errors={errors}
                  />
                  <ReorderButtons
                    idPrefix={`question-${key}-option-${option.key}`}
                    context={t('builder.optionContext', { option: n(at + 1), question: number })}
                    first={at === 0}
                    last={at === question.options.length - 1}
                    onMove={(delta, button) => moveOption(at, delta, button)}
                    onRemove={() => removeOption(at)}
                    removeLabel={t('builder.removeOption')}
                  />
                </li>
              );
            })}
          </ol>
          <button type="button" id={`question-${key}-add-option`} className="button button--secondary button--small" onClick={addOption}>
            {t('builder.addOption')}
            <span className="visually-hidden"> — {name}</span>
          </button>
        </fieldset>
      )}
      {SCALE_TYPES.includes(question.type) && (
        <fieldset className="fieldset builder-options" aria-describedby={`question-${key}-scale-hint`}>
          <legend className="field__label">{t('builder.scaleLabels', { question: number })}</legend>
          <p id={`question-${key}-scale-hint`} className="field__hint">
            {t('builder.scaleLabelsHint')}
          </p>
          {(['min', 'max'] as const).map((end, at) => (
            <LocalizedFields
              key={end}
              idOf={(l) => fieldId.scaleLabel(key, end, l)}
              label={t('builder.scaleEnd', { value: n(scaleEnds(question.type)[at]) })}
              languages={languages}
              value={question.scaleLabels[end]}
              onChange={(texts) => onChange({ ...question, scaleLabels: { ...question.scaleLabels, [end]: texts } })}
              errors={errors}
              optional
            />
          ))}
        </fieldset>
      )}
      {question.type === 'multiple' && (
        <TextField
          id={fieldId.maxChoices(key)}
          label={t('builder.maxChoices')}
          hint={t('builder.maxChoicesHint')}
          optional
          inputMode="numeric"
          width="short"
          value={question.maxChoices}
          onChange={(e) => onChange({ ...question, maxChoices: e.target.value })}
          error={errors[fieldId.maxChoices(key)]}
        />
      )}
      <ReorderButtons
        idPrefix={`question-${key}`}
        context={name}
        first={index === 0}
        last={index === count - 1}
        onMove={onMove}
        onRemove={onRemove}
        removeLabel={t('builder.removeQuestion')}
      />
    </li>
  );
}

/**
 * Move up, Move down, Remove. At the ends a move button stays focusable (aria-disabled) so
 * the focus is never lost, and says why it does nothing.
 */
function ReorderButtons({ idPrefix, context, first, last, onMove, onRemove, removeLabel }: {
  idPrefix: string;
  context: string;
  first: boolean;
  last: boolean;
  onMove: (delta: number, button: 'up' | 'down') => void;
  onRemove: () => void;
  removeLabel: string;
}) {
  const { t } = useTranslation('forms');
  return (
    <div className="reorder" role="group" aria-label={t('builder.arrange', { item: context })}>
      <button type="button" id={`${idPrefix}-up`} className="button button--secondary button--small" aria-disabled={first || undefined} onClick={() => onMove(-1, 'up')}>
        <span aria-hidden="true">↑ </span>
        {t('builder.moveUp')}
        <span className="visually-hidden"> — {context}</span>
      </button>
      <button type="button" id={`${idPrefix}-down`} className="button button--secondary button--small" aria-disabled={last || undefined} onClick={() => onMove(1, 'down')}>
        <span aria-hidden="true">↓ </span>
        {t('builder.moveDown')}
        <span className="visually-hidden"> — {context}</span>
      </button>
      <button type="button" id={`${idPrefix}-remove`} className="button button--warning button--small" onClick={onRemove}>
        {removeLabel}
        <span className="visually-hidden"> — {context}</span>
      </button>
    </div>
  );
}
