import { useTranslation } from '../../../i18n/react';
import { formatDay, timeLeft, todayIn } from '../../../lib/format';

/** The calendar day (`YYYY-MM-DD`) a moment falls on in a time zone. */
export function dayIn(iso: string, timeZone: string | undefined): string {
  return timeZone ? todayIn(timeZone, new Date(iso)) : iso.slice(0, 10);
}

/** "остават 12 дни", "12 days left" — undefined once the moment has passed. */
export function useTimeLeft(): (until: string | null | undefined, now?: Date) => string | undefined {
  const { t, i18n } = useTranslation('consultations');
  return (until, now) => {
    if (!until) return undefined;
    const left = timeLeft(until, i18n.language, now);
    return left ? t('time.left', { count: left.count, duration: left.text }) : undefined;
  };
}

/** Calendar days in words in the page language. */
export function useDay(): (day: string | null | undefined, options?: { weekday?: boolean }) => string {
  const { i18n } = useTranslation();
  return (day, options) => (day ? formatDay(day, i18n.language, options) : '');
}
