import type { ButtonHTMLAttributes, ReactNode } from 'react';
import { cx } from './cx';

interface Props extends Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'className'> {
  variant?: 'primary' | 'secondary' | 'warning';
  /** while an answer is awaited: the button stays focusable but does nothing, and says why */
  busy?: boolean;
  busyLabel?: ReactNode;
}

/** A real <button>; busy buttons use aria-disabled so keyboard focus is not lost. */
export function Button({ variant = 'primary', busy, busyLabel, children, onClick, type = 'button', ...rest }: Props) {
  return (
    <button
      type={type}
      className={cx('button', variant !== 'primary' && `button--${variant}`)}
      aria-disabled={busy || undefined}
      onClick={(event) => {
        if (busy) event.preventDefault();
        else onClick?.(event);
      }}
      {...rest}
    >
      {busy && busyLabel ? busyLabel : children}
    </button>
  );
}
