import { useEffect, useRef, useState } from 'react';
import { useTranslation } from '../i18n/react';

interface Props {
  /** the first button: "Remove" */
  label: string;
  /** what the button acts on, for screen readers in a list of many: "Maria Petrova" */
  labelContext?: string;
  /** what is about to happen, read before confirming: "Remove Maria Petrova from the staff?" */
  question: string;
  /** the confirming button: "Yes, remove" */
  confirmLabel?: string;
  onConfirm: () => void;
  busy?: boolean;
}

/** A destructive action that asks once more in place, keeping keyboard focus where it belongs. */
export function ConfirmButton({ label, labelContext, question, confirmLabel, onConfirm, busy }: Props) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const startRef = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);

  useEffect(() => {
    if (asking) confirmRef.current?.focus();
    else if (returnFocus.current) {
      returnFocus.current = false;
      startRef.current?.focus();
    }
  }, [asking]);

  if (!asking) {
    return (
      <button type="button" ref={startRef} className="button button--secondary button--small" onClick={() => setAsking(true)}>
        {label}
        {labelContext && <span className="visually-hidden"> — {labelContext}</span>}
      </button>
    );
  }
  return (
    <span className="confirm" role="group" aria-label={question}>
      <span className="confirm__question">{question}</span>
      <button
        type="button"
        ref={confirmRef}
        className="button button--warning button--small"
        aria-disabled={busy || undefined}
        onClick={() => !busy && onConfirm()}
      >
        {confirmLabel ?? t('actions.confirm')}
      </button>
      <button
        type="button"
        className="button button--secondary button--small"
        onClick={() => {
          returnFocus.current = true;
          setAsking(false);
        }}
      >
        {t('actions.cancel')}
      </button>
    </span>
  );
}
