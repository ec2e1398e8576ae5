import { Locale, LocalizedText, localize } from '../common/locale';

const LOCAL_TIME: Record<Locale, string> = { bg: 'местно време', en: 'local time', mk: 'локално време' };
const ONLINE: Record<Locale, string> = { bg: 'онлайн', en: 'online', mk: 'онлајн' };

/** "18 February 2019, 10:00 – 21 February 2019, 17:00 (local time)", in the meeting's time zone. Pure. */
export function formatWhen(startsAt: Date, endsAt: Date, timeZone: string, locale: Locale): string {
  const f = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short', timeZone });
  return `${f.formatRange(startsAt, endsAt)} (${LOCAL_TIME[locale]})`;
}

/** The place, and the online link when there is one. Pure. */
export function formatWhere(location: LocalizedText, onlineUrl: string | null, locale: Locale, fallback: Locale): string {
  const place = localize(location, locale, fallback);
  const online = onlineUrl ? `${ONLINE[locale]}: ${onlineUrl}` : '';
  return [place, online].filter(Boolean).join('; ');
}

export const MEETING_KIND_LABELS: Record<string, Record<Locale, string>> = {
  body_meeting: { bg: 'заседание', en: 'meeting of a body', mk: 'седница' },
  public_forum: { bg: 'публичен форум', en: 'public forum', mk: 'јавен форум' },
  hearing: { bg: 'публично обсъждане', en: 'public hearing', mk: 'јавна расправа' },
  partnership_event: { bg: 'партньорска среща', en: 'partnership event', mk: 'партнерска средба' },
  workshop: { bg: 'работна среща', en: 'workshop', mk: 'работилница' },
};

const PROGRAMME: Record<Locale, string> = { bg: 'Програма', en: 'Programme', mk: 'Програма' };

/** The programme as plain text, day by day, in the meeting's time zone. Pure. */
export function programmeText(items: ReadonlyArray<{ day: string; startsAt: string | null; endsAt: string | null; title: LocalizedText }>, timeZone: string, locale: Locale, fallback: Locale): string {
  if (!items.length) return '';
  const dayFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeZone: 'UTC' });
  const timeFormat = new Intl.DateTimeFormat(locale, { timeStyle: 'short', timeZone });
  const lines = [`${PROGRAMME[locale]}:`];
  let day = '';
  for (const item of items) {
    if (item.day !== day) {
      day = item.day;
      lines.push('', dayFormat.format(new Date(`${day}T12:00:00Z`)));
    }
    const start = item.startsAt ? timeFormat.format(new Date(item.startsAt)) : '';
    const end = item.endsAt ? timeFormat.format(new Date(item.endsAt)) : '';
    const time = start && end ? `${start}–${end}` : start;
    lines.push(`${time ? `${time} ` : ''}${localize(item.title, locale, fallback)}`);
  }
  return lines.join('\n');
}
