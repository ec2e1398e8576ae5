import { useEffect, useId, useRef, type MouseEvent } from 'react';
import { useTranslation } from '../i18n/react';

export interface SummaryItem {
  message: string;
  /** id of the field the error is about; the summary links to it */
  fieldId?: string;
}

interface Props {
  items: SummaryItem[];
  /** Changes on every failed submit; the summary then takes focus so it is read out first. */
  focusKey: number;
}

/** Moves focus to a field and brings its label (or legend) into view, as the GOV.UK summary does. */
function focusField(event: MouseEvent<HTMLAnchorElement>, fieldId: string) {
  const input = document.getElementById(fieldId);
  if (!input) return;
  event.preventDefault();
  const label = input.closest('fieldset')?.querySelector('legend') ?? (input as HTMLInputElement).labels?.[0];
  (label ?? input).scrollIntoView?.({ block: 'start' });
  input.focus({ preventScroll: true });
}

/** The list of everything wrong with a form, at its top (GOV.UK Design System error summary). */
export function ErrorSummary({ items, focusKey }: Props) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const titleId = useId();
  const hasItems = items.length > 0;

  useEffect(() => {
    if (hasItems && focusKey > 0) ref.current?.focus();
  }, [focusKey, hasItems]);

  if (!hasItems) return null;
  return (
    <div className="error-summary" ref={ref} tabIndex={-1} aria-labelledby={titleId}>
      <div role="alert">
        <h2 className="error-summary__title" id={titleId}>
          {t('form.summaryTitle')}
        </h2>
        <ul className="error-summary__list">
          {items.map((item, index) => (
            <li key={`${item.fieldId ?? 'general'}-${index}`}>
              {item.fieldId ? (
                <a href={`#${item.fieldId}`} onClick={(event) => focusField(event, item.fieldId!)}>
                  {item.message}
                </a>
              ) : (
                item.message
              )}
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
