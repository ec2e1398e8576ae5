import { addDays, localDateOf } from '../legal-time/zoned-time';

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
 * The day a check-in counts for: the day asked for (null when it is not one of the meeting's);
 * without one, today in the municipality when it is a meeting day, else the nearest day of the
 * meeting (the first before it, the last after it: attendance entered before or after the event).
 * `outside` tells the caller that today is not a meeting day.
 */
export function checkInDay(days: readonly string[], now: Date, timeZone: string, requested?: string): { day: string; outside: boolean } | null {
  if (requested !== undefined) return days.includes(requested) ? { day: requested, outside: false } : null;
  const today = localDateOf(now, timeZone);
  if (days.includes(today)) return { day: today, outside: false };
  return { day: today < days[0] ? days[0] : days[days.length - 1], outside: true };
}
