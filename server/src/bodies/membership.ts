/**
 * Terms of membership in a body, in calendar days of the municipality. The member list keeps
 * its history: removing a member ends the term; only a term that never began is deleted. Pure.
 */
export type TermState = 'upcoming' | 'current' | 'past';

export function termState(since: string, until: string | null, today: string): TermState {
  if (since > today) return 'upcoming';
  if (until !== null && until < today) return 'past';
  return 'current';
}

export type Removal = { action: 'end'; until: string } | { action: 'delete' } | { action: 'already_ended' };

/**
 * Removing a member today: a current term ends today (the member served today), a term yet to
 * begin is dropped (the person never served), a term already over cannot be removed again.
 */
export function removal(since: string, until: string | null, today: string): Removal {
  const state = termState(since, until, today);
  if (state === 'upcoming') return { action: 'delete' };
  if (state === 'past') return { action: 'already_ended' };
  return { action: 'end', until: today };
}
