import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from '../../i18n/react';
import { useAnswerInvitation, useMyInvitations } from '../../api/organizations';
import type { MyInvitation } from '../../api/types';
import { Button } from '../../components/Button';
import { ErrorNotice, LiveStatus, LoadError, Loading, Notice } from '../../components/Status';
import { usePageTitle } from '../../components/usePageTitle';
import { formatDate } from '../../lib/format';

/**
 * `/invitations` — the invitations to organisations sent to the signed-in person's address, with
 * accept and decline. The e-mail's link (`?organization=…&token=…`) lands here.
 */
export function InvitationsPage() {
  const { t, i18n } = useTranslation(['organizations', 'common']);
  usePageTitle(t('mine.title'));
  const [params] = useSearchParams();
  const fromLink = params.get('organization');
  const invitations = useMyInvitations();
  const answer = useAnswerInvitation();
  const [status, setStatus] = useState<{ text: string; organizationId?: string }>();
  const items = invitations.data?.items ?? [];

  function onAnswer(invitation: MyInvitation, accept: boolean) {
    setStatus(undefined);
    answer.mutate(
      { invitationId: invitation.id, accept },
      { onSuccess: () => setStatus({ text: t(accept ? 'mine.accepted' : 'mine.declined', { name: invitation.organizationName }), organizationId: accept ? invitation.organizationId : undefined }) },
    );
  }

  return (
    <div className="page-narrow">
      <h1>{t('mine.title')}</h1>
      <p className="lead">{t('mine.intro')}</p>
      <LiveStatus message={status?.text} takeFocus />
      {status?.organizationId && (
        <p>
          <Link to={`/organizations/${status.organizationId}`}>{t('mine.open')}</Link>
        </p>
      )}
      <ErrorNotice error={answer.error} />
      {invitations.isPending && <Loading />}
      {invitations.isError && <LoadError error={invitations.error} onRetry={() => void invitations.refetch()} />}
      {invitations.isSuccess && fromLink && !status && !items.some((i) => i.organizationId === fromLink) && (
        <Notice tone="warning">
          <p>{t('mine.otherAddress')}</p>
        </Notice>
      )}
      {invitations.isSuccess && items.length === 0 && <p>{t('mine.empty')}</p>}
      {items.length > 0 && (
        <ul className="plain-list">
          {items.map((invitation) => (
            <li key={invitation.id} className="panel">
              <h2>{invitation.organizationName}</h2>
              <p>
                {invitation.role === 'representative' ? t('mine.asRepresentative') : t('mine.asMember')}
                {!invitation.organizationVerified && <> {t('mine.unverified')}</>}
              </p>
              <p>{t('mine.validUntil', { date: formatDate(invitation.expiresAt, i18n.language) })}</p>
              <div className="inline-actions">
                <Button onClick={() => onAnswer(invitation, true)} busy={answer.isPending && answer.variables?.invitationId === invitation.id && answer.variables.accept}>
                  {t('mine.accept')}
                </Button>
                <Button variant="secondary" onClick={() => onAnswer(invitation, false)} busy={answer.isPending && answer.variables?.invitationId === invitation.id && !answer.variables.accept}>
                  {t('mine.decline')}
                </Button>
              </div>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
