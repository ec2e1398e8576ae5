import { useParams } from 'react-router';
import { useTranslation } from '../../i18n/react';
import { isApiError } from '../../api/errors';
import { meetingFiles, useDownloadMeetingFile, useMeeting, useParticipation, type Participation } from '../../api/meetings';
import { useMunicipality } from '../../api/municipalities';
import { Breadcrumbs } from '../../components/Breadcrumbs';
import { Button } from '../../components/Button';
import { NotFound } from '../../components/Pages';
import { ErrorNotice, LoadError, Loading, Notice } from '../../components/Status';
import { TableRegion } from '../../components/TableRegion';
import { usePageTitle } from '../../components/usePageTitle';
import { downloadBlob } from '../../lib/download';
import { formatDay, formatNumber } from '../../lib/format';
import { countryName } from '../../lib/country-name';
import { BarChart } from './ui/BarChart';
import { useLocalize } from '../../lib/useLocalize';
import { useWhen } from './ui/when';
import './ui/meetings.css';

/**
 * `/meetings/:id/participation` — who came and from where: totals, the funder's summary
 * sentence, a chart by country and by place, and the tables; CSV and PDF.
 */
export function ParticipationPage() {
  const { t } = useTranslation(['meetings', 'common']);
  const { id = '' } = useParams();
  const meeting = useMeeting(id);
  const report = useParticipation(id);
  const host = useMunicipality(meeting.data?.municipalitySlug ?? '');
  const municipality = host.data;
  // places abroad are named with their country: wait for the host's country (or do without it)
  const hostKnown = Boolean(municipality) || host.isError;
  const localize = useLocalize();
  const when = useWhen();
  const title = meeting.data ? localize(meeting.data.title, municipality?.defaultLocale) : undefined;
  const missing = [meeting.error, report.error].some((e) => isApiError(e) && (e.status === 404 || e.status === 400));
  usePageTitle(missing ? t('common:notFound.title') : title ? `${t('report.title')}: ${title.text}` : t('report.title'));
  if (missing) return <NotFound />;

  return (
    <>
      <Breadcrumbs items={[{ to: '/meetings', label: t('list.title') }, ...(title ? [{ to: `/meetings/${id}`, label: title.text }] : [])]} />
      {title && (
        <p className="caption" lang={title.lang}>
          {title.text}
        </p>
      )}
      <h1>{t('report.title')}</h1>
      {meeting.data && <p className="muted">{when(meeting.data, municipality?.timeZone)}</p>}
      {(report.isPending || meeting.isPending || (report.data && !hostKnown)) && <Loading />}
      {isApiError(report.error, 'minutes_not_published') ? (
        <Notice tone="info" title={t('report.notPublicTitle')}>
          <p>{t('report.notPublicBody')}</p>
        </Notice>
      ) : (
        report.isError && <LoadError error={report.error} onRetry={() => void report.refetch()} />
      )}
      {report.data && hostKnown && <Report report={report.data} hostCountry={municipality?.country ?? ''} meetingId={id} />}
    </>
  );
}

function Report({ report: r, hostCountry, meetingId }: { report: Participation; hostCountry: string; meetingId: string }) {
  const { t, i18n } = useTranslation('meetings');
  const n = (value: number) => formatNumber(value, i18n.language);
  const download = useDownloadMeetingFile();
  const place = (p: Participation['byPlace'][number]) => (hostCountry && p.country !== hostCountry ? `${p.settlement} (${countryName(p.country, i18n.language)})` : p.settlement);

  async function save(file: 'participation.csv' | 'participation.pdf') {
    const blob = await download.mutateAsync({ meetingId, file }).catch(() => undefined);
    if (blob) downloadBlob(blob, `participation-${meetingId}.${file.endsWith('csv') ? 'csv' : 'pdf'}`);
  }

  return (
    <>
      {!r.public && (
        <Notice tone="warning" title={t('report.previewTitle')}>
          <p>{t('report.previewBody')}</p>
        </Notice>
      )}
      <div className="inset report-summary">
        <h2 className="inset__title">{t('report.summaryTitle')}</h2>
        <p className="report-summary__text">{r.summary}</p>
      </div>
      <dl className="totals">
        <div className="totals__item">
          <dt>{t('report.registered')}</dt>
          <dd>{n(r.registered)}</dd>
        </div>
        <div className="totals__item">
          <dt>{t('report.attended')}</dt>
          <dd>{n(r.attended)}</dd>
        </div>
      </dl>
      <ul className="inline-actions report-files">
        {r.public ? (
          <>
            <li>
              <a href={meetingFiles.participationPdf(meetingId)} download>
                {t('report.pdf')}
              </a>
            </li>
            <li>
              <a href={meetingFiles.participationCsv(meetingId)} download>
                {t('report.csv')}
              </a>
            </li>
          </>
        ) : (
          <>
            <li>
              <Button variant="secondary" busy={download.isPending} onClick={() => void save('participation.pdf')}>
                {t('report.pdf')}
              </Button>
            </li>
            <li>
              <Button variant="secondary" busy={download.isPending} onClick={() => void save('participation.csv')}>
                {t('report.csv')}
              </Button>
            </li>
          </>
        )}
      </ul>
      <ErrorNotice error={download.error} />

      <section aria-labelledby="chart-title" className="section">
        <h2 id="chart-title">{t('report.chartTitle')}</h2>
        <div className="report-charts">
          <BarChart title={t('report.byCountry')} bars={r.byCountry.map((c) => ({ key: c.country, label: c.name, registered: c.registered, attended: c.attended }))} />
          <BarChart title={t('report.byPlace')} bars={r.byPlace.map((p) => ({ key: `${p.country}-${p.settlement}`, label: place(p), registered: p.registered, attended: p.attended }))} />
        </div>
      </section>

      <section aria-labelledby="tables-title" className="section report-tables">
        <h2 id="tables-title">{t('report.tablesTitle')}</h2>
        <FiguresTable caption={t('report.byCountry')} head={t('report.country')} rows={r.byCountry.map((c) => ({ key: c.country, label: c.name, registered: c.registered, attended: c.attended }))} total={r} />
        <FiguresTable caption={t('report.byPlace')} head={t('report.place')} rows={r.byPlace.map((p) => ({ key: `${p.country}-${p.settlement}`, label: place(p), registered: p.registered, attended: p.attended }))} total={r} />
        <FiguresTable caption={t('report.byCategory')} head={t('report.category')} rows={r.byCategory.map((c) => ({ key: c.category, label: c.label, registered: c.registered, attended: c.attended }))} total={r} />
        {r.byDay && r.byDay.length > 0 && (
          <TableRegion caption={t('report.byDay')}>
            <thead>
              <tr>
                <th scope="col">{t('report.day')}</th>
                <th scope="col" className="table__number">
                  {t('report.attended')}
                </th>
              </tr>
            </thead>
            <tbody>
              {r.byDay.map((d) => (
                <tr key={d.day}>
                  <th scope="row">{formatDay(d.day, i18n.language, { weekday: true })}</th>
                  <td className="table__number">{n(d.attended)}</td>
                </tr>
              ))}
            </tbody>
          </TableRegion>
        )}
      </section>
    </>
  );
}

interface Row {
  key: string;
  label: string;
  registered: number;
  attended: number;
}

function FiguresTable({ caption, head, rows, total }: { caption: string; head: string; rows: Row[]; total: { registered: number; attended: number } }) {
  const { t, i18n } = useTranslation('meetings');
  const n = (value: number) => formatNumber(value, i18n.language);
  if (rows.length === 0) return null;
  return (
    <TableRegion caption={caption}>
      <thead>
        <tr>
          <th scope="col">{head}</th>
          <th scope="col" className="table__number">
            {t('report.registered')}
          </th>
          <th scope="col" className="table__number">
            {t('report.attended')}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key}>
            <th scope="row">{row.label}</th>
            <td className="table__number">{n(row.registered)}</td>
            <td className="table__number">{n(row.attended)}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">{t('report.total')}</th>
          <td className="table__number">{n(total.registered)}</td>
          <td className="table__number">{n(total.attended)}</td>
        </tr>
      </tfoot>
    </TableRegion>
  );
}
