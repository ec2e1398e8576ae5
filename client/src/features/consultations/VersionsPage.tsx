import { Link, useParams } from 'react-router';
import { useTranslation } from '../../i18n/react';
import { useConsultation, useVersions } from '../../api/consultations';
import { isApiError } from '../../api/errors';
import type { components } from '../../api/schema';
import { Breadcrumbs } from '../../components/Breadcrumbs';
import { NotFound } from '../../components/Pages';
import { LoadError, Loading } from '../../components/Status';
import { usePageTitle } from '../../components/usePageTitle';
import { formatDate } from '../../lib/format';
import { useLocalize } from '../../lib/useLocalize';

type Version = components['schemas']['VersionDto'];
interface DiffLine {
  op: '+' | '-' | '=';
  text: string;
}
type Decision = 'accepted' | 'partially_accepted' | 'not_accepted' | 'noted';
interface ResponseChange {
  contributionId?: string;
  before?: { decision: Decision; reasoning: string | null } | null;
  /** `lang`: the reasoning's language (versions recorded since it is kept) */
  after?: { decision: Decision; reasoning: string | null; lang?: string };
}
interface ReportSnapshot {
  totals?: Partial<Record<Decision | 'unanswered', number>>;
}

/** `/consultations/:id/versions` — what changed after publication, and why: the record a court can read. */
export function VersionsPage() {
  const { t } = useTranslation(['consultations', 'common']);
  const { id = '' } = useParams();
  const consultation = useConsultation(id);
  const versions = useVersions(id);
  const localize = useLocalize();
  const missing = [consultation.error, versions.error].some((e) => isApiError(e) && (e.status === 404 || e.status === 400));
  usePageTitle(missing ? t('common:notFound.title') : t('versions.title'));
  if (missing) return <NotFound />;

  const title = consultation.data ? localize(consultation.data.title) : undefined;
  const items = versions.data?.items ?? [];
  const of = (subject: string) => items.filter((v) => v.subject === subject).sort((a, b) => b.version - a.version);
  const drafts = of('draft');
  const reports = of('report');
  const responses = of('response');

  return (
    <>
      <Breadcrumbs
        items={[
          { to: '/consultations', label: t('list.title') },
          ...(title ? [{ to: `/consultations/${id}`, label: title.text }] : []),
        ]}
      />
      <h1>{t('versions.title')}</h1>
      {title && (
        <p className="lead" lang={title.lang}>
          {title.text}
        </p>
      )}
      <p>{t('versions.lead')}</p>
      {versions.isPending && <Loading />}
      {versions.isError && <LoadError error={versions.error} onRetry={() => void versions.refetch()} />}
      {versions.data && (
        <>
          <section aria-labelledby="versions-draft" className="section">
            <h2 id="versions-draft">{t('versions.draftTitle')}</h2>
            {drafts.length <= 1 && <p className="muted">{t('versions.none')}</p>}
            <ol className="versions" reversed>
              {drafts.map((v) => (
                <li key={`draft-${v.version}`} className="versions__item">
                  <VersionHeading version={v} label={t('versions.draftVersion', { version: v.version })} />
                  {v.version === 1 ? <p className="muted">{t('versions.firstPublished')}</p> : <Diff lines={v.diff as DiffLine[]} />}
                </li>
              ))}
            </ol>
          </section>
          {reports.length > 0 && (
            <section aria-labelledby="versions-report" className="section">
              <h2 id="versions-report">{t('versions.reportTitle')}</h2>
              <ol className="versions" reversed>
                {reports.map((v) => {
                  const totals = (v.snapshot as ReportSnapshot).totals ?? {};
                  return (
                    <li key={`report-${v.version}`} className="versions__item">
                      <VersionHeading version={v} label={t('versions.reportVersion', { version: v.version })} />
                      <p>{t('versions.reportTotals', { accepted: totals.accepted ?? 0, partially: totals.partially_accepted ?? 0, notAccepted: totals.not_accepted ?? 0, noted: totals.noted ?? 0 })}</p>
                    </li>
                  );
                })}
              </ol>
              <p>
                <Link to={`/consultations/${id}/report`}>{t('detail.reportLink')}</Link>
              </p>
            </section>
          )}
          {responses.length > 0 && (
            <section aria-labelledby="versions-response" className="section">
              <h2 id="versions-response">{t('versions.responseTitle')}</h2>
              <ol className="versions" reversed>
                {responses.map((v) => {
                  const change = v.snapshot as ResponseChange;
                  return (
                    <li key={`response-${v.version}`} className="versions__item">
                      <VersionHeading version={v} label={t('versions.responseVersion', { version: v.version })} />
                      {change.before && <p>{t('versions.before', { decision: t(`decisions.${change.before.decision}`) })}</p>}
                      {change.after && (
                        <p>
                          <strong>{t('versions.after', { decision: t(`decisions.${change.after.decision}`) })}</strong>
                          {change.after.reasoning && (
                            <>
                              {' '}
                              — {t('report.reasoning')}: <span lang={change.after.lang}>{change.after.reasoning}</span>
                            </>
                          )}
                        </p>
                      )}
                      {change.contributionId && (
                        <p>
                          <Link to={`/consultations/${id}#contribution-${change.contributionId}`}>{t('versions.seeContribution')}</Link>
                        </p>
                      )}
                    </li>
                  );
                })}
              </ol>
            </section>
          )}
        </>
      )}
      <p>
        <Link to={`/consultations/${id}`}>{t('versions.back')}</Link>
      </p>
    </>
  );
}

function VersionHeading({ version, label }: { version: Version; label: string }) {
  const { t, i18n } = useTranslation('consultations');
  return (
    <>
      <h3 className="versions__title">{label}</h3>
      <p className="muted">{t('versions.published', { date: formatDate(version.createdAt, i18n.language) })}</p>
      {version.note && <p>{t('versions.note', { note: version.note })}</p>}
    </>
  );
}

/** Changed lines only, marked in words as well as colour, so a screen reader hears the change. */
function Diff({ lines }: { lines: DiffLine[] }) {
  const { t } = useTranslation('consultations');
  const changed = lines.filter((l) => l.op !== '=');
  if (!changed.length) return <p className="muted">{t('versions.noTextChanges')}</p>;
  return (
    <figure className="diff">
      <figcaption>{t('versions.changes')}</figcaption>
      <div className="diff__lines">
        {changed.map((l, i) =>
          l.op === '+' ? (
            <ins key={i} className="diff__line diff__line--added">
              <span className="diff__mark">{t('versions.added')}</span> {l.text}
            </ins>
          ) : (
            <del key={i} className="diff__line diff__line--removed">
              <span className="diff__mark">{t('versions.removed')}</span> {l.text}
            </del>
          ),
        )}
      </div>
    </figure>
  );
}
