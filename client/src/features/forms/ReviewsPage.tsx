import { useTranslation } from '../../i18n/react';
import { isApiError } from '../../api/errors';
import { useForms, usePartnerMunicipalities, type Period } from '../../api/forms';
import { useSession } from '../../api/me';
import type { Municipality } from '../../api/types';
import { LoadError, Loading, Notice } from '../../components/Status';
import { usePageTitle } from '../../components/usePageTitle';
import { statusOf } from './ui/FormStatusTag';
import { FormsList } from './ui/FormsList';
import { PeriodFilter, usePeriod } from './ui/PeriodFilter';
import { representedOrganizations } from '../../app/roles';
import { SatisfactionTrend } from './ui/SatisfactionTrend';
import { useLocalize } from './ui/useLocalize';
import './forms.css';

/**
 * `/reviews` — the partner NGO's dashboard: for each municipality one of my organisations is a
 * partner of, its forms with their reports and satisfaction over time.
 */
export function ReviewsPage() {
  const { t } = useTranslation('forms');
  usePageTitle(t('reviews.title'));
  const { me } = useSession();
  const organizations = representedOrganizations(me);
  const partners = usePartnerMunicipalities(organizations);
  const period = usePeriod();
  const names = me?.organizations.filter((o) => organizations.includes(o.organizationId)).map((o) => o.name) ?? [];
  return (
    <>
      <h1>{t('reviews.title')}</h1>
      <p className="lead">{names.length > 0 ? t('reviews.lead', { organizations: names.join(', ') }) : t('reviews.leadNone')}</p>
      {organizations.length === 0 && (
        <Notice tone="info" title={t('reviews.noOrganisationTitle')}>
          <p>{t('reviews.noOrganisationBody')}</p>
        </Notice>
      )}
      {partners.pending && <Loading />}
      {partners.error && <LoadError error={partners.error} />}
      {organizations.length > 0 && !partners.pending && partners.municipalities.length === 0 && (
        <Notice tone="info" title={t('reviews.noPartnersTitle')}>
          <p>{t('reviews.noPartnersBody')}</p>
        </Notice>
      )}
      {partners.municipalities.length > 0 && <PeriodFilter idPrefix="reviews-period" title={t('period.title')} />}
      {partners.municipalities.map((m) => (
        <PartnerMunicipality key={m.id} municipality={m} period={period} />
      ))}
    </>
  );
}

function PartnerMunicipality({ municipality, period }: { municipality: Municipality; period: Period }) {
  const { t } = useTranslation('forms');
  const localize = useLocalize();
  const forms = useForms(municipality.id);
  const published = forms.data?.filter((f) => statusOf(f) !== 'draft');
  const name = localize(municipality.name, municipality.defaultLocale);
  const headingId = `partner-${municipality.id}`;
  return (
    <section className="section" aria-labelledby={headingId}>
      <h2 id={headingId} lang={name.lang}>
        {name.text}
      </h2>
      <h3>{t('reviews.forms')}</h3>
      {forms.isPending && <Loading />}
      {forms.isError && (isApiError(forms.error) && forms.error.status === 403 ? <p className="muted">{t('reviews.formsRefused')}</p> : <LoadError error={forms.error} onRetry={() => void forms.refetch()} />)}
      {published && published.length === 0 && <p className="muted">{t('reviews.noForms')}</p>}
      {published && published.length > 0 && <FormsList forms={published} label={t('reviews.formsCaption', { municipality: name.text })} />}
      <h3>{t('trend.title')}</h3>
      <SatisfactionTrend municipalityId={municipality.id} period={period} headingLevel={4} />
    </section>
  );
}
