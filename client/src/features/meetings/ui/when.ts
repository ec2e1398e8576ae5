import { useTranslation } from '../../../i18n/react';
import { formatWhen } from '../../../lib/zoned';

/** "вторник, 8 декември 2026 г., 10:00–13:00" in the meeting's own time zone. */
export function useWhen(): (m: { startsAt: string; endsAt: string }, timeZone: string | undefined) => string {
  const { i18n } = useTranslation();
  return (m, timeZone) => formatWhen(m.startsAt, m.endsAt, i18n.language, timeZone);
}

/** Meeting codes are printed "K7M-4XQ": easier to read out at the door. */
export function formatCode(code: string): string {
  return code.length === 6 ? `${code.slice(0, 3)}-${code.slice(3)}` : code;
}
