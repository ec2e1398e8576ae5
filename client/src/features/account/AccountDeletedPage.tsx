import { Link } from 'react-router';
import { useTranslation } from '../../i18n/react';
import { usePageTitle } from '../../components/usePageTitle';

/** Where a person lands after deleting their account (they are signed out by then). */
export function AccountDeletedPage() {
  const { t } = useTranslation('account');
  usePageTitle(t('delete.doneTitle'));
  return (
    <div className="page-narrow">
      <div className="panel panel--confirmation">
        <h1>{t('delete.doneTitle')}</h1>
      </div>
      <p>{t('delete.doneBody')}</p>
      <p>
        <Link to="/">{t('delete.home')}</Link>
      </p>
    </div>
  );
}
