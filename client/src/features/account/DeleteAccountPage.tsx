import { Link, useNavigate } from 'react-router';
import { useTranslation } from '../../i18n/react';
import { useDeleteMe } from '../../api/me';
import { Button } from '../../components/Button';
import { LoadError } from '../../components/Status';
import { usePageTitle } from '../../components/usePageTitle';

/** /me/delete — the confirmation step: what deleting means, then the one button that does it. */
export function DeleteAccountPage() {
  const { t } = useTranslation('account');
  usePageTitle(t('delete.title'));
  const navigate = useNavigate();
  // leave synchronously, before the session ends, so this page's guard does not send us to sign in
  const remove = useDeleteMe({ leave: () => navigate('/account-deleted', { replace: true, flushSync: true }) });

  return (
    <div className="page-narrow">
      <h1>{t('delete.title')}</h1>
      {remove.isError && <LoadError title={t('delete.failed')} error={remove.error} />}
      <p>{t('delete.intro')}</p>
      <ul>
        <li>{t('delete.consequenceData')}</li>
        <li>{t('delete.consequenceRoles')}</li>
        <li>{t('delete.consequenceSignOut')}</li>
        <li>{t('delete.consequenceFlags')}</li>
        <li>{t('delete.consequenceBodies')}</li>
        <li>{t('delete.consequencePublic')}</li>
      </ul>
      <div className="warning-text">
        <span className="warning-text__icon" aria-hidden="true">
          !
        </span>
        <strong>{t('delete.irreversible')}</strong>
      </div>
      <p>{t('delete.exportFirst')}</p>
      <div className="button-group">
        <Button variant="warning" busy={remove.isPending} busyLabel={t('delete.deleting')} onClick={() => remove.mutate()}>
          {t('delete.confirm')}
        </Button>
        <Link to="/me">{t('delete.cancel')}</Link>
      </div>
    </div>
  );
}
