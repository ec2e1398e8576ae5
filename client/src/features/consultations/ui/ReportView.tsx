import { useTranslation } from '../../../i18n/react';
import type { Report } from '../../../api/types';
import { Notice } from '../../../components/Status';
import { TableRegion } from '../../../components/TableRegion';
import { Tag } from '../../../components/Tag';
import { formatNumber } from '../../../lib/format';
import { useDay } from './dates';

const TOTALS = ['accepted', 'partially_accepted', 'not_accepted', 'noted'] as const;

/** The справка: totals per decision and every contribution with its answer. */
export function ReportView({ report }: { report: Report }) {
  const { t, i18n } = useTranslation('consultations');
  const day = useDay();
  const n = (value: number) => formatNumber(value, i18n.language);
  if (report.noProposals) {
    return (
      <Notice tone="info" title={t('report.noProposalsTitle')}>
        <p>{report.notice}</p>
      </Notice>
    );
  }
  const { totals } = report;
  return (
    <>
      <section aria-labelledby="report-totals" className="section">
        <h2 id="report-totals">{t('report.totalsTitle')}</h2>
        <p>{t('report.received', { contributions: n(totals.contributions), proposals: n(totals.proposals), count: totals.contributions })}</p>
        <dl className="totals">
          {TOTALS.map((decision) => (
            <div key={decision} className="totals__item">
              <dt>{t(`decisions.${decision}`)}</dt>
              <dd>{n(totals[decision])}</dd>
            </div>
          ))}
          {totals.unanswered > 0 && (
            <div className="totals__item totals__item--warn">
              <dt>{t('report.unanswered')}</dt>
              <dd>{n(totals.unanswered)}</dd>
            </div>
          )}
        </dl>
      </section>
      <section aria-labelledby="report-items" className="section">
        <h2 id="report-items">{t('report.itemsTitle')}</h2>
        {/* a real table on wide screens; below 40rem each proposal is a card (`.stack-table`) with
            every value under its column's name, the decision and reasons included, nothing sideways */}
        <div className="stack-table stack-table--texts report-table">
          <TableRegion caption={t('report.caption')} captionHidden>
            <thead>
              <tr>
                <th scope="col">{t('report.number')}</th>
                <th scope="col">{t('report.author')}</th>
                <th scope="col">{t('report.receivedCol')}</th>
                <th scope="col">{t('report.section')}</th>
                <th scope="col" className="table__wide">
                  {t('report.text')}
                </th>
                <th scope="col">{t('report.decision')}</th>
                <th scope="col" className="table__wide">
                  {t('report.reasoning')}
                </th>
              </tr>
            </thead>
            <tbody>
              {report.items.map((item) => (
                <tr key={item.contributionId} id={`item-${item.contributionId}`}>
                  <th scope="row" data-label={t('report.number')}>
                    {item.number}
                  </th>
                  <td data-label={t('report.author')}>
                    {item.author}
                    {item.organization && <div className="muted">{item.organization}</div>}
                  </td>
                  <td data-label={t('report.receivedCol')}>
                    {day(item.receivedOn)}
                    <div className="muted">{item.channel}</div>
                  </td>
                  <td data-label={t('report.section')}>{item.section ?? t('report.wholeDraft')}</td>
                  <td data-label={t('report.text')} className="pre-line stack-table__text">
                    <span className="muted">{t(`contributionKinds.${item.kind}`)}: </span>
                    <span lang={item.lang}>{item.text}</span>
                  </td>
                  <td data-label={t('report.decision')}>{item.decisionLabel ?? (item.kind === 'proposal' && <Tag tone="warn">{t('report.noAnswer')}</Tag>)}</td>
                  <td data-label={t('report.reasoning')} className="pre-line stack-table__text" lang={item.reasoning ? (item.reasoningLang ?? undefined) : undefined}>
                    {item.reasoning}
                  </td>
                </tr>
              ))}
            </tbody>
          </TableRegion>
        </div>
      </section>
    </>
  );
}
