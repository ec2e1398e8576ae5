import { Locale, localize } from '../common/locale';
import { addDays } from '../legal-time/zoned-time';
import type { Municipality } from '../municipalities/municipality.entity';
import { MEETING_KIND_LABELS, formatWhere, programmeText } from './format';
import type { CalendarEvent } from './icalendar';
import { meetingDays } from './meeting-days';
import type { Meeting } from './meeting.entity';

/** The zone of a calendar that names no municipality and holds no meeting. */
export const DEFAULT_TIME_ZONE = 'Europe/Sofia';
const HOUR = 3600_000;

const DAY_OF: Record<Locale, (n: number, of: number) => string> = {
  bg: (n, of) => `ден ${n} от ${of}`,
  en: (n, of) => `day ${n} of ${of}`,
  mk: (n, of) => `ден ${n} од ${of}`,
};

/**
 * A meeting as calendar events. A meeting of one day is one event from its start to its end. A
 * meeting of several days is one event a day — the 2019 twinning meeting is four days of
 * programme, not one 79-hour event: each day runs from its first programme item (or the
 * meeting's start, on the first day) to the end of its last (an item with no end lasts an hour;
 * the meeting's end, on the last day); a day with no times is a whole-day event. UIDs come from the meeting's id only, so they survive a
 * change of the installation's address; SEQUENCE is the meeting's revision. Pure.
 */
export function meetingEvents(meeting: Meeting, m: Municipality, locale: Locale, publicUrl: string): CalendarEvent[] {
  const L = m.defaultLocale;
  const link = `${publicUrl}/meetings/${meeting.id}`;
  const title = localize(meeting.title, locale, L);
  const common = {
    stamp: meeting.updatedAt,
    created: meeting.createdAt,
    sequence: meeting.revision ?? 0,
    location: formatWhere(meeting.location, meeting.onlineUrl, locale, L) || undefined,
    url: link,
    status: meeting.status === 'cancelled' ? ('CANCELLED' as const) : ('CONFIRMED' as const),
    categories: [MEETING_KIND_LABELS[meeting.kind][locale]],
  };
  const about = localize(meeting.description, locale, L);
  const days = meetingDays(meeting.startsAt, meeting.endsAt, m.timeZone);
  if (days.length <= 1) {
    const description = [about, programmeText(meeting.programme, m.timeZone, locale, L), link].filter(Boolean).join('\n\n');
    return [{ ...common, uid: `meeting-${meeting.id}@sabor`, start: meeting.startsAt, end: meeting.endsAt, summary: title, description }];
  }
  return days.map((day, i) => {
    const items = meeting.programme.filter((p) => p.day === day);
    const starts = items.flatMap((p) => (p.startsAt ? [new Date(p.startsAt).getTime()] : []));
    // an item with a start and no end is taken to last an hour
    const ends = items.flatMap((p) => (p.endsAt ? [new Date(p.endsAt).getTime()] : p.startsAt ? [new Date(p.startsAt).getTime() + HOUR] : []));
    if (i === 0) starts.push(meeting.startsAt.getTime());
    if (i === days.length - 1) ends.push(meeting.endsAt.getTime());
    const start = starts.length ? Math.min(...starts) : null;
    const end = ends.length ? Math.max(...ends) : null;
    const timed = start !== null && end !== null && end > start;
    const description = [about, programmeText(items, m.timeZone, locale, L), link].filter(Boolean).join('\n\n');
    const event: CalendarEvent = { ...common, uid: `meeting-${meeting.id}-day-${i + 1}@sabor`, summary: `${title} (${DAY_OF[locale](i + 1, days.length)})`, description };
    if (timed) return { ...event, start: new Date(start), end: new Date(end) };
    return { ...event, startDate: day, endDate: addDays(day, 1) };
  });
}
