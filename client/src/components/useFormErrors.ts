import { useCallback, useMemo, useState } from 'react';
import { ApiError } from '../api/errors';
import type { SummaryItem } from './ErrorSummary';
import { useErrorMessage } from './useErrorMessage';

export interface ApiErrorMapping<F extends string> {
  /** server field name → form field, when they differ (`name.bg` → `nameBg`) */
  fields?: Partial<Record<string, F>>;
  /** error code → the field it is about (`email_taken` → `email`) */
  codes?: Partial<Record<string, F>>;
}

/**
 * Error state of one form: a message per field and the summary that lists them in page order.
 * `fieldIds` maps each field name to the id of its input (for radios: the first radio).
 */
export function useFormErrors<F extends string>(fieldIds: Record<F, string>) {
  const describe = useErrorMessage();
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<F, string>>>({});
  const [general, setGeneral] = useState<string[]>([]);
  const [focusKey, setFocusKey] = useState(0);

  const summary = useMemo<SummaryItem[]>(() => {
    const order = Object.keys(fieldIds) as F[];
    return [
      ...general.map((message) => ({ message })),
      ...order.filter((f) => fieldErrors[f]).map((f) => ({ message: fieldErrors[f]!, fieldId: fieldIds[f] })),
    ];
  }, [fieldErrors, general, fieldIds]);

  const clear = useCallback(() => {
    setFieldErrors({});
    setGeneral([]);
  }, []);

  /** Shows the client's own checks; true when there was something to show. */
  const showClientErrors = useCallback((errors: Partial<Record<F, string>>): boolean => {
    const any = Object.values(errors).some(Boolean);
    setFieldErrors(errors);
    setGeneral([]);
    if (any) setFocusKey((k) => k + 1);
    return any;
  }, []);

  /** Shows a failed call: `details.fields` next to their fields, anything else in the summary. */
  const showApiError = useCallback(
    (error: unknown, mapping: ApiErrorMapping<F> = {}) => {
      const nextFields: Partial<Record<F, string>> = {};
      const nextGeneral: string[] = [];
      const known = (name: string): F | undefined => mapping.fields?.[name] ?? (name in fieldIds ? (name as F) : undefined);
      if (error instanceof ApiError && error.fields.length > 0) {
        for (const { field, messages } of error.fields) {
          const target = known(field);
          const text = messages.join(' ');
          if (target) nextFields[target] = nextFields[target] ? `${nextFields[target]} ${text}` : text;
          else nextGeneral.push(`${field}: ${text}`);
        }
      } else if (error instanceof ApiError && mapping.codes?.[error.code]) {
        nextFields[mapping.codes[error.code]!] = describe(error);
      } else {
        nextGeneral.push(describe(error));
      }
      setFieldErrors(nextFields);
      setGeneral(nextGeneral);
      setFocusKey((k) => k + 1);
    },
    [describe, fieldIds],
  );

  return { fieldErrors, summary, focusKey, clear, showClientErrors, showApiError };
}
