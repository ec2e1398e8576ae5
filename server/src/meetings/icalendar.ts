/**
 * iCalendar (RFC 5545) for meetings: CRLF line ends, lines folded at 75 octets without
 * splitting a character, TEXT values escaped, times in UTC. Pure: the same input gives the same
 * bytes, so calendars do not see changes where there are none.
 *
 * What calendar clients need to keep an imported or subscribed event up to date: `METHOD:PUBLISH`,
 * a UID that never changes (not even with the installation's host name), and a `SEQUENCE` that
 * grows with every change and with the cancellation. A calendar always holds at least one
 * component (RFC 5545 forbids an empty one): the time zone of the municipality.
 */
export interface CalendarEvent {
  /** globally unique and stable for the life of the event */
  uid: string;
  /** when the event was last revised (DTSTAMP and LAST-MODIFIED) */
  stamp: Date;
  created?: Date;
  /** revision number: 0 when made, one more at every change (RFC 5545 §3.8.7.4) */
  sequence?: number;
  /** a timed event, in UTC … */
  start?: Date;
  end?: Date;
  /** … or a whole day (or days), YYYY-MM-DD; `endDate` is the day after the last (exclusive) */
  startDate?: string;
  endDate?: string;
  summary: string;
  description?: string;
  location?: string;
  url?: string;
  status?: 'CONFIRMED' | 'TENTATIVE' | 'CANCELLED';
  categories?: string[];
}

export interface Calendar {
  /** PRODID, e.g. "-//Sabor//Meetings//BG" */
  productId: string;
  /** X-WR-CALNAME, shown by calendar apps for a subscribed feed */
  name?: string;
  /** how often a subscribed feed should be refreshed, in minutes */
  refreshMinutes?: number;
  /** IANA zone written as a VTIMEZONE (and X-WR-TIMEZONE); events stay in UTC */
  timeZone: string;
  events: CalendarEvent[];
}

/** 20190218T080000Z */
export function formatUtc(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z').replace(/[-:]/g, '');
}

/** TEXT value escaping (RFC 5545 §3.3.11): backslash, semicolon, comma, newline; no control characters. */
export function escapeText(value: string): string {
  return value
    .replace(/\r\n?/g, '\n')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000B-\u001F\u007F]/g, '')
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\n/g, '\\n');
}

/** A URI value has no escaping, but must stay on its line. */
function uriValue(value: string): string {
  // eslint-disable-next-line no-control-regex
  return value.replace(/[\u0000-\u001F\u007F\s]/g, (c) => encodeURIComponent(c));
}

/**
 * Folds a content line (RFC 5545 §3.1): no line longer than 75 octets, continuation lines
 * start with a space; a multi-byte UTF-8 character is never split.
 */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = Buffer.byteLength(ch, 'utf8');
    if (octets + size > 75) {
      out.push(current);
      current = ' ';
      octets = 1;
    }
    current += ch;
    octets += size;
  }
  out.push(current);
  return out.join('\r\n');
}

export function formatCalendar(cal: Calendar): string {
  const lines: string[] = ['BEGIN:VCALENDAR', 'VERSION:2.0', `PRODID:${escapeText(cal.productId)}`, 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
  if (cal.name) lines.push(`X-WR-CALNAME:${escapeText(cal.name)}`);
  lines.push(`X-WR-TIMEZONE:${escapeText(cal.timeZone)}`);
  if (cal.refreshMinutes) lines.push(`REFRESH-INTERVAL;VALUE=DURATION:PT${cal.refreshMinutes}M`, `X-PUBLISHED-TTL:PT${cal.refreshMinutes}M`);
  lines.push(...timeZoneLines(cal.timeZone, cal.events));
  for (const e of cal.events) {
    lines.push('BEGIN:VEVENT', `UID:${escapeText(e.uid)}`, `DTSTAMP:${formatUtc(e.stamp)}`);
    if (e.created) lines.push(`CREATED:${formatUtc(e.created)}`);
    lines.push(`LAST-MODIFIED:${formatUtc(e.stamp)}`, `SEQUENCE:${e.sequence ?? 0}`);
    if (e.start && e.end) lines.push(`DTSTART:${formatUtc(e.start)}`, `DTEND:${formatUtc(e.end)}`);
    else if (e.startDate && e.endDate) lines.push(`DTSTART;VALUE=DATE:${e.startDate.replace(/-/g, '')}`, `DTEND;VALUE=DATE:${e.endDate.replace(/-/g, '')}`);
    else throw new Error(`calendar event ${e.uid} has neither times nor days`);
    lines.push(`SUMMARY:${escapeText(e.summary)}`);
    if (e.description) lines.push(`DESCRIPTION:${escapeText(e.description)}`);
    if (e.location) lines.push(`LOCATION:${escapeText(e.location)}`);
    if (e.url) lines.push(`URL:${uriValue(e.url)}`);
    if (e.categories?.length) lines.push(`CATEGORIES:${e.categories.map(escapeText).join(',')}`);
    lines.push(`STATUS:${e.status ?? 'CONFIRMED'}`, 'TRANSP:OPAQUE', 'END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}

/** The zone's offset from UTC at an instant, in minutes (Sofia in July: 180). */
function offsetMinutes(timeZone: string, at: Date): number {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' }).formatToParts(at);
  const get = (type: string) => Number(parts.find((p) => p.type === type)!.value);
  const local = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return Math.round((local - at.getTime()) / 60000);
}

function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}${String(abs % 60).padStart(2, '0')}`;
}

/**
 * A VTIMEZONE for the zone. Bulgaria and North Macedonia (and the rest of the EU) change clocks
 * at 01:00 UTC on the last Sunday of March and of October; a zone without summer time gets a
 * STANDARD part only. The offsets are those of the year of the first event (or this year); the rules
 * start on the last Sundays of March and October 1970, as RRULE and DTSTART must agree.
 */
function timeZoneLines(timeZone: string, events: CalendarEvent[]): string[] {
  const year = Math.min(...events.map((e) => (e.start ? e.start.getUTCFullYear() : Number(e.startDate!.slice(0, 4)))), 9999);
  const anchor = year === 9999 ? new Date().getUTCFullYear() : year;
  const winter = offsetMinutes(timeZone, new Date(Date.UTC(anchor, 0, 15)));
  const summer = offsetMinutes(timeZone, new Date(Date.UTC(anchor, 6, 15)));
  const lines = ['BEGIN:VTIMEZONE', `TZID:${escapeText(timeZone)}`];
  if (winter === summer) {
    lines.push('BEGIN:STANDARD', 'DTSTART:19700101T000000', `TZOFFSETFROM:${formatOffset(winter)}`, `TZOFFSETTO:${formatOffset(winter)}`, 'END:STANDARD');
  } else {
    // local wall time of 01:00 UTC, before the change
    const at = (offset: number) => `T${String(Math.floor((60 + offset) / 60) % 24).padStart(2, '0')}${String((60 + offset) % 60).padStart(2, '0')}00`;
    lines.push(
      'BEGIN:DAYLIGHT', `DTSTART:19700329${at(winter)}`, `TZOFFSETFROM:${formatOffset(winter)}`, `TZOFFSETTO:${formatOffset(summer)}`, 'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU', 'END:DAYLIGHT',
      'BEGIN:STANDARD', `DTSTART:19701025${at(summer)}`, `TZOFFSETFROM:${formatOffset(summer)}`, `TZOFFSETTO:${formatOffset(winter)}`, 'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU', 'END:STANDARD',
    );
  }
  lines.push('END:VTIMEZONE');
  return lines;
}
