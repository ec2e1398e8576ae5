import { deletedParticipantName } from '../contributions/author';
import type { Locale } from '../common/locale';
/**
 * The rules of registering for a meeting: when registration is open, which status a new
 * registration gets, and who moves up from the waiting list. Pure: facts in, decisions out.
 */
export const REGISTRATION_STATUSES = ['registered', 'waitlisted', 'pending', 'rejected', 'cancelled'] as const;
export type RegistrationStatus = (typeof REGISTRATION_STATUSES)[number];

export interface RegistrationWindow {
  /** the meeting is cancelled */
  cancelled: boolean;
  registrationOpen: boolean;
  registrationOpensAt: Date | null;
  registrationClosesAt: Date | null;
  endsAt: Date;
}

export type ClosedReason = 'cancelled' | 'closed' | 'not_yet_open' | 'deadline_passed' | 'meeting_over';

/** Open only when the officer opened it, within its optional dates, and before the meeting ends. */
export function registrationClosedReason(w: RegistrationWindow, now: Date): ClosedReason | null {
  if (w.cancelled) return 'cancelled';
  if (!w.registrationOpen) return 'closed';
  if (w.registrationOpensAt && now < w.registrationOpensAt) return 'not_yet_open';
  if (w.registrationClosesAt && now > w.registrationClosesAt) return 'deadline_passed';
  if (now >= w.endsAt) return 'meeting_over';
  return null;
}

/** Places left, or null with no capacity set. Never negative (an officer may admit more). */
export function seatsLeft(capacity: number | null, registered: number): number | null {
  return capacity === null ? null : Math.max(0, capacity - registered);
}

/** A new registration waits for approval, takes a place, or joins the waiting list when full. */
export function statusOnRegistering(facts: { requireApproval: boolean; capacity: number | null; registered: number }): 'registered' | 'waitlisted' | 'pending' {
  if (facts.requireApproval) return 'pending';
  const left = seatsLeft(facts.capacity, facts.registered);
  return left === null || left > 0 ? 'registered' : 'waitlisted';
}

/**
 * An officer approves: a pending registration takes a place if one is free and joins the
 * waiting list otherwise; approving someone on the waiting list moves them up at once (the
 * officer's decision may exceed the capacity). Null when approval does not apply.
 */
export function statusOnApproval(current: RegistrationStatus, capacity: number | null, registered: number): 'registered' | 'waitlisted' | null {
  if (current === 'pending') {
    const left = seatsLeft(capacity, registered);
    return left === null || left > 0 ? 'registered' : 'waitlisted';
  }
  if (current === 'waitlisted') return 'registered';
  return null;
}

/** Who moves up when places free: the first on the waiting list, in order, as many as fit. */
export function toPromote<T>(capacity: number | null, registered: number, waiting: readonly T[]): T[] {
  const left = seatsLeft(capacity, registered);
  return left === null ? [...waiting] : waiting.slice(0, left);
}

/** A registration can be cancelled while it holds or awaits a place, and before the meeting ends. */
export function canCancel(status: RegistrationStatus, attended: boolean, meetingEndsAt: Date, now: Date): boolean {
  return (status === 'registered' || status === 'waitlisted' || status === 'pending') && !attended && now < meetingEndsAt;
}

/**
 * The name to show for a registration: as given, or "deleted participant" in the reader's language
 * once the person deleted their account (the name is then erased to an empty string).
 */
export function registrantName(name: string, locale: Locale): string {
  return name || deletedParticipantName(locale);
}
