import { Link, useParams } from 'react-router';
import { useTranslation } from '../../i18n/react';
import { useConsultation } from '../../api/consultations';
import { isApiError } from '../../api/errors';
import { reportFiles, useReport } from '../../api/reports';
import { Breadcrumbs } from '../../components/Breadcrumbs';
import { NotFound } from '../../components/Pages';
import { LoadError, Loading, Notice } from '../../components/Status';
import { usePageTitle } from '../../components/usePageTitle';
import { formatDate } from '../../lib/format';
import { ReportView } from './ui/ReportView';
import { useLocalize } from '../../lib/useLocalize';

/** `/consultations/:id/report` — the справка: every proposal with the municipality's decision and reasons. */
export function ReportPage() {
  const { t, i18n } = useTranslation(['consultations', 'common']);
  const { id = '' } = useParams();
  const consultation = useConsultation(id);
  const report = useReport(id);
  const localize = useLocalize();
  const missing = isApiError(consultation.error) && (consultation.error.status === 404 || consultation.error.status === 400);
  usePageTitle(missing ? t('common:notFound.title') : t('report.title'));

  if (missing) return <NotFound />;
  const title = consultation.data ? localize(consultation.data.title) : undefined;
  const notPublished = isApiError(report.error, 'report_not_published') || (report.data && !report.data.published);
  return (
    <>
      <Breadcrumbs
        items={[
          { to: '/consultations', label: t('list.title') },
          ...(title ? [{ to: `/consultations/${id}`, label: title.text }] : []),
        ]}
      />
      <h1>{t('report.title')}</h1>
      {title && (
        <p className="lead" lang={title.lang}>
          {title.text}
        </p>
      )}
      {report.isPending && <Loading />}
      {notPublished ? (
        <Notice tone="info" title={t('report.notYetTitle')}>
          <p>{t('report.notYetBody')}</p>
          <p>
            <Link to={`/consultations/${id}`}>{t('report.back')}</Link>
          </p>
        </Notice>
      ) : (
        report.isError && <LoadError error={report.error} onRetry={() => void report.refetch()} />
      )}
      {report.data?.published && (
        <>
          <p className="muted">
            {report.data.publishedAt && t('report.publishedOn', { date: formatDate(report.data.publishedAt, i18n.language) })}
            {report.data.version > 1 && <> · {t('report.version', { version: report.data.version })}</>}
          </p>
          <ul className="inline-actions">
            <li>
              <a href={reportFiles.pdf(id)} download>
                {t('detail.reportPdf')}
              </a>
            </li>
            <li>
              <a href={reportFiles.csv(id)} download>
                {t('detail.reportCsv')}
              </a>
            </li>
            <li>
              <a href={reportFiles.contributionsCsv(id)} download>
                {t('contributions.csv')}
              </a>
            </li>
          </ul>
          <ReportView report={report.data} />
        </>
      )}
    </>
  );
}
