import { useEffect, useId, useRef, useState, type ReactNode } from 'react';

/**
 * A table that can scroll sideways on a narrow phone. While it overflows, the scroll area is
 * focusable and named by the caption so keyboard users can scroll it too; when it fits (a wide
 * screen, or a table laid out as cards on a phone) it is no extra stop in the tab order.
 */
export function TableRegion({ caption, children, captionHidden }: { caption: string; children: ReactNode; captionHidden?: boolean }) {
  const id = useId();
  const ref = useRef<HTMLDivElement>(null);
  const [scrolls, setScrolls] = useState(true);
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const measure = () => setScrolls(el.scrollWidth > el.clientWidth + 1);
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    if (el.firstElementChild) observer.observe(el.firstElementChild);
    measure();
    return () => observer.disconnect();
  }, []);
  return (
    <div ref={ref} className="table-region" role="region" aria-labelledby={id} tabIndex={scrolls ? 0 : undefined}>
      <table className="table">
        <caption id={id} className={captionHidden ? 'visually-hidden' : 'table__caption'}>
          {caption}
        </caption>
        {children}
      </table>
    </div>
  );
}
