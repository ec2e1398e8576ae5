import { Link } from 'react-router';
import { useTranslation } from '../../../i18n/react';
import { useConsultation, useConsultations } from '../../../api/consultations';
import { useSession } from '../../../api/me';
import type { ConsultationStatus, ConsultationSummary } from '../../../api/types';
import { LoadError, Loading, LoadMore } from '../../../components/Status';
import { usePageTitle } from '../../../components/usePageTitle';
import { formatNumber } from '../../../lib/format';
import { useDay, useTimeLeft } from '../ui/dates';
import { MunicipalityName } from '../ui/MunicipalityName';
import { StatusTag } from '../ui/StatusTag';
import { useLocalize } from '../../../lib/useLocalize';

type Query = ReturnType<typeof useConsultations>;

/** `/officer` — the consultations of my municipalities, grouped by what they need next. */
export function OfficerHomePage() {
  const { t } = useTranslation('officer');
  usePageTitle(t('home.title'));
  const { me } = useSession();
  const officerOf = me?.staff.filter((s) => s.role === 'officer') ?? [];
  return (
    <>
      <h1>{t('home.title')}</h1>
      <p className="lead">{t('home.lead')}</p>
      {officerOf.length > 0 && (
        <p>
          <Link to="/officer/consultations/new" className="button">
            {t('home.new')}
          </Link>
        </p>
      )}
      {officerOf.map((s) => (
        <section key={s.municipalityId} aria-labelledby={`m-${s.municipalityId}`} className="section">
          <h2 id={`m-${s.municipalityId}`}>
            <MunicipalityName slug={s.municipalitySlug} />
          </h2>
          <Dashboard municipality={s.municipalityId} />
        </section>
      ))}
      {me?.isAdmin && officerOf.length === 0 && (
        <section aria-labelledby="m-all" className="section">
          <h2 id="m-all">{t('home.allMunicipalities')}</h2>
          <Dashboard />
        </section>
      )}
    </>
  );
}

function Dashboard({ municipality }: { municipality?: string }) {
  const { t } = useTranslation('officer');
  const drafts = useConsultations({ municipality, status: 'draft' });
  const upcoming = useConsultations({ municipality, status: 'upcoming' });
  const open = useConsultations({ municipality, status: 'open' });
  const closed = useConsultations({ municipality, status: 'closed' });
  const reported = useConsultations({ municipality, status: 'reported' });
  const decided = useConsultations({ municipality, status: 'decided' });
  const suffix = municipality ?? 'all';
  return (
    <div className="dashboard">
      <Group id={`drafts-${suffix}`} title={t('home.drafts')} empty={t('home.noDrafts')} queries={[drafts]} />
      <Group id={`active-${suffix}`} title={t('home.active')} empty={t('home.noActive')} queries={[open, upcoming]} />
      <Group id={`closed-${suffix}`} title={t('home.closed')} empty={t('home.noClosed')} queries={[closed]} />
      <Group id={`reported-${suffix}`} title={t('home.reported')} empty={t('home.noReported')} queries={[reported, decided]} />
    </div>
  );
}

/** One group of the dashboard: the lists of one or two statuses, one after the other. */
function Group({ id, title, empty, queries }: { id: string; title: string; empty: string; queries: Query[] }) {
  const items = queries.flatMap((q) => q.data?.pages.flatMap((p) => p.items) ?? []);
  const pending = queries.some((q) => q.isPending);
  const failed = queries.find((q) => q.isError);
  const more = queries.find((q) => q.hasNextPage);
  return (
    <section aria-labelledby={id} className="dashboard__group">
      <h3 id={id}>
        {title} {!pending && <span className="muted">({items.length}{more ? '+' : ''})</span>}
      </h3>
      {pending && <Loading />}
      {failed && <LoadError error={failed.error} onRetry={() => void failed.refetch()} />}
      {!pending && !failed && items.length === 0 && <p className="muted">{empty}</p>}
      {items.length > 0 && (
        <ul className="dashboard__list">
          {items.map((c) => (
            <Item key={c.id} consultation={c} />
          ))}
        </ul>
      )}
      {more && <LoadMore hasMore loading={more.isFetchingNextPage} onLoad={() => void more.fetchNextPage()} />}
    </section>
  );
}

function Item({ consultation: c }: { consultation: ConsultationSummary }) {
  const { t } = useTranslation('officer');
  const localize = useLocalize();
  const day = useDay();
  const left = useTimeLeft()(c.status === 'open' ? c.closesAt : null);
  const title = localize(c.title);
  const links: Partial<Record<ConsultationStatus, { to: string; label: string }[]>> = {
    draft: [
      { to: `/officer/consultations/${c.id}/edit`, label: t('home.edit') },
      { to: `/officer/consultations/${c.id}/publish`, label: t('home.publish') },
    ],
    closed: [
      { to: `/officer/consultations/${c.id}/answers`, label: t('home.answer') },
      { to: `/officer/consultations/${c.id}/report`, label: t('home.report') },
    ],
    reported: [{ to: `/officer/consultations/${c.id}/report`, label: t('home.outcome') }],
  };
  return (
    <li className="dashboard__item">
      <p className="dashboard__title" lang={title.lang}>
        <Link to={`/officer/consultations/${c.id}`}>{title.text}</Link>
      </p>
      <p className="muted dashboard__meta">
        <StatusTag status={c.status} /> {left ? `${left} · ` : ''}
        {c.lastDay && t('home.lastDay', { date: day(c.lastDay) })}
      </p>
      {c.status === 'closed' && <AnswerProgress id={c.id} />}
      {links[c.status] && (
        <ul className="inline-actions">
          {links[c.status]!.map((link) => (
            <li key={link.to}>
              <Link to={link.to}>
                {link.label}
                <span className="visually-hidden"> — {title.text}</span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}

/** "Proposals: 7 · answered: 3", from the consultation's counts (the summary in the list has none). */
function AnswerProgress({ id }: { id: string }) {
  const { t, i18n } = useTranslation('officer');
  const { data } = useConsultation(id);
  if (!data) return null;
  const { proposals, answered } = data.counts;
  return <p className="dashboard__progress">{t('home.answered', { answered: formatNumber(answered, i18n.language), proposals: formatNumber(proposals, i18n.language) })}</p>;
}
