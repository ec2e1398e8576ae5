import { useEffect, useRef, type ReactNode } from 'react';

/**
 * The page's h1 for a view that replaces another on the same address (a confirmation after a
 * form): it takes focus when it appears, so screen reader users hear the new state.
 */
export function FocusHeading({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <h1 ref={ref} tabIndex={-1}>
      {children}
    </h1>
  );
}
