import { escapeText, foldLine, formatCalendar, formatUtc } from './icalendar';

const octets = (s: string) => Buffer.byteLength(s, 'utf8');

describe('formatUtc', () => {
  it.each([
    ['2019-02-18T08:00:00.000Z', '20190218T080000Z'],
    ['2026-12-31T23:59:59.999Z', '20261231T235959Z'],
    ['2028-02-29T00:00:00.000Z', '20280229T000000Z'],
  ])('%s → %s', (iso, expected) => {
    expect(formatUtc(new Date(iso))).toBe(expected);
  });
});

describe('escapeText', () => {
  it.each([
    ['plain', 'plain'],
    ['a, b; c', 'a\\, b\\; c'],
    ['back\\slash', 'back\\\\slash'],
    ['line one\nline two', 'line one\\nline two'],
    ['windows\r\nline', 'windows\\nline'],
    ['old mac\rline', 'old mac\\nline'],
    ['bell\u0007 and tab\t', 'bell and tab\t'],
    ['„Споделени ценности – споделена Европа“', '„Споделени ценности – споделена Европа“'],
    ['\\n is not a newline', '\\\\n is not a newline'],
  ])('%j → %j', (input, expected) => {
    expect(escapeText(input)).toBe(expected);
  });
});

describe('foldLine', () => {
  it('leaves a line of 75 octets alone', () => {
    const line = 'X'.repeat(75);
    expect(foldLine(line)).toBe(line);
  });

  it('folds at 75 octets, continuation lines starting with a space', () => {
    const folded = foldLine('Y'.repeat(200));
    const lines = folded.split('\r\n');
    expect(lines.map(octets)).toEqual([75, 75, 52]);
    expect(lines.slice(1).every((l) => l.startsWith(' '))).toBe(true);
    expect(lines.map((l, i) => (i ? l.slice(1) : l)).join('')).toBe('Y'.repeat(200));
  });

  it('never splits a Cyrillic letter (two octets) or an emoji (four)', () => {
    for (const text of ['SUMMARY:' + 'Споделени ценности – споделена Европа '.repeat(6), 'DESCRIPTION:' + 'a🎉'.repeat(60), 'X:' + 'ѓ'.repeat(100)]) {
      const lines = foldLine(text).split('\r\n');
      for (const l of lines) {
        expect(octets(l)).toBeLessThanOrEqual(75);
        expect(l).not.toContain('\uFFFD');
      }
      expect(lines.map((l, i) => (i ? l.slice(1) : l)).join('')).toBe(text);
    }
  });

  it('fills a line as far as a character allows', () => {
    // 'SUMMARY:' is 8 octets; 33 Cyrillic letters fill 66 more = 74, the next one would make 76
    const lines = foldLine('SUMMARY:' + 'ж'.repeat(40)).split('\r\n');
    expect(octets(lines[0])).toBe(74);
    expect(lines[1]).toBe(' ' + 'ж'.repeat(7));
  });
});

describe('formatCalendar', () => {
  const event = {
    uid: 'meeting-1d2c@sabor.example',
    stamp: new Date('2026-11-01T09:30:00Z'),
    created: new Date('2026-10-30T08:00:00Z'),
    start: new Date('2019-02-18T08:00:00Z'),
    end: new Date('2019-02-21T15:00:00Z'),
    summary: 'Споделени ценности – споделена Европа',
    description: 'Ден 1: среща, дискусия; ден 2',
    location: 'Дупница, читалище „Зора“',
    url: 'https://sabor.example/meetings/1d2c',
  };

  it('writes a VCALENDAR with one VEVENT, CRLF everywhere, ending in CRLF', () => {
    const ics = formatCalendar({ productId: '-//Sabor//Meetings//BG', name: 'Дупница', refreshMinutes: 60, timeZone: 'Europe/Sofia', events: [{ ...event, sequence: 2 }] });
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const unfolded = ics.replace(/\r\n /g, '').split('\r\n');
    expect(unfolded).toEqual([
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//Sabor//Meetings//BG',
      'CALSCALE:GREGORIAN',
      'METHOD:PUBLISH',
      'X-WR-CALNAME:Дупница',
      'X-WR-TIMEZONE:Europe/Sofia',
      'REFRESH-INTERVAL;VALUE=DURATION:PT60M',
      'X-PUBLISHED-TTL:PT60M',
      'BEGIN:VTIMEZONE',
      'TZID:Europe/Sofia',
      'BEGIN:DAYLIGHT',
      'DTSTART:19700329T030000',
      'TZOFFSETFROM:+0200',
      'TZOFFSETTO:+0300',
      'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
      'END:DAYLIGHT',
      'BEGIN:STANDARD',
      'DTSTART:19701025T040000',
      'TZOFFSETFROM:+0300',
      'TZOFFSETTO:+0200',
      'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
      'END:STANDARD',
      'END:VTIMEZONE',
      'BEGIN:VEVENT',
      'UID:meeting-1d2c@sabor.example',
      'DTSTAMP:20261101T093000Z',
      'CREATED:20261030T080000Z',
      'LAST-MODIFIED:20261101T093000Z',
      'SEQUENCE:2',
      'DTSTART:20190218T080000Z',
      'DTEND:20190221T150000Z',
      'SUMMARY:Споделени ценности – споделена Европа',
      'DESCRIPTION:Ден 1: среща\\, дискусия\\; ден 2',
      'LOCATION:Дупница\\, читалище „Зора“',
      'URL:https://sabor.example/meetings/1d2c',
      'STATUS:CONFIRMED',
      'TRANSP:OPAQUE',
      'END:VEVENT',
      'END:VCALENDAR',
      '',
    ]);
  });

  it('folds every long line', () => {
    const ics = formatCalendar({ productId: '-//Sabor//Meetings//BG', timeZone: 'Europe/Sofia', events: [{ ...event, description: 'Програма: '.repeat(40) }] });
    for (const line of ics.split('\r\n')) expect(octets(line)).toBeLessThanOrEqual(75);
  });

  it('gives the same bytes for the same meeting (stable UIDs and stamps)', () => {
    const a = formatCalendar({ productId: 'p', timeZone: 'Europe/Sofia', events: [event] });
    expect(formatCalendar({ productId: 'p', timeZone: 'Europe/Sofia', events: [{ ...event }] })).toBe(a);
  });

  it('marks a cancelled meeting and lists categories', () => {
    const ics = formatCalendar({ productId: 'p', timeZone: 'Europe/Sofia', events: [{ ...event, status: 'CANCELLED', categories: ['публичен форум', 'a,b'] }] });
    expect(ics).toContain('STATUS:CANCELLED\r\n');
    expect(ics).toContain('CATEGORIES:публичен форум,a\\,b\r\n');
  });

  it('never writes an empty calendar: with no meeting it still holds the time zone (RFC 5545 wants a component)', () => {
    const ics = formatCalendar({ productId: 'p', timeZone: 'Europe/Skopje', events: [] });
    expect(ics).toContain('BEGIN:VTIMEZONE\r\nTZID:Europe/Skopje\r\n');
    expect(ics).toContain('TZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\n');
    expect(ics).not.toContain('BEGIN:VEVENT');
  });

  it('writes a whole-day event with DATE values', () => {
    const { start: _s, end: _e, ...rest } = event;
    const ics = formatCalendar({ productId: 'p', timeZone: 'Europe/Sofia', events: [{ ...rest, startDate: '2019-02-19', endDate: '2019-02-20' }] });
    expect(ics).toContain('DTSTART;VALUE=DATE:20190219\r\nDTEND;VALUE=DATE:20190220\r\n');
  });

  it('keeps a URL on its line', () => {
    const ics = formatCalendar({ productId: 'p', timeZone: 'Europe/Sofia', events: [{ ...event, url: 'https://x.example/a b\r\nEVIL:1' }] });
    expect(ics).not.toContain('\r\nEVIL');
  });
});
