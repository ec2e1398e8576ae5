import type { ReactNode } from 'react';
import { cx } from './cx';

export type TagTone = 'neutral' | 'info' | 'ok' | 'warn' | 'done';

/** A short label of a state ("Open", "Answered"), its colour repeating what the words say. */
export function Tag({ tone = 'neutral', children }: { tone?: TagTone; children: ReactNode }) {
  return <span className={cx('tag', `tag--${tone}`)}>{children}</span>;
}
