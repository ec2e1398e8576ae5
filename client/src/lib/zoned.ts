/**
 * Wall-clock times in a municipality's time zone: what an officer types into a date and time
 * field ("2026-12-08", "10:00" in Europe/Sofia) and the UTC moment the API stores, both ways.
 * Meetings are held in their municipality's zone whatever the zone of the browser.
 */
import { formatDay } from './format';

interface WallClock {
  /** YYYY-MM-DD */
  date: string;
  /** HH:mm, 24-hour */
  time: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

function partsIn(moment: Date, timeZone: string | undefined): { year: number; month: number; day: number; hour: number; minute: number; second: number } {
  const values = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', { timeZone, year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric', hourCycle: 'h23' })
      .formatToParts(moment)
      .filter((p) => p.type !== 'literal')
      .map((p) => [p.type, Number(p.value)]),
  );
  return { year: values.year, month: values.month, day: values.day, hour: values.hour, minute: values.minute, second: values.second };
}

/** The date and the time of day of a moment in a time zone (the browser's own when none is given). */
export function wallClock(iso: string, timeZone?: string): WallClock {
  const p = partsIn(new Date(iso), timeZone);
  return { date: `${p.year}-${pad(p.month)}-${pad(p.day)}`, time: `${pad(p.hour)}:${pad(p.minute)}` };
}

/** How far the zone is ahead of UTC at a moment, in milliseconds. */
function offsetAt(moment: number, timeZone: string): number {
  const p = partsIn(new Date(moment), timeZone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return asUtc - Math.floor(moment / 1000) * 1000;
}

/**
 * The UTC moment (ISO 8601) of a wall-clock date and time in a time zone. A time skipped by the
 * switch to summer time comes out an hour later, as clocks read it; null for malformed input.
 */
export function zonedToIso(date: string, time: string, timeZone: string): string | null {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const t = /^(\d{2}):(\d{2})$/.exec(time);
  if (!d || !t) return null;
  const guess = Date.UTC(Number(d[1]), Number(d[2]) - 1, Number(d[3]), Number(t[1]), Number(t[2]));
  if (Number.isNaN(guess)) return null;
  let moment = guess - offsetAt(guess, timeZone);
  moment = guess - offsetAt(moment, timeZone);
  return new Date(moment).toISOString();
}

/** The calendar days from one date to another, both included (YYYY-MM-DD). */
export function daysBetween(first: string, last: string, max = 31): string[] {
  const days: string[] = [];
  const start = Date.parse(`${first}T00:00:00Z`);
  const end = Date.parse(`${last}T00:00:00Z`);
  if (Number.isNaN(start) || Number.isNaN(end)) return days;
  for (let t = start; t <= end && days.length < max; t += 86_400_000) days.push(new Date(t).toISOString().slice(0, 10));
  return days;
}

/**
 * When a meeting is, in its own time zone: "вторник, 8 декември 2026 г., 10:00–13:00" for one
 * day, "18 февруари 2019 г., 10:00 – 21 февруари 2019 г., 14:00" for several.
 */
export function formatWhen(startsAt: string, endsAt: string, language: string, timeZone?: string): string {
  const start = wallClock(startsAt, timeZone);
  const end = wallClock(endsAt, timeZone);
  if (start.date === end.date) return `${formatDay(start.date, language, { weekday: true })}, ${start.time}–${end.time}`;
  return `${formatDay(start.date, language)}, ${start.time} – ${formatDay(end.date, language)}, ${end.time}`;
}

/** "10:00–10:30" (or one of them) of a programme item, in the meeting's time zone. */
export function formatTimes(startsAt: string | null, endsAt: string | null, timeZone?: string): string {
  const from = startsAt ? wallClock(startsAt, timeZone).time : '';
  const to = endsAt ? wallClock(endsAt, timeZone).time : '';
  return from && to ? `${from}–${to}` : from || to;
}
