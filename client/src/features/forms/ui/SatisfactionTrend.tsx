import { Link } from 'react-router';
import { useTranslation } from '../../../i18n/react';
import { useSatisfaction, type Activity, type Period, type SatisfactionFigures, type SatisfactionItem } from '../../../api/forms';
import { LoadError, Loading } from '../../../components/Status';
import { formatNumber } from '../../../lib/format';
import { BarTable, type BarRow } from './BarTable';
import { formatDecimal, formatMonth, formatNps } from './numbers';
import { useLocalize } from './useLocalize';

function activityLink(activity: Activity): string | null {
  switch (activity.type) {
    case 'form':
      return `/forms/${activity.id}/report`;
    case 'meeting':
      return `/meetings/${activity.id}`;
    case 'consultation':
      return `/consultations/${activity.id}`;
    case 'body':
      return `/bodies/${activity.id}`;
  }
}

/**
 * Satisfaction over time across a municipality's activities (GET /reports/satisfaction): for
 * each activity, the whole period and then one row a month with responses, mean satisfaction
 * (0–100, drawn as a bar) and NPS. Hidden figures say so.
 */
export function SatisfactionTrend({ municipalityId, period, headingLevel = 3 }: { municipalityId: string; period: Period; headingLevel?: 3 | 4 }) {
  const { t, i18n } = useTranslation('forms');
  const localize = useLocalize();
  const query = useSatisfaction(municipalityId, period);
  const lang = i18n.language;
  if (query.isPending) return <Loading />;
  if (query.isError) return <LoadError error={query.error} onRetry={() => void query.refetch()} />;
  const report = query.data;
  if (report.activities.length === 0) return <p className="muted">{t('trend.empty')}</p>;

  const byActivity = new Map<string, SatisfactionItem[]>();
  for (const item of report.items) byActivity.set(item.activity.id, [...(byActivity.get(item.activity.id) ?? []), item]);
  const Heading = headingLevel === 4 ? 'h4' : 'h3';

  const row = (key: string, label: string, figures: SatisfactionFigures): BarRow => {
    if (figures.suppressed || figures.responses === null) {
      return { key, label, cells: ['', ''], hidden: t('trend.hidden') };
    }
    const mean = figures.meanSatisfaction;
    return {
      key,
      label,
      cells: [formatNumber(figures.responses, lang), figures.nps === null ? '—' : formatNps(figures.nps, lang)],
      share: mean === null ? undefined : mean / 100,
      barText: mean === null ? t('trend.noMean') : formatDecimal(mean, lang),
    };
  };

  return (
    <div className="trend">
      {report.activities.map((total) => {
        const title = localize(total.activity.title);
        const link = activityLink(total.activity);
        const months = [...(byActivity.get(total.activity.id) ?? [])].sort((a, b) => a.month.localeCompare(b.month));
        return (
          <div key={total.activity.id} className="trend__activity">
            <Heading className="trend__title">
              {link ? (
                <Link to={link} lang={title.lang}>
                  {title.text}
                </Link>
              ) : (
                <span lang={title.lang}>{title.text}</span>
              )}
            </Heading>
            <p className="muted">
              {t(`activities.${total.activity.type}`)} · {t('trend.forms', { count: total.forms, number: formatNumber(total.forms, lang) })}
            </p>
            <BarTable
              caption={t('trend.caption', { activity: title.text })}
              headers={[t('trend.month'), t('trend.responses'), t('trend.nps')]}
              barHeader={t('trend.mean')}
              rows={[...months.map((m) => row(m.month, formatMonth(m.month, lang), m)), row('total', t('trend.whole'), total)]}
            />
          </div>
        );
      })}
      <p className="field__hint">{t('trend.explained')}</p>
    </div>
  );
}
