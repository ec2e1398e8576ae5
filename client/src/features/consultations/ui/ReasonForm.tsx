import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from '../../../i18n/react';
import { Button } from '../../../components/Button';
import { TextareaField } from '../../../components/fields';
import { useErrorMessage } from '../../../components/useErrorMessage';

interface Props {
  id: string;
  label: string;
  hint?: string;
  submitLabel: string;
  /** when true, an empty reason is accepted */
  optional?: boolean;
  busy: boolean;
  maxLength?: number;
  onSubmit: (reason: string) => Promise<unknown>;
  onCancel: () => void;
}

/**
 * A small form in place — "why are you reporting this?", "why is it hidden?" — that takes focus
 * when it opens and keeps it on the reason when something is wrong.
 */
export function ReasonForm({ id, label, hint, submitLabel, optional, busy, maxLength = 1000, onSubmit, onCancel }: Props) {
  const { t } = useTranslation(['consultations', 'common']);
  const describe = useErrorMessage();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string>();
  const ref = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    ref.current?.focus();
  }, []);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    const text = reason.trim();
    let problem: string | undefined;
    if (!text && !optional) problem = t('reasonForm.required');
    else if (text.length > maxLength) problem = t('reasonForm.tooLong', { max: maxLength });
    if (problem) {
      setError(problem);
      ref.current?.focus();
      return;
    }
    try {
      await onSubmit(text);
    } catch (failure) {
      setError(describe(failure));
      ref.current?.focus();
    }
  }

  return (
    <form className="inline-form" onSubmit={submit} noValidate>
      <TextareaField id={id} ref={ref} label={label} hint={hint} optional={optional} rows={3} value={reason} onChange={(e) => setReason(e.target.value)} error={error} />
      <div className="button-group">
        <Button type="submit" busy={busy} busyLabel={t('common:status.sending')}>
          {submitLabel}
        </Button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t('common:actions.cancel')}
        </button>
      </div>
    </form>
  );
}
