import type { ReactNode, Ref } from 'react';
import { useTranslation } from '../../../i18n/react';
import type { AnswerValue, FormPurpose, FormQuestion } from '../../../api/forms';
import { cx, FieldError } from '../../../components/fields';
import { formatNumber } from '../../../lib/format';
import { useLocalize } from './useLocalize';

export const TEXT_LIMIT = { short_text: 500, long_text: 5000 } as const;

/** The id of a question's first input: where the error summary sends focus. */
export function answerId(key: string): string {
  return `answer-${key}`;
}

/** Likert answers speak of satisfaction on satisfaction forms, of agreement elsewhere. */
export function likertScale(purpose: FormPurpose | '' | undefined): 'satisfaction' | 'agreement' {
  return purpose === 'satisfaction' ? 'satisfaction' : 'agreement';
}

interface Props {
  question: FormQuestion;
  /** said before the label: "3." on a page of all questions, "Question 3 of 10" (hidden) on its own screen */
  numberLabel: ReactNode;
  value: AnswerValue | undefined;
  onChange: (value: AnswerValue | undefined) => void;
  error?: string;
  purpose: FormPurpose | '' | undefined;
  /** the form's default language, for labels missing in the page language */
  fallback?: string;
  /** the heading of the question; it takes focus when the question comes into view */
  headingRef?: Ref<HTMLHeadingElement>;
  /** ids are prefixed so a preview can sit beside the builder's own inputs */
  idPrefix?: string;
  /** h2 on the respondent's page, h3 inside the builder's preview */
  headingLevel?: 2 | 3;
}

/**
 * One question of a form as the respondent answers it: Likert as a labelled radio group, 0–10
 * as radios in a row, choices as radios or checkboxes, texts as inputs. The question text is
 * a heading inside the legend (or label), so it is read once and can be jumped to.
 */
export function QuestionInput({ question, numberLabel, value, onChange, error, purpose, fallback, headingRef, idPrefix = '', headingLevel = 2 }: Props) {
  const { t, i18n } = useTranslation(['forms', 'common']);
  const localize = useLocalize();
  const id = idPrefix + answerId(question.key);
  const label = localize(question.label, fallback);
  const errorId = error ? `${id}-error` : '';
  const Heading = headingLevel === 3 ? 'h3' : 'h2';
  const heading = (labelFor?: string) => (
    <Heading className="question__heading" ref={headingRef} tabIndex={-1} id={`${id}-heading`}>
      <span className="question__number">{numberLabel}</span>
      {labelFor ? (
        <label htmlFor={labelFor} lang={label.lang}>
          {label.text || t('builder.untitledQuestion')}
        </label>
      ) : (
        <span lang={label.lang}>{label.text || t('builder.untitledQuestion')}</span>
      )}{' '}
      <span className={question.required ? 'question__required' : 'field__optional'}>{question.required ? t('respond.required') : t('respond.optional')}</span>
    </Heading>
  );

  if (question.type === 'short_text' || question.type === 'long_text') {
    const text = typeof value === 'string' ? value : '';
    const limit = TEXT_LIMIT[question.type];
    const countId = `${id}-count`;
    const describedBy = [errorId, question.type === 'long_text' ? countId : ''].filter(Boolean).join(' ') || undefined;
    const common = {
      id,
      className: cx('input', question.type === 'long_text' && 'textarea', 'input--full'),
      value: text,
      required: question.required,
      'aria-invalid': error ? true : undefined,
      'aria-describedby': describedBy,
      onChange: (event: { target: { value: string } }) => onChange(event.target.value === '' ? undefined : event.target.value),
    };
    return (
      <div className={cx('field', 'question', error && 'field--error')}>
        {heading(id)}
        <FieldError id={id} message={error} />
        {question.type === 'long_text' ? <textarea rows={6} {...common} /> : <input type="text" {...common} />}
        {question.type === 'long_text' && (
          <p id={countId} className={cx('field__count', text.length > limit && 'field__count--over')}>
            {text.length <= limit
              ? t('common:form.charactersLeft', { count: limit - text.length, number: formatNumber(limit - text.length, i18n.language) })
              : t('common:form.charactersOver', { count: text.length - limit, number: formatNumber(text.length - limit, i18n.language) })}
          </p>
        )}
      </div>
    );
  }

  let choices: { value: string; label: ReactNode; lang?: string }[];
  let hint: ReactNode = null;
  let layout: 'list' | 'scale' = 'list';
  const multiple = question.type === 'multiple';
  const ends = question.scaleLabels ? { min: localize(question.scaleLabels.min, fallback), max: localize(question.scaleLabels.max, fallback) } : null;
  let endWords: [ReactNode, ReactNode] | null = null;
  if (question.type === 'likert5' && ends) {
    // the question's own words at the ends: "1 — not at all" … "5 — completely", plain numbers between
    choices = [1, 2, 3, 4, 5].map((n) => {
      const end = n === 1 ? ends.min : n === 5 ? ends.max : null;
      return { value: String(n), label: end ? <>{formatNumber(n, i18n.language)} — <span lang={end.lang}>{end.text}</span></> : formatNumber(n, i18n.language) };
    });
  } else if (question.type === 'likert5') {
    const scale = likertScale(purpose);
    choices = [1, 2, 3, 4, 5].map((n) => ({ value: String(n), label: t(`likert.${scale}.${n}` as 'likert.agreement.1') }));
  } else if (question.type === 'rating10' || question.type === 'nps') {
    layout = 'scale';
    const n = (v: number) => formatNumber(v, i18n.language);
    if (ends) {
      hint = t('respond.scaleHint', { min: n(0), max: n(10), minLabel: ends.min.text, maxLabel: ends.max.text });
      endWords = [`${n(0)} — ${ends.min.text}`, `${n(10)} — ${ends.max.text}`];
    } else {
      hint = question.type === 'nps' ? t('respond.npsHint') : t('respond.ratingHint');
      endWords = question.type === 'nps' ? [t('respond.npsLow'), t('respond.npsHigh')] : [t('respond.ratingLow'), t('respond.ratingHigh')];
    }
    // the words at the ends are part of the end radios' names, not only shown beside the row
    const words = endWords;
    choices = Array.from({ length: 11 }, (_, v) => ({
      value: String(v),
      label:
        v === 0 || v === 10 ? (
          <>
            <span aria-hidden="true">{n(v)}</span>
            <span className="visually-hidden">{v === 0 ? words[0] : words[1]}</span>
          </>
        ) : (
          n(v)
        ),
    }));
  } else {
    choices = (question.options ?? []).map((o) => {
      const shown = localize(o.label, fallback);
      return { value: o.key, label: shown.text || t('builder.untitledOption'), lang: shown.lang };
    });
    if (multiple) hint = question.maxChoices ? t('respond.chooseUpTo', { count: question.maxChoices }) : t('respond.chooseAny');
  }
  const hintId = hint ? `${id}-hint` : '';
  const chosen = multiple ? (Array.isArray(value) ? value : []) : [];
  const selected = !multiple && value !== undefined ? String(value) : '';

  function choose(option: string, checked: boolean) {
    if (multiple) {
      const next = checked ? [...chosen, option] : chosen.filter((c) => c !== option);
      onChange(next.length ? next : undefined);
    } else if (question.type === 'single') onChange(option);
    else onChange(Number(option));
  }

  return (
    <div className={cx('field', 'question', error && 'field--error')}>
      <fieldset className="fieldset" aria-describedby={[hintId, errorId].filter(Boolean).join(' ') || undefined}>
        <legend className="question__legend">{heading()}</legend>
        {hint && (
          <div id={hintId} className="field__hint">
            {hint}
            {multiple && question.maxChoices ? (
              <span className="question__count" aria-live="polite">
                {' '}
                {t('respond.chosenOf', { chosen: formatNumber(chosen.length, i18n.language), max: formatNumber(question.maxChoices, i18n.language) })}
              </span>
            ) : null}
          </div>
        )}
        <FieldError id={id} message={error} />
        <div className={layout === 'scale' ? 'scale' : 'radios'}>
          {choices.map((choice, index) => {
            const optionId = index === 0 ? id : `${id}-${choice.value}`;
            return (
              <div className={layout === 'scale' ? 'scale__item' : multiple ? 'radio checkbox' : 'radio'} key={choice.value}>
                <input
                  type={multiple ? 'checkbox' : 'radio'}
                  id={optionId}
                  name={id}
                  value={choice.value}
                  required={!multiple && question.required}
                  checked={multiple ? chosen.includes(choice.value) : selected === choice.value}
                  onChange={(event) => choose(choice.value, event.target.checked)}
                />
                <label htmlFor={optionId} lang={choice.lang}>
                  {choice.label}
                </label>
              </div>
            );
          })}
        </div>
        {layout === 'scale' && endWords && (
          <div className="scale__ends" aria-hidden="true">
            <span lang={ends?.min.lang}>{endWords[0]}</span>
            <span lang={ends?.max.lang}>{endWords[1]}</span>
          </div>
        )}
      </fieldset>
    </div>
  );
}

/** What is wrong with one answer, as a message key and its values; undefined when it is fine. */
export function answerProblem(question: FormQuestion, value: AnswerValue | undefined): { key: 'required' | 'requiredChoice' | 'tooMany' | 'tooLong'; count?: number } | undefined {
  const empty = value === undefined || value === '' || (Array.isArray(value) && value.length === 0) || (typeof value === 'string' && value.trim() === '');
  if (empty) {
    if (!question.required) return undefined;
    return question.type === 'short_text' || question.type === 'long_text' ? { key: 'required' } : { key: 'requiredChoice' };
  }
  if (question.type === 'multiple' && Array.isArray(value) && question.maxChoices && value.length > question.maxChoices) return { key: 'tooMany', count: question.maxChoices };
  if ((question.type === 'short_text' || question.type === 'long_text') && typeof value === 'string' && value.length > TEXT_LIMIT[question.type]) {
    return { key: 'tooLong', count: TEXT_LIMIT[question.type] };
  }
  return undefined;
}
