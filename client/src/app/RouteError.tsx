import { Link, useRouteError } from 'react-router';
import { useTranslation } from '../i18n/react';
import { usePageTitle } from '../components/usePageTitle';

/** Shown inside the frame when a page throws while rendering. */
export function RouteError() {
  const { t } = useTranslation();
  usePageTitle(t('routeError.title'));
  const error = useRouteError();
  if (error) console.error(error);
  return (
    <>
      <h1>{t('routeError.title')}</h1>
      <p>{t('routeError.body')}</p>
      <p>
        <Link to="/">{t('notFound.home')}</Link>
      </p>
    </>
  );
}
