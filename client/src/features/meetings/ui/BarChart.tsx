import { useId } from 'react';
import { useTranslation } from '../../../i18n/react';
import { formatNumber } from '../../../lib/format';

export interface Bar {
  key: string;
  label: string;
  lang?: string;
  registered: number;
  attended: number;
}

/**
 * Horizontal bars drawn with CSS: the attended part dark over the registered part light. Every
 * bar's numbers are written beside it, so the chart reads the same without the picture; the
 * tables below it have the full figures.
 */
export function BarChart({ title, bars }: { title: string; bars: Bar[] }) {
  const { t, i18n } = useTranslation('meetings');
  const id = useId();
  const max = Math.max(1, ...bars.map((b) => Math.max(b.registered, b.attended)));
  const n = (value: number) => formatNumber(value, i18n.language);
  if (bars.length === 0) return null;
  return (
    <figure className="bar-chart" aria-labelledby={id}>
      <figcaption id={id} className="bar-chart__title">
        {title}
      </figcaption>
      <ul className="bar-chart__list">
        {bars.map((b) => (
          <li key={b.key} className="bar-chart__row">
            <span className="bar-chart__label" lang={b.lang}>
              {b.label}
            </span>
            <span className="bar-chart__track" aria-hidden="true">
              <span className="bar-chart__registered" style={{ width: `${(100 * b.registered) / max}%` }} />
              <span className="bar-chart__attended" style={{ width: `${(100 * b.attended) / max}%` }} />
            </span>
            <span className="bar-chart__value">{t('report.barValue', { attended: n(b.attended), registered: n(b.registered) })}</span>
          </li>
        ))}
      </ul>
      <p className="bar-chart__legend" aria-hidden="true">
        <span className="bar-chart__key bar-chart__key--attended" /> {t('report.attended')} <span className="bar-chart__key bar-chart__key--registered" /> {t('report.registered')}
      </p>
    </figure>
  );
}
