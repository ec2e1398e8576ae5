import { addDays, localDateOf } from '../consultations/zoned-time';

/** The longest meeting: a month of days. */
export const MAX_MEETING_DAYS = 31;

/**
 * The calendar days of a meeting in its municipality's time zone, first to last. A meeting that
 * ends exactly at midnight does not take the next day. Pure.
 */
export function meetingDays(startsAt: Date, endsAt: Date, timeZone: string): string[] {
  const first = localDateOf(startsAt, timeZone);
  const last = localDateOf(new Date(Math.max(startsAt.getTime(), endsAt.getTime() - 1)), timeZone);
  const days: string[] = [];
  for (let d = first; d <= last && days.length <= MAX_MEETING_DAYS; d = addDays(d, 1)) days.push(d);
  return days;
}

/**
 * The day a check-in counts for: the one asked for, or today in the municipality; null when it
 * is not a day of the meeting.
 */
export function checkInDay(days: readonly string[], now: Date, timeZone: string, requested?: string): string | null {
  const day = requested ?? localDateOf(now, timeZone);
  return days.includes(day) ? day : null;
}
