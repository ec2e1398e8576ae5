import { useCallback, useId, useState, useSyncExternalStore, type ReactNode } from 'react';

/** Wider than a phone (640 px): the filters are always shown there. */
const WIDE = '(min-width: 40rem)';

/** Whether the screen is wider than a phone, following changes; wide where matchMedia is missing. */
function useWide(): boolean {
  const subscribe = useCallback((listener: () => void) => {
    if (typeof window.matchMedia !== 'function') return () => {};
    const list = window.matchMedia(WIDE);
    list.addEventListener('change', listener);
    return () => list.removeEventListener('change', listener);
  }, []);
  return useSyncExternalStore(
    subscribe,
    () => (typeof window.matchMedia === 'function' ? window.matchMedia(WIDE).matches : true),
    () => true,
  );
}

interface Props {
  /** the heading's id, which the form inside names itself by */
  headingId: string;
  title: string;
  /** a filter is in use: open on a phone too */
  active: boolean;
  children: ReactNode;
  /** 3 inside a section headed by an h2 */
  level?: 2 | 3;
  /** on a wide screen the heading is for screen readers only (a compact filter bar) */
  quiet?: boolean;
  className?: string;
}

/**
 * A list's search and filters. On a wide screen they are shown under their heading. On a phone
 * the heading is a button (`aria-expanded`) and the filters stay folded behind it, so the results
 * come first, unless a filter is in use (`active`): then they are open, showing what is applied.
 * The form inside names itself by `headingId` (`aria-labelledby`).
 */
export function FilterDisclosure({ headingId, title, active, children, level = 2, quiet, className }: Props) {
  const wide = useWide();
  const panelId = useId();
  const [open, setOpen] = useState(active);
  const Heading = level === 3 ? 'h3' : 'h2';
  const classes = (...more: string[]) => ['filter', className, ...more].filter(Boolean).join(' ');
  if (wide) {
    return (
      <div className={classes()}>
        <Heading id={headingId} className={quiet ? 'visually-hidden' : 'filter__title'}>
          {title}
        </Heading>
        {children}
      </div>
    );
  }
  return (
    <div className={open ? classes('filter--folding', 'filter--open') : classes('filter--folding')}>
      <Heading id={headingId} className="filter__title">
        <button type="button" className="filter__toggle" aria-expanded={open} aria-controls={panelId} onClick={() => setOpen((o) => !o)}>
          {title}
        </button>
      </Heading>
      <div id={panelId} hidden={!open}>
        {children}
      </div>
    </div>
  );
}
