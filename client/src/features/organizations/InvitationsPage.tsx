import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from '../../i18n/react';
import { useAnswerBodyInvitation, useMyBodyInvitations, type MyBodyInvitation } from '../../api/bodies';
import { useAnswerInvitation, useMyInvitations } from '../../api/organizations';
import type { MyInvitation } from '../../api/types';
import { Button } from '../../components/Button';
import { ErrorNotice, LiveStatus, LoadError, Loading, Notice } from '../../components/Status';
import { usePageTitle } from '../../components/usePageTitle';
import { formatDate, formatDay } from '../../lib/format';
import { useLocalize } from '../../lib/useLocalize';

/**
 * `/invitations` — the invitations waiting for the signed-in person, with accept and decline: to
 * organisations (sent to their address; the e-mail's link is `?organization=…&token=…`) and to
 * municipal bodies (sent to their account; the e-mail's link is `?body=…`). Nobody gets a right
 * through either until the person accepts here.
 */
export function InvitationsPage() {
  const { t, i18n } = useTranslation(['organizations', 'bodies', 'common']);
  usePageTitle(t('mine.title'));
  const [params] = useSearchParams();
  const fromLink = params.get('organization');
  const bodyFromLink = params.get('body');
  const invitations = useMyInvitations();
  const bodyInvitations = useMyBodyInvitations();
  const answer = useAnswerInvitation();
  const answerBody = useAnswerBodyInvitation();
  const localize = useLocalize();
  const [status, setStatus] = useState<{ text: string; link?: { to: string; label: string } }>();
  const items = invitations.data?.items ?? [];
  const bodyItems = bodyInvitations.data?.items ?? [];

  function onAnswer(invitation: MyInvitation, accept: boolean) {
    setStatus(undefined);
    answer.mutate(
      { invitationId: invitation.id, accept },
      {
        onSuccess: () =>
          setStatus({
            text: t(accept ? 'mine.accepted' : 'mine.declined', { name: invitation.organizationName }),
            link: accept ? { to: `/organizations/${invitation.organizationId}`, label: t('mine.open') } : undefined,
          }),
      },
    );
  }

  function onAnswerBody(invitation: MyBodyInvitation, accept: boolean) {
    setStatus(undefined);
    const name = localize(invitation.bodyName).text;
    answerBody.mutate(
      { memberId: invitation.id, accept },
      {
        onSuccess: () =>
          setStatus({
            text: t(accept ? 'bodies:invitations.accepted' : 'bodies:invitations.declined', { name }),
            link: accept ? { to: `/bodies/${invitation.bodyId}`, label: t('bodies:invitations.open') } : undefined,
          }),
      },
    );
  }

  const loaded = invitations.isSuccess && bodyInvitations.isSuccess;
  const day = (d: string) => formatDay(d, i18n.language);
  return (
    <div className="page-narrow">
      <h1>{t('mine.title')}</h1>
      <p className="lead">{t('mine.intro')}</p>
      <LiveStatus message={status?.text} takeFocus />
      {status?.link && (
        <p>
          <Link to={status.link.to}>{status.link.label}</Link>
        </p>
      )}
      <ErrorNotice error={answer.error ?? answerBody.error} />
      {(invitations.isPending || bodyInvitations.isPending) && <Loading />}
      {invitations.isError && <LoadError error={invitations.error} onRetry={() => void invitations.refetch()} />}
      {bodyInvitations.isError && <LoadError error={bodyInvitations.error} onRetry={() => void bodyInvitations.refetch()} />}
      {invitations.isSuccess && fromLink && !status && !items.some((i) => i.organizationId === fromLink) && (
        <Notice tone="warning">
          <p>{t('mine.otherAddress')}</p>
        </Notice>
      )}
      {bodyInvitations.isSuccess && bodyFromLink && !status && !bodyItems.some((i) => i.bodyId === bodyFromLink) && (
        <Notice tone="warning">
          <p>{t('bodies:invitations.notFound')}</p>
        </Notice>
      )}
      {loaded && items.length === 0 && bodyItems.length === 0 && <p>{t('mine.empty')}</p>}
      {(items.length > 0 || bodyItems.length > 0) && (
        <ul className="card-list card-list--wide">
          {bodyItems.map((invitation) => {
            const name = localize(invitation.bodyName);
            const busy = answerBody.isPending && answerBody.variables?.memberId === invitation.id;
            return (
              <li key={invitation.id} className="card">
                <p className="card__meta">{t('bodies:invitations.kind', { kind: t(`bodies:kinds.${invitation.bodyKind}`), municipality: localize(invitation.municipalityName).text })}</p>
                <h2 className="card__title" lang={name.lang}>
                  {name.text}
                </h2>
                <p>{t('bodies:invitations.role', { role: t(`bodies:roles.${invitation.role}`) })}</p>
                <p>{t('bodies:invitations.term', { term: invitation.until ? t('bodies:members.fromTo', { from: day(invitation.since), to: day(invitation.until) }) : t('bodies:members.since', { from: day(invitation.since) }) })}</p>
                {invitation.visibility === 'private' && <p>{t('bodies:invitations.private')}</p>}
                <div className="inline-actions">
                  <Button onClick={() => onAnswerBody(invitation, true)} busy={busy && answerBody.variables?.accept}>
                    {t('bodies:invitations.accept')}
                    <span className="visually-hidden"> — {name.text}</span>
                  </Button>
                  <Button variant="secondary" onClick={() => onAnswerBody(invitation, false)} busy={busy && !answerBody.variables?.accept}>
                    {t('bodies:invitations.decline')}
                    <span className="visually-hidden"> — {name.text}</span>
                  </Button>
                </div>
              </li>
            );
          })}
          {items.map((invitation) => (
            <li key={invitation.id} className="card">
              <p className="card__meta">{t('mine.organization')}</p>
              <h2 className="card__title">{invitation.organizationName}</h2>
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
