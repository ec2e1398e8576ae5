import { Link, useLocation } from 'react-router';
import { useTranslation } from '../../../i18n/react';
import { useForms } from '../../../api/forms';
import { useSession } from '../../../api/me';
import { Breadcrumbs } from '../../../components/Breadcrumbs';
import { LiveStatus, LoadError, Loading } from '../../../components/Status';
import { usePageTitle } from '../../../components/usePageTitle';
import { FormsList } from '../ui/FormsList';
import { PeriodFilter, usePeriod } from '../ui/PeriodFilter';
import { SatisfactionTrend } from '../ui/SatisfactionTrend';
import { MunicipalityName } from '../ui/MunicipalityName';
import '../forms.css';

export interface FormsFlash {
  flash?: 'created' | 'saved' | 'published' | 'newVersion';
}

/** `/officer/forms` — the forms of my municipalities, with status and response counts, and satisfaction over time. */
export function FormsListPage() {
  const { t } = useTranslation('forms');
  usePageTitle(t('list.title'));
  const { me } = useSession();
  const location = useLocation();
  const period = usePeriod();
  const flash = (location.state as FormsFlash | null)?.flash;
  const officerOf = me?.staff.filter((s) => s.role === 'officer') ?? [];
  return (
    <>
      <Breadcrumbs items={[{ to: '/officer', label: t('list.officer') }]} />
      <LiveStatus message={flash ? t(`flash.${flash}`) : undefined} />
      <h1>{t('list.title')}</h1>
      <p className="lead">{t('list.lead')}</p>
      <p>
        <Link to="/officer/forms/new" className="button">
          {t('list.new')}
        </Link>
      </p>
      {me?.isAdmin && officerOf.length === 0 && <p className="muted">{t('list.adminNote')}</p>}
      {officerOf.map((s) => (
        <MunicipalityForms key={s.municipalityId} municipalityId={s.municipalityId} slug={s.municipalitySlug} />
      ))}
      {officerOf.length > 0 && (
        <section className="section" aria-labelledby="trend-title">
          <h2 id="trend-title">{t('trend.title')}</h2>
          <p>{t('trend.lead')}</p>
          <PeriodFilter idPrefix="trend-period" title={t('period.title')} />
          {officerOf.map((s) => (
            <TrendOf key={s.municipalityId} municipalityId={s.municipalityId} slug={s.municipalitySlug} several={officerOf.length > 1} period={period} />
          ))}
        </section>
      )}
    </>
  );
}

function TrendOf({ municipalityId, slug, several, period }: { municipalityId: string; slug: string; several: boolean; period: ReturnType<typeof usePeriod> }) {
  return (
    <>
      {several && (
        <h3>
          <MunicipalityName slug={slug} />
        </h3>
      )}
      <SatisfactionTrend municipalityId={municipalityId} period={period} headingLevel={several ? 4 : 3} />
    </>
  );
}

function MunicipalityForms({ municipalityId, slug }: { municipalityId: string; slug: string }) {
  const { t } = useTranslation('forms');
  const query = useForms(municipalityId);
  const headingId = `forms-${municipalityId}`;
  return (
    <section className="section" aria-labelledby={headingId}>
      <h2 id={headingId}>
        <MunicipalityName slug={slug} />
      </h2>
      {query.isPending && <Loading />}
      {query.isError && <LoadError error={query.error} onRetry={() => void query.refetch()} />}
      {query.data && query.data.length === 0 && <p className="muted">{t('list.empty')}</p>}
      {query.data && query.data.length > 0 && <FormsList forms={query.data} label={t('list.caption')} manage />}
    </section>
  );
}
