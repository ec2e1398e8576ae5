import { useId, type ReactNode } from 'react';

/**
 * A table that can scroll sideways on a narrow phone. The scroll area is focusable and named
 * by the caption so keyboard users can scroll it too.
 */
export function TableRegion({ caption, children, captionHidden }: { caption: string; children: ReactNode; captionHidden?: boolean }) {
  const id = useId();
  return (
    <div className="table-region" role="region" aria-labelledby={id} tabIndex={0}>
      <table className="table">
        <caption id={id} className={captionHidden ? 'visually-hidden' : 'table__caption'}>
          {caption}
        </caption>
        {children}
      </table>
    </div>
  );
}
