import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from '../i18n/react';
import { cx } from './cx';
import { useErrorMessage } from './useErrorMessage';

/**
 * A polite live region that is always in the page, so screen readers announce what appears in
 * it later ("Saved", "Your data was downloaded"). With `takeFocus`, a new message also takes
 * keyboard focus — for results of actions that removed the focused control.
 */
export function LiveStatus({ message, tone = 'success', takeFocus }: { message?: ReactNode; tone?: 'success' | 'info'; takeFocus?: boolean }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (takeFocus && message) ref.current?.focus();
  }, [takeFocus, message]);
  return (
    <div ref={ref} role="status" tabIndex={-1} className={message ? cx('notice', `notice--${tone}`) : 'visually-hidden'}>
      {message}
    </div>
  );
}

/** The failure of an action the person started (saving, removing), in place. */
export function ErrorNotice({ error }: { error: unknown }) {
  const describe = useErrorMessage();
  if (!error) return null;
  return (
    <div role="alert" className="notice notice--error">
      <p>{describe(error)}</p>
    </div>
  );
}

export function Loading({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <p role="status" className="loading">
      {label ?? t('status.loading')}
    </p>
  );
}

/** A failed load: what went wrong and a way to try again. */
export function LoadError({ error, onRetry, title }: { error: unknown; onRetry?: () => void; title?: string }) {
  const { t } = useTranslation();
  const describe = useErrorMessage();
  return (
    <div role="alert" className="notice notice--error">
      <p className="notice__title">{title ?? t('errors.loadFailed')}</p>
      <p>{describe(error)}</p>
      {onRetry && (
        <button type="button" className="button button--secondary" onClick={onRetry}>
          {t('actions.retry')}
        </button>
      )}
    </div>
  );
}

/** A short message box for results that stay on the page (success, information, warning). */
export function Notice({ tone, title, children }: { tone: 'success' | 'info' | 'warning' | 'error'; title?: ReactNode; children?: ReactNode }) {
  return (
    <div className={cx('notice', `notice--${tone}`)}>
      {title && <p className="notice__title">{title}</p>}
      {children}
    </div>
  );
}

/** "Show more" for lists that come a page at a time. */
export function LoadMore({ hasMore, loading, onLoad }: { hasMore: boolean; loading: boolean; onLoad: () => void }) {
  const { t } = useTranslation();
  if (!hasMore) return null;
  return (
    <p>
      <button type="button" className="button button--secondary" onClick={() => !loading && onLoad()} aria-disabled={loading || undefined}>
        {loading ? t('status.loading') : t('actions.showMore')}
      </button>
    </p>
  );
}
