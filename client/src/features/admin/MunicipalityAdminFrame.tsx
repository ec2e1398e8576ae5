import type { ReactNode } from 'react';
import { useParams } from 'react-router';
import { useTranslation } from '../../i18n/react';
import { isApiError } from '../../api/errors';
import { useSession } from '../../api/me';
import { useMunicipality } from '../../api/municipalities';
import type { Me, Municipality } from '../../api/types';
import { Breadcrumbs } from '../../components/Breadcrumbs';
import { Forbidden, NotFound } from '../../components/Pages';
import { LoadError, Loading } from '../../components/Status';
import { usePageTitle } from '../../components/usePageTitle';
import { canViewMunicipalityAdmin } from '../../app/roles';
import { useMunicipalityName } from './useLocalizedName';

interface Props {
  /** h1 while the municipality loads, and the page title part before the name */
  fallbackTitle: string;
  title: (name: string) => string;
  children: (municipality: Municipality, me: Me) => ReactNode;
}

/**
 * The frame of a page about one municipality (`/admin/municipalities/:slug/…`): loads it,
 * checks the reader may see it, and gives the page its h1 and breadcrumbs.
 */
export function MunicipalityAdminFrame({ fallbackTitle, title, children }: Props) {
  const { t } = useTranslation('admin');
  const { slug = '' } = useParams();
  const { me } = useSession();
  const query = useMunicipality(slug);
  const nameOf = useMunicipalityName();
  const name = query.data ? nameOf(query.data) : undefined;
  const heading = name ? title(name.text) : fallbackTitle;
  usePageTitle(heading);

  if (isApiError(query.error) && query.error.status === 404) return <NotFound />;
  if (query.data && !canViewMunicipalityAdmin(me, query.data.id)) return <Forbidden />;

  const crumbs = [{ to: '/admin', label: t('home.title') }];
  if (me?.isAdmin) crumbs.push({ to: '/admin/municipalities', label: t('municipalities.title') });
  return (
    <>
      <Breadcrumbs items={crumbs} />
      <h1>{heading}</h1>
      {query.isPending && <Loading />}
      {query.isError && <LoadError error={query.error} onRetry={() => void query.refetch()} />}
      {query.data && me && children(query.data, me)}
    </>
  );
}
