import { lazy, Suspense, useEffect, useRef } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { useTranslation } from '../../i18n/react';
import { useConsultation, useSections } from '../../api/consultations';
import { isApiError } from '../../api/errors';
import { useSession } from '../../api/me';
import { useMunicipality } from '../../api/municipalities';
import { reportFiles } from '../../api/reports';
import { MOTIVE_ITEMS, type Consultation } from '../../api/types';
import { Breadcrumbs } from '../../components/Breadcrumbs';
import { Markdown } from '../../components/Markdown';
import { NotFound } from '../../components/Pages';
import { LoadError, Loading, Notice } from '../../components/Status';
import { usePageTitle } from '../../components/usePageTitle';
import { formatFileSize, formatNumber } from '../../lib/format';
import { DraftText } from './DraftText';
import { useDay } from './ui/dates';
import { Period } from './ui/Period';
import { StatusTag } from './ui/StatusTag';
import { useLocalize } from '../../lib/useLocalize';

// The register of contributions (with its filters, support, flag and moderation) is below the
// draft: it is not part of the page's first load (issue 9, docs/performance.md) and starts loading
// as soon as the page is open, alongside the consultation's data, so it is there when the data is.
const loadContributions = () => import('./Contributions');
const Contributions = lazy(() => loadContributions().then((m) => ({ default: m.Contributions })));

function useLoadWhenIdle(load: () => Promise<unknown>) {
  useEffect(() => {
    const start = () => void load().catch(() => undefined); // a failure shows where the part renders
    if (typeof window.requestIdleCallback === 'function') {
      const handle = window.requestIdleCallback(start, { timeout: 500 });
      return () => window.cancelIdleCallback(handle);
    }
    const handle = window.setTimeout(start, 0);
    return () => window.clearTimeout(handle);
  }, [load]);
}

/**
 * A direct link to a part of the page (`/consultations/:id#section-3`): the browser looked for the
 * part before the consultation's data came, so go there once the page is drawn. A link to a
 * contribution (`#contribution-…`) is the register's to follow.
 */
function useScrollToLinkedPart() {
  const { hash } = useLocation();
  const atOpen = useRef(hash);
  useEffect(() => {
    const id = atOpen.current.length > 1 ? decodeURIComponent(atOpen.current.slice(1)) : '';
    if (!id || id.startsWith('contribution-')) return;
    document.getElementById(id)?.scrollIntoView({ block: 'start' });
  }, []);
}

/** `/consultations/:id` — the draft, its motives and dates, and what people said about it. */
export function ConsultationPage() {
  const { t } = useTranslation(['consultations', 'common']);
  const { id = '' } = useParams();
  const query = useConsultation(id);
  const localize = useLocalize();
  useLoadWhenIdle(loadContributions);
  const missing = isApiError(query.error) && (query.error.status === 404 || query.error.status === 400);
  usePageTitle(missing ? t('common:notFound.title') : query.data ? localize(query.data.title).text : t('detail.fallbackTitle'), query.data && !missing ? localize(query.data.summary).text : undefined);

  if (missing) return <NotFound />;
  return (
    <>
      <Breadcrumbs items={[{ to: '/consultations', label: t('list.title') }]} />
      {query.isPending && (
        <>
          <h1>{t('detail.fallbackTitle')}</h1>
          <Loading />
        </>
      )}
      {query.isError && (
        <>
          <h1>{t('detail.fallbackTitle')}</h1>
          <LoadError error={query.error} onRetry={() => void query.refetch()} />
        </>
      )}
      {query.data && <ConsultationView consultation={query.data} />}
    </>
  );
}

function ConsultationView({ consultation: c }: { consultation: Consultation }) {
  const { t, i18n } = useTranslation('consultations');
  const localize = useLocalize();
  const { status } = useSession();
  const municipality = useMunicipality(c.municipalitySlug).data;
  const sectionsQuery = useSections(c.id);
  const sections = sectionsQuery.data?.items ?? c.sections;
  const fallback = municipality?.defaultLocale ?? 'bg';
  const title = localize(c.title, fallback);
  const summary = localize(c.summary, fallback);
  const municipalityName = municipality ? localize(municipality.name, municipality.defaultLocale) : { text: c.municipalitySlug, lang: undefined };
  const draftLang = fallback === i18n.language ? undefined : fallback;
  const body = localize(c.body, fallback);
  useScrollToLinkedPart();

  return (
    <>
      <p className="caption">
        <span lang={municipalityName.lang}>{municipalityName.text}</span> · {t(`kinds.${c.kind}`)}
      </p>
      <h1 lang={title.lang}>{title.text}</h1>
      <p>
        <StatusTag status={c.status} />
        {c.version > 1 && <span className="muted"> {t('detail.version', { version: c.version })}</span>}
        {(c.version > 1 || c.status === 'reported' || c.status === 'decided') && (
          <>
            {' · '}
            <Link to={`/consultations/${c.id}/versions`}>{t('versions.link')}</Link>
          </>
        )}
      </p>

      <div className="columns">
        <div>
          {summary.text && (
            <p className="lead" lang={summary.lang}>
              {summary.text}
            </p>
          )}
          <NextStep consultation={c} signedIn={status === 'signed-in'} />
          {c.outcome && <OutcomeNotice consultation={c} />}
          {c.can.edit && (
            <p>
              <Link to={`/officer/consultations/${c.id}`}>{t('detail.manage')}</Link>
            </p>
          )}
        </div>
        <aside className="facts" aria-label={t('detail.factsLabel')}>
          <h2 className="facts__title">{t('detail.periodTitle')}</h2>
          <Period consultation={c} timeZone={municipality?.timeZone} />
          <Contact consultation={c} />
          <Documents consultation={c} />
        </aside>
      </div>

      {c.motives && MOTIVE_ITEMS.some((k) => c.motives?.[k]) && (
        <section aria-labelledby="motives-title" className="section">
          <h2 id="motives-title">{t('detail.motivesTitle')}</h2>
          {MOTIVE_ITEMS.map((item) => {
            const text = localize(c.motives?.[item], fallback);
            if (!text.text) return null;
            return (
              <div key={item} className="motive">
                <h3>{t(`motives.${item}`)}</h3>
                <Markdown text={text.text} lang={text.lang} />
              </div>
            );
          })}
        </section>
      )}

      <section aria-labelledby="draft-title" className="section" id="draft">
        <h2 id="draft-title">{t('detail.draftTitle')}</h2>
        {sections.length > 0 ? <DraftText consultation={c} sections={sections} lang={draftLang} /> : <Markdown text={body.text} lang={body.lang} />}
      </section>

      {c.status !== 'draft' && c.status !== 'upcoming' && (
        <section aria-labelledby="contributions-title" className="section" id="contributions">
          <h2 id="contributions-title">
            {t('detail.contributionsTitle')} <span className="muted">({formatNumber(c.counts.contributions, i18n.language)})</span>
          </h2>
          <p className="muted">
            {t('detail.countsLine', { proposals: formatNumber(c.counts.proposals, i18n.language), comments: formatNumber(c.counts.comments, i18n.language) })}
          </p>
          <Suspense fallback={<Loading />}>
            <Contributions consultation={c} sections={sections} signedIn={status === 'signed-in'} moderate={c.can.moderate} />
          </Suspense>
        </section>
      )}
    </>
  );
}

/** What a reader can do now: take part, wait for the opening, or read the report. */
function NextStep({ consultation: c, signedIn }: { consultation: Consultation; signedIn: boolean }) {
  const { t } = useTranslation('consultations');
  const day = useDay();
  switch (c.status) {
    case 'open':
      return (
        <div className="inset">
          <h2 className="inset__title">{t('detail.openTitle')}</h2>
          <p>{t('detail.openBody', { date: day(c.lastDay, { weekday: true }) })}</p>
          <p>
            <Link to={`/consultations/${c.id}/contribute`} className="button">
              {t('detail.contribute')}
            </Link>
          </p>
          {!signedIn && <p className="muted">{t('detail.signInNeeded')}</p>}
        </div>
      );
    case 'upcoming':
      return (
        <Notice tone="info" title={t('detail.upcomingTitle')}>
          <p>{t('detail.upcomingBody')}</p>
        </Notice>
      );
    case 'closed':
      return (
        <Notice tone="info" title={t('detail.closedTitle')}>
          <p>{t('detail.closedBody')}</p>
        </Notice>
      );
    case 'reported':
    case 'decided':
      return (
        <div className="inset">
          <h2 className="inset__title">{t('detail.reportTitle')}</h2>
          <p>{t('detail.reportBody')}</p>
          <ul className="inline-actions">
            <li>
              <Link to={`/consultations/${c.id}/report`}>{t('detail.reportLink')}</Link>
            </li>
            <li>
              <a href={reportFiles.pdf(c.id)} download>
                {t('detail.reportPdf')}
              </a>
            </li>
            <li>
              <a href={reportFiles.csv(c.id)} download>
                {t('detail.reportCsv')}
              </a>
            </li>
          </ul>
        </div>
      );
    default:
      return (
        <Notice tone="warning">
          <p>{t('detail.draftNotice')}</p>
        </Notice>
      );
  }
}

function OutcomeNotice({ consultation: c }: { consultation: Consultation }) {
  const { t } = useTranslation('consultations');
  const day = useDay();
  const outcome = c.outcome!;
  return (
    <Notice tone="success" title={t('detail.outcomeTitle', { result: t(`outcomes.${outcome.result}`) })}>
      <p>
        {outcome.decisionRef}, {day(outcome.decidedOn)}
      </p>
      {outcome.note && <p className="pre-line">{outcome.note}</p>}
    </Notice>
  );
}

function Contact({ consultation: c }: { consultation: Consultation }) {
  const { t } = useTranslation('consultations');
  const { name, email, phone, address } = c.contact;
  if (!name && !email && !phone && !address) return null;
  return (
    <>
      <h2 className="facts__title">{t('detail.contactTitle')}</h2>
      <address className="contact">
        {name && <div>{name}</div>}
        {address && <div>{address}</div>}
        {email && (
          <div>
            <a href={`mailto:${email}`}>{email}</a>
          </div>
        )}
        {phone && (
          <div>
            <a href={`tel:${phone.replace(/[^+\d]/g, '')}`}>{phone}</a>
          </div>
        )}
      </address>
    </>
  );
}

function Documents({ consultation: c }: { consultation: Consultation }) {
  const { t, i18n } = useTranslation('consultations');
  if (c.documents.length === 0) return null;
  return (
    <>
      <h2 className="facts__title">{t('detail.documentsTitle')}</h2>
      <ul className="documents">
        {c.documents.map((d) => (
          <li key={d.id}>
            <a href={d.url} download={d.filename}>
              {d.filename}
            </a>
            <div className="muted">
              {t(`documentKinds.${d.kind}`)} · {formatFileSize(d.size, i18n.language)}
            </div>
          </li>
        ))}
      </ul>
    </>
  );
}

