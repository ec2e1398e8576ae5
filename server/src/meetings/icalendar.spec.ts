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
    const ics = formatCalendar({ productId: '-//Sabor//Meetings//BG', name: 'Дупница', refreshMinutes: 60, events: [event] });
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const unfolded = ics.replace(/\r\n /g, '').split('\r\n');
    expect(unfolded).toEqual([
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//Sabor//Meetings//BG',
      'CALSCALE:GREGORIAN',
      'X-WR-CALNAME:Дупница',
      'REFRESH-INTERVAL;VALUE=DURATION:PT60M',
      'X-PUBLISHED-TTL:PT60M',
      'BEGIN:VEVENT',
      'UID:meeting-1d2c@sabor.example',
      'DTSTAMP:20261101T093000Z',
      'CREATED:20261030T080000Z',
      'LAST-MODIFIED:20261101T093000Z',
      'DTSTART:20190218T080000Z',
      'DTEND:20190221T150000Z',
      'SUMMARY:Споделени ценности – споделена Европа',
      'DESCRIPTION:Ден 1: среща\\, дискусия\\; ден 2',
      'LOCATION:Дупница\\, читалище „Зора“',
      'URL:https://sabor.example/meetings/1d2c',
      'STATUS:CONFIRMED',
      'END:VEVENT',
      'END:VCALENDAR',
      '',
    ]);
  });

  it('folds every long line', () => {
    const ics = formatCalendar({ productId: '-//Sabor//Meetings//BG', events: [{ ...event, description: 'Програма: '.repeat(40) }] });
    for (const line of ics.split('\r\n')) expect(octets(line)).toBeLessThanOrEqual(75);
  });

  it('gives the same bytes for the same meeting (stable UIDs and stamps)', () => {
    const a = formatCalendar({ productId: 'p', events: [event] });
    expect(formatCalendar({ productId: 'p', events: [{ ...event }] })).toBe(a);
  });

  it('marks a cancelled meeting and lists categories', () => {
    const ics = formatCalendar({ productId: 'p', events: [{ ...event, status: 'CANCELLED', categories: ['публичен форум', 'a,b'] }] });
    expect(ics).toContain('STATUS:CANCELLED\r\n');
    expect(ics).toContain('CATEGORIES:публичен форум,a\\,b\r\n');
  });

  it('writes an empty calendar', () => {
    expect(formatCalendar({ productId: 'p', events: [] })).toBe('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:p\r\nCALSCALE:GREGORIAN\r\nEND:VCALENDAR\r\n');
  });

  it('keeps a URL on its line', () => {
    const ics = formatCalendar({ productId: 'p', events: [{ ...event, url: 'https://x.example/a b\r\nEVIL:1' }] });
    expect(ics).not.toContain('\r\nEVIL');
  });
});
