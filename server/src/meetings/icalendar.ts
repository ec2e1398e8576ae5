/**
 * iCalendar (RFC 5545) for meetings: CRLF line ends, lines folded at 75 octets without
 * splitting a character, TEXT values escaped, times in UTC. Pure: the same input gives the same
 * bytes, so calendars do not see changes where there are none.
 */
export interface CalendarEvent {
  /** globally unique and stable for the life of the event */
  uid: string;
  /** when the event was last revised (DTSTAMP and LAST-MODIFIED) */
  stamp: Date;
  created?: Date;
  start: Date;
  end: Date;
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
  const lines: string[] = ['BEGIN:VCALENDAR', 'VERSION:2.0', `PRODID:${escapeText(cal.productId)}`, 'CALSCALE:GREGORIAN'];
  if (cal.name) lines.push(`X-WR-CALNAME:${escapeText(cal.name)}`);
  if (cal.refreshMinutes) lines.push(`REFRESH-INTERVAL;VALUE=DURATION:PT${cal.refreshMinutes}M`, `X-PUBLISHED-TTL:PT${cal.refreshMinutes}M`);
  for (const e of cal.events) {
    lines.push('BEGIN:VEVENT', `UID:${escapeText(e.uid)}`, `DTSTAMP:${formatUtc(e.stamp)}`);
    if (e.created) lines.push(`CREATED:${formatUtc(e.created)}`);
    lines.push(`LAST-MODIFIED:${formatUtc(e.stamp)}`, `DTSTART:${formatUtc(e.start)}`, `DTEND:${formatUtc(e.end)}`, `SUMMARY:${escapeText(e.summary)}`);
    if (e.description) lines.push(`DESCRIPTION:${escapeText(e.description)}`);
    if (e.location) lines.push(`LOCATION:${escapeText(e.location)}`);
    if (e.url) lines.push(`URL:${uriValue(e.url)}`);
    if (e.categories?.length) lines.push(`CATEGORIES:${e.categories.map(escapeText).join(',')}`);
    lines.push(`STATUS:${e.status ?? 'CONFIRMED'}`, 'END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
