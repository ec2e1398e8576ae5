import type { ReactNode } from 'react';
import { useParams } from 'react-router';
import { useTranslation } from '../../../i18n/react';
import { useConsultation } from '../../../api/consultations';
import { isApiError } from '../../../api/errors';
import { useSession } from '../../../api/me';
import { useMunicipality } from '../../../api/municipalities';
import type { Consultation, Me, Municipality } from '../../../api/types';
import { Breadcrumbs, type Crumb } from '../../../components/Breadcrumbs';
import { Forbidden, NotFound } from '../../../components/Pages';
import { LoadError, Loading } from '../../../components/Status';
import { usePageTitle } from '../../../components/usePageTitle';
import { StatusTag } from '../ui/StatusTag';
import { useLocalize } from '../../../lib/useLocalize';

export interface FrameData {
  consultation: Consultation;
  municipality: Municipality;
  me: Me;
}

interface Props {
  /** the page's own title ("Answers"); the consultation's title when absent (the overview) */
  title?: string;
  children: (data: FrameData) => ReactNode;
}

/**
 * The frame of an officer page about one consultation (`/officer/consultations/:id/…`): loads it
 * and its municipality, checks the reader runs it, and gives the page its breadcrumbs and h1.
 */
export function ConsultationFrame({ title, children }: Props) {
  const { t } = useTranslation(['officer', 'common']);
  const { id = '' } = useParams();
  const { me } = useSession();
  const query = useConsultation(id);
  const municipality = useMunicipality(query.data?.municipalitySlug ?? '');
  const localize = useLocalize();
  const name = query.data ? localize(query.data.title, municipality.data?.defaultLocale) : undefined;
  const heading = title ?? name?.text ?? t('frame.fallbackTitle');
  const missing = isApiError(query.error) && (query.error.status === 404 || query.error.status === 400);
  const forbidden = Boolean(query.data && !query.data.can.edit);
  // the page title of the refusal is set by the refusal page itself
  usePageTitle(missing ? t('common:notFound.title') : forbidden ? t('common:forbidden.title') : title && name ? `${title}: ${name.text}` : heading);

  if (missing) return <NotFound />;
  if (forbidden) return <Forbidden />;

  const crumbs: Crumb[] = [{ to: '/officer', label: t('home.title') }];
  if (title && query.data && name) crumbs.push({ to: `/officer/consultations/${query.data.id}`, label: name.text });
  return (
    <>
      <Breadcrumbs items={crumbs} />
      {title && name && (
        <p className="caption" lang={name.lang}>
          {name.text}
        </p>
      )}
      <h1 lang={title ? undefined : name?.lang}>{heading}</h1>
      {query.data && (
        <p>
          <StatusTag status={query.data.status} />
        </p>
      )}
      {(query.isPending || (query.data && municipality.isPending)) && <Loading />}
      {query.isError && <LoadError error={query.error} onRetry={() => void query.refetch()} />}
      {municipality.isError && <LoadError error={municipality.error} onRetry={() => void municipality.refetch()} />}
      {query.data && municipality.data && me && children({ consultation: query.data, municipality: municipality.data, me })}
    </>
  );
}
