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

/**
 * A list's search and filters. On a wide screen they are shown under their heading. On a phone
 * the heading is a button (`aria-expanded`) and the filters stay folded behind it, so the results
 * come first, unless a filter is in use (`active`): then they are open, showing what is applied.
 * The form inside names itself by `headingId` (`aria-labelledby`).
 */
export function FilterDisclosure({ headingId, title, active, children }: { headingId: string; title: string; active: boolean; children: ReactNode }) {
  const wide = useWide();
  const panelId = useId();
  const [open, setOpen] = useState(active);
  if (wide) {
    return (
      <div className="filter">
        <h2 id={headingId} className="filter__title">
          {title}
        </h2>
        {children}
      </div>
    );
  }
  return (
    <div className={open ? 'filter filter--folding filter--open' : 'filter filter--folding'}>
      <h2 id={headingId} className="filter__title">
        <button type="button" className="filter__toggle" aria-expanded={open} aria-controls={panelId} onClick={() => setOpen((o) => !o)}>
          {title}
        </button>
      </h2>
      <div id={panelId} hidden={!open}>
        {children}
      </div>
    </div>
  );
}
