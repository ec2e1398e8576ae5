import { formatNumber } from '../../../lib/format';

/** A mean or median with at most `digits` decimals: "3,8", "4". */
export function formatDecimal(value: number, language: string, digits = 1): string {
  const factor = 10 ** digits;
  return formatNumber(Math.round(value * factor) / factor, language);
}

/** An NPS score with its sign: "+23", "−5", "0" (from −100 to +100). */
export function formatNps(value: number, language: string): string {
  const rounded = Math.round(value);
  const text = formatNumber(Math.abs(rounded), language);
  return rounded > 0 ? `+${text}` : rounded < 0 ? `−${text}` : text;
}

/** "2026-03" as "март 2026" / "March 2026". */
export function formatMonth(month: string, language: string): string {
  const match = /^(\d{4})-(\d{2})/.exec(month);
  if (!match) return month;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, 1));
  if (language === 'mk') {
    const names = ['јануари', 'февруари', 'март', 'април', 'мај', 'јуни', 'јули', 'август', 'септември', 'октомври', 'ноември', 'декември'];
    return `${names[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
  }
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : language, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}
