import { Link, useParams, useSearchParams } from 'react-router';
import { useTranslation } from '../../i18n/react';
import { isApiError } from '../../api/errors';
import { useMeeting, useMinutes } from '../../api/meetings';
import { useMunicipality } from '../../api/municipalities';
import { Breadcrumbs } from '../../components/Breadcrumbs';
import { NotFound } from '../../components/Pages';
import { LoadError, Loading, Notice } from '../../components/Status';
import { usePageTitle } from '../../components/usePageTitle';
import { formatDate } from '../../lib/format';
import { MinutesView } from './ui/MinutesView';
import { useLocalize } from '../../lib/useLocalize';
import { useWhen } from './ui/when';

/** `/meetings/:id/minutes?version=` — the published minutes, every version kept. */
export function MinutesPage() {
  const { t, i18n } = useTranslation(['meetings', 'common']);
  const { id = '' } = useParams();
  const [params] = useSearchParams();
  const version = Number(params.get('version')) || undefined;
  const meeting = useMeeting(id);
  const minutes = useMinutes(id, version);
  const municipality = useMunicipality(meeting.data?.municipalitySlug ?? '').data;
  const localize = useLocalize();
  const when = useWhen();
  const fallback = municipality?.defaultLocale ?? 'bg';
  const title = meeting.data ? localize(meeting.data.title, fallback) : undefined;
  const missing = [meeting.error, minutes.error].some((e) => isApiError(e) && (e.status === 404 || e.status === 400));
  usePageTitle(missing ? t('common:notFound.title') : title ? `${t('minutes.title')}: ${title.text}` : t('minutes.title'));
  if (missing) return <NotFound />;

  const published = minutes.data?.published;
  return (
    <>
      <Breadcrumbs items={[{ to: '/meetings', label: t('list.title') }, ...(title ? [{ to: `/meetings/${id}`, label: title.text }] : [])]} />
      {title && (
        <p className="caption" lang={title.lang}>
          {title.text}
        </p>
      )}
      <h1>{published ? t('minutes.titleVersion', { version: published.version }) : t('minutes.title')}</h1>
      {meeting.data && <p className="muted">{when(meeting.data, municipality?.timeZone)}</p>}
      {(meeting.isPending || minutes.isPending) && <Loading />}
      {minutes.isError && <LoadError error={minutes.error} onRetry={() => void minutes.refetch()} />}
      {minutes.data && !published && (
        <Notice tone="info" title={t('minutes.notYetTitle')}>
          <p>{t('minutes.notYetBody')}</p>
        </Notice>
      )}
      {published && (
        <>
          <p>
            {t('minutes.publishedOn', { date: formatDate(published.publishedAt, i18n.language) })}
            {published.note && <span className="period__moved">{t('minutes.correction', { note: published.note })}</span>}
          </p>
          <MinutesView text={published.text} decisions={published.decisions} attendeesCount={published.attendeesCount} fallback={fallback} />
          <p className="section">
            <Link to={`/meetings/${id}/participation`}>{t('meeting.reportLink')}</Link>
          </p>
        </>
      )}
      {minutes.data && minutes.data.versions.length > 1 && (
        <section aria-labelledby="versions-title" className="section">
          <h2 id="versions-title">{t('minutes.versions')}</h2>
          <ul>
            {[...minutes.data.versions].reverse().map((v) => (
              <li key={v.version}>
                {v.version === published?.version ? (
                  <strong aria-current="page">{t('minutes.versionLine', { version: v.version, date: formatDate(v.publishedAt, i18n.language) })}</strong>
                ) : (
                  <Link to={`/meetings/${id}/minutes?version=${v.version}`}>{t('minutes.versionLine', { version: v.version, date: formatDate(v.publishedAt, i18n.language) })}</Link>
                )}
                {v.note && <span className="muted"> — {v.note}</span>}
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
