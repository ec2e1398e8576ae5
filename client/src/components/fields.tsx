import { useEffect, useState, type InputHTMLAttributes, type ReactNode, type Ref, type SelectHTMLAttributes, type TextareaHTMLAttributes } from 'react';
import { useTranslation } from '../i18n/react';
import { formatNumber } from '../lib/format';
import { cx } from './cx';

export { cx }; // for the forms that import it with the fields

function describedBy(id: string, hint: ReactNode, error: string | undefined): string | undefined {
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

function Hint({ id, children }: { id: string; children: ReactNode }) {
  if (!children) return null;
  return (
    <div id={`${id}-hint`} className="field__hint">
      {children}
    </div>
  );
}

/** The message under a field's label: "Error: …" for screen readers, the text for everyone. */
export function FieldError({ id, message }: { id: string; message?: string }) {
  const { t } = useTranslation();
  if (!message) return null;
  return (
    <p id={`${id}-error`} className="field__error">
      <span className="visually-hidden">{t('form.errorPrefix')} </span>
      {message}
    </p>
  );
}

function LabelText({ label, optional }: { label: ReactNode; optional?: boolean }) {
  const { t } = useTranslation();
  return (
    <>
      {label}
      {optional && <span className="field__optional"> {t('form.optional')}</span>}
    </>
  );
}

interface FieldProps {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  /** shows "(optional)" after the label; fields are required unless said so */
  optional?: boolean;
  width?: 'full' | 'medium' | 'short';
}

type TextFieldProps = FieldProps & Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'className'>;

export function TextField({ id, label, hint, error, optional, width = 'medium', ...input }: TextFieldProps) {
  return (
    <div className={cx('field', error && 'field--error')}>
      <label className="field__label" htmlFor={id}>
        <LabelText label={label} optional={optional} />
      </label>
      <Hint id={id}>{hint}</Hint>
      <FieldError id={id} message={error} />
      <input
        id={id}
        className={cx('input', `input--${width}`)}
        aria-describedby={describedBy(id, hint, error)}
        aria-invalid={error ? true : undefined}
        {...input}
      />
    </div>
  );
}

type SelectFieldProps = FieldProps & Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id' | 'className'>;

export function SelectField({ id, label, hint, error, optional, width = 'medium', children, ...select }: SelectFieldProps) {
  return (
    <div className={cx('field', error && 'field--error')}>
      <label className="field__label" htmlFor={id}>
        <LabelText label={label} optional={optional} />
      </label>
      <Hint id={id}>{hint}</Hint>
      <FieldError id={id} message={error} />
      <select
        id={id}
        className={cx('select', `input--${width}`)}
        aria-describedby={describedBy(id, hint, error)}
        aria-invalid={error ? true : undefined}
        {...select}
      >
        {children}
      </select>
    </div>
  );
}

export interface RadioOption<V extends string> {
  value: V;
  label: ReactNode;
  hint?: ReactNode;
  /** language of the label when it is not the page's */
  lang?: string;
}

interface RadioGroupProps<V extends string> {
  /** id of the first radio: where the error summary sends focus */
  id: string;
  name: string;
  legend: ReactNode;
  hint?: ReactNode;
  error?: string;
  optional?: boolean;
  options: RadioOption<V>[];
  value: V | '';
  onChange: (value: V) => void;
  inline?: boolean;
}

export function RadioGroup<V extends string>({ id, name, legend, hint, error, optional, options, value, onChange, inline }: RadioGroupProps<V>) {
  return (
    <div className={cx('field', error && 'field--error')}>
      <fieldset className="fieldset" aria-describedby={describedBy(id, hint, error)}>
        <legend className="field__label">
          <LabelText label={legend} optional={optional} />
        </legend>
        <Hint id={id}>{hint}</Hint>
        <FieldError id={id} message={error} />
        <div className={cx('radios', inline && 'radios--inline')}>
          {options.map((option, index) => {
            const optionId = index === 0 ? id : `${id}-${option.value}`;
            return (
              <div className="radio" key={option.value}>
                <input
                  type="radio"
                  id={optionId}
                  name={name}
                  value={option.value}
                  checked={value === option.value}
                  onChange={() => onChange(option.value)}
                  aria-describedby={option.hint ? `${optionId}-hint` : undefined}
                />
                <label htmlFor={optionId} lang={option.lang}>
                  {option.label}
                </label>
                {option.hint && (
                  <div id={`${optionId}-hint`} className="radio__hint">
                    {option.hint}
                  </div>
                )}
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}

type TextareaFieldProps = FieldProps &
  Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id' | 'className' | 'value' | 'maxLength'> & {
    value: string;
    /**
     * With a limit, a live count under the field says how many characters are left (GOV.UK
     * character count): the field itself takes more, so pasted text can be cut down in place.
     */
    maxLength?: number;
    ref?: Ref<HTMLTextAreaElement>;
  };

export function TextareaField({ id, label, hint, error, optional, width = 'full', maxLength, value, rows = 5, ref, ...textarea }: TextareaFieldProps) {
  const counted = maxLength !== undefined;
  const describedIds = [describedBy(id, hint, error), counted ? `${id}-count` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className={cx('field', error && 'field--error')}>
      <label className="field__label" htmlFor={id}>
        <LabelText label={label} optional={optional} />
      </label>
      <Hint id={id}>{hint}</Hint>
      <FieldError id={id} message={error} />
      <textarea
        id={id}
        ref={ref}
        className={cx('input', 'textarea', `input--${width}`)}
        aria-describedby={describedIds}
        aria-invalid={error ? true : undefined}
        rows={rows}
        value={value}
        {...textarea}
      />
      {counted && <CharacterCount id={`${id}-count`} length={value.length} max={maxLength} />}
    </div>
  );
}

/**
 * "You have 9,950 characters left": shown at once, read out by screen readers only after a pause
 * in typing, so each key press is not announced.
 */
function CharacterCount({ id, length, max }: { id: string; length: number; max: number }) {
  const { t, i18n } = useTranslation();
  const left = max - length;
  const number = formatNumber(Math.abs(left), i18n.language);
  const text = left >= 0 ? t('form.charactersLeft', { count: left, number }) : t('form.charactersOver', { count: -left, number });
  const [announced, setAnnounced] = useState(text);
  useEffect(() => {
    const timer = setTimeout(() => setAnnounced(text), 1000);
    return () => clearTimeout(timer);
  }, [text]);
  return (
    <>
      <p id={id} className={cx('field__count', left < 0 && 'field__count--over')} aria-hidden="true">
        {text}
      </p>
      <p className="visually-hidden" aria-live="polite">
        {announced}
      </p>
    </>
  );
}

type CheckboxFieldProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'className' | 'type' | 'checked' | 'onChange'> & {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
};

/** One yes-or-no choice, its label beside the box and its explanation under it. */
export function CheckboxField({ id, label, hint, error, checked, onChange, ...input }: CheckboxFieldProps) {
  return (
    <div className={cx('field', error && 'field--error')}>
      <FieldError id={id} message={error} />
      <div className="radio checkbox">
        <input
          type="checkbox"
          id={id}
          checked={checked}
          onChange={(event) => onChange(event.target.checked)}
          aria-describedby={describedBy(id, hint, error)}
          aria-invalid={error ? true : undefined}
          {...input}
        />
        <label htmlFor={id}>{label}</label>
        {hint && (
          <div id={`${id}-hint`} className="radio__hint">
            {hint}
          </div>
        )}
      </div>
    </div>
  );
}
