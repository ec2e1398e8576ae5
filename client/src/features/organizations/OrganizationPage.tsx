import { useState, type FormEvent } from 'react';
import { useParams } from 'react-router';
import { useTranslation } from '../../i18n/react';
import { useCancelInvitation, useInviteMember, useOrganization, useOrganizationInvitations } from '../../api/organizations';
import type { OrganizationInvitation } from '../../api/types';
import { Button } from '../../components/Button';
import { ConfirmButton } from '../../components/ConfirmButton';
import { ErrorSummary } from '../../components/ErrorSummary';
import { RadioGroup, TextField } from '../../components/fields';
import { ErrorNotice, LiveStatus, LoadError, Loading } from '../../components/Status';
import { TableRegion } from '../../components/TableRegion';
import { useFormErrors } from '../../components/useFormErrors';
import { usePageTitle } from '../../components/usePageTitle';
import { formatDate } from '../../lib/format';
import { looksLikeEmail } from '../../lib/validation';

/** `/organizations/:id` — the organisation, its members (to members), and for its representatives: invitations. */
export function OrganizationPage() {
  const { t } = useTranslation(['organizations', 'common']);
  const { id } = useParams();
  const organization = useOrganization(id);
  usePageTitle(organization.data?.name ?? t('mine.open'));
  if (organization.isPending) return <Loading />;
  if (organization.isError) return <LoadError error={organization.error} onRetry={() => void organization.refetch()} />;
  const org = organization.data;
  // invite and remove: as the organisation's answer says (its representatives and the admins)
  const representative = Boolean(org.can?.manage);
  return (
    <div className="page-narrow">
      <h1>{org.name}</h1>
      {!org.verified && <p>{t('page.unverified')}</p>}
      <section aria-labelledby="members-title" className="section">
        <h2 id="members-title">{t('page.membersTitle')}</h2>
        {org.members ? (
          <ul>
            {org.members.map((m) => (
              <li key={m.userId}>
                {m.displayName} — {m.role === 'representative' ? t('page.representative') : t('page.memberRole')}
              </li>
            ))}
          </ul>
        ) : (
          <p>{t('page.membersHidden')}</p>
        )}
      </section>
      {representative && <Invitations organizationId={org.id} />}
    </div>
  );
}

const FIELDS = { email: 'invite-email', role: 'invite-role' } as const;

function Invitations({ organizationId }: { organizationId: string }) {
  const { t, i18n } = useTranslation(['organizations', 'common']);
  const errors = useFormErrors(FIELDS);
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<'member' | 'representative'>('member');
  const [status, setStatus] = useState<string>();
  const invite = useInviteMember(organizationId);
  const cancel = useCancelInvitation(organizationId);
  const pending = useOrganizationInvitations(organizationId);
  const items = pending.data?.items ?? [];

  async function onInvite(event: FormEvent) {
    event.preventDefault();
    const address = email.trim();
    const problem = !address ? t('invite.emailRequired') : !looksLikeEmail(address) ? t('invite.emailInvalid') : undefined;
    if (invite.isPending || errors.showClientErrors({ email: problem })) return;
    setStatus(undefined);
    try {
      const sent = await invite.mutateAsync({ email: address, role });
      setStatus(t('invite.sent', { email: sent.email }));
      setEmail('');
    } catch (error) {
      errors.showApiError(error);
    }
  }

  function onCancel(invitation: OrganizationInvitation) {
    setStatus(undefined);
    cancel.mutate(invitation.id, { onSuccess: () => setStatus(t('invite.cancelled', { email: invitation.email })) });
  }

  return (
    <>
      <section aria-labelledby="invite-title" className="section">
        <h2 id="invite-title">{t('invite.title')}</h2>
        <p>{t('invite.intro')}</p>
        <ErrorSummary items={errors.summary} focusKey={errors.focusKey} />
        <LiveStatus message={status} takeFocus />
        <form onSubmit={onInvite} noValidate>
          <TextField id={FIELDS.email} label={t('invite.email')} type="email" autoComplete="off" spellCheck={false} value={email} onChange={(e) => setEmail(e.target.value)} error={errors.fieldErrors.email} />
          <RadioGroup
            id={FIELDS.role}
            name="invite-role"
            legend={t('invite.role')}
            value={role}
            onChange={setRole}
            error={errors.fieldErrors.role}
            options={[
              { value: 'member', label: t('invite.roleMember') },
              { value: 'representative', label: t('invite.roleRepresentative'), hint: t('invite.roleRepresentativeHint') },
            ]}
          />
          <Button type="submit" busy={invite.isPending} busyLabel={t('common:status.sending')}>
            {t('invite.submit')}
          </Button>
        </form>
      </section>
      <section aria-labelledby="pending-title" className="section">
        <h2 id="pending-title">{t('invite.pendingTitle')}</h2>
        <ErrorNotice error={cancel.error} />
        {pending.isPending && <Loading />}
        {pending.isError && <LoadError error={pending.error} onRetry={() => void pending.refetch()} />}
        {pending.isSuccess && items.length === 0 && <p>{t('invite.pendingEmpty')}</p>}
        {items.length > 0 && (
          <TableRegion caption={t('invite.pendingCaption')} captionHidden>
            <thead>
              <tr>
                <th scope="col">{t('invite.email')}</th>
                <th scope="col">{t('invite.role')}</th>
                <th scope="col">{t('invite.validUntil')}</th>
                <th scope="col">{t('invite.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((invitation) => (
                <tr key={invitation.id}>
                  <th scope="row">{invitation.email}</th>
                  <td>{invitation.role === 'representative' ? t('invite.roleRepresentative') : t('invite.roleMember')}</td>
                  <td>{formatDate(invitation.expiresAt, i18n.language)}</td>
                  <td>
                    <ConfirmButton
                      labelContext={invitation.email}
                      label={t('invite.cancel')}
                      question={t('invite.cancelQuestion', { email: invitation.email })}
                      confirmLabel={t('invite.cancelConfirm')}
                      busy={cancel.isPending}
                      onConfirm={() => onCancel(invitation)}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </TableRegion>
        )}
      </section>
    </>
  );
}
