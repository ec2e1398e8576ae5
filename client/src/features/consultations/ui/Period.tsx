import { useTranslation } from '../../../i18n/react';
import type { Consultation } from '../../../api/types';
import { formatDate, formatDateTime } from '../../../lib/format';
import { useDay, useTimeLeft } from './dates';

/**
 * The legal dates of a published consultation as a summary list: when it was published, from
 * when proposals are taken (from the moment of publication), the last day (and why it moved), what is left, and the period.
 */
export function Period({ consultation: c, timeZone }: { consultation: Consultation; timeZone?: string }) {
  const { t, i18n } = useTranslation('consultations');
  const day = useDay();
  const left = useTimeLeft()(c.status === 'open' ? c.closesAt : null);
  if (!c.publishedAt || !c.opensAt || !c.lastDay) {
    return <p>{t('period.notPublished')}</p>;
  }
  return (
    <dl className="summary-list summary-list--compact">
      <div className="summary-list__row">
        <dt>{t('period.published')}</dt>
        <dd>{formatDate(c.publishedAt, i18n.language)}</dd>
      </div>
      <div className="summary-list__row">
        <dt>{t('period.opens')}</dt>
        {/* the moment of publication (or 00:00 of a scheduled day), in the municipality's time */}
        <dd>{formatDateTime(c.opensAt, i18n.language, timeZone)}</dd>
      </div>
      <div className="summary-list__row">
        <dt>{t('period.lastDay')}</dt>
        <dd>
          <strong>{day(c.lastDay, { weekday: true })}</strong>
          {c.movedFrom && <span className="period__moved">{t('period.movedFrom', { date: day(c.movedFrom) })}</span>}
        </dd>
      </div>
      {left && (
        <div className="summary-list__row">
          <dt>{t('period.left')}</dt>
          <dd>{left}</dd>
        </div>
      )}
      <div className="summary-list__row">
        <dt>{t('period.length')}</dt>
        <dd>
          {t('period.days', { count: c.periodDays })}
          {c.shortenedReason && <span className="period__moved">{t('period.shortened', { reason: c.shortenedReason })}</span>}
        </dd>
      </div>
    </dl>
  );
}
