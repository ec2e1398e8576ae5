import { useState, type FormEvent } from 'react';
import { useTranslation } from '../../i18n/react';
import { useAssignStaff, useRemoveStaff, useStaff } from '../../api/municipalities';
import type { Me, Municipality, StaffMember, StaffRole } from '../../api/types';
import { useUserSearch } from '../../api/users';
import { Button } from '../../components/Button';
import { ConfirmButton } from '../../components/ConfirmButton';
import { ErrorSummary } from '../../components/ErrorSummary';
import { RadioGroup, TextField } from '../../components/fields';
import { ErrorNotice, LiveStatus, LoadError, Loading, Notice } from '../../components/Status';
import { TableRegion } from '../../components/TableRegion';
import { useFormErrors } from '../../components/useFormErrors';
import { MunicipalityAdminFrame } from './MunicipalityAdminFrame';
import { canEditStaff } from '../../app/roles';

/** `/admin/municipalities/:slug/staff` — admins change it; the municipality's officers read it. */
export function StaffPage() {
  const { t } = useTranslation(['admin', 'common']);
  return (
    <MunicipalityAdminFrame fallbackTitle={t('home.staff')} title={(name) => t('staff.title', { name })}>
      {(municipality, me) => <Staff municipality={municipality} me={me} />}
    </MunicipalityAdminFrame>
  );
}

function Staff({ municipality, me }: { municipality: Municipality; me: Me }) {
  const { t, i18n } = useTranslation(['admin', 'common']);
  const staff = useStaff(municipality.id);
  const remove = useRemoveStaff(municipality.id);
  const [status, setStatus] = useState<string>();
  const editable = canEditStaff(me);
  const members = staff.data?.items ?? [];
  const roleLabel = (role: StaffRole) => t(`roles.${role}`);

  function onRemove(member: StaffMember) {
    setStatus(undefined);
    remove.mutate(member.userId, { onSuccess: () => setStatus(t('staff.removed', { name: member.displayName })) });
  }

  return (
    <>
      <LiveStatus message={status} takeFocus />
      <ErrorNotice error={remove.error} />
      {staff.isPending && <Loading />}
      {staff.isError && <LoadError error={staff.error} onRetry={() => void staff.refetch()} />}
      {staff.isSuccess && members.length === 0 && <p>{t('staff.empty')}</p>}
      {members.length > 0 && (
        <TableRegion caption={t('staff.caption')} captionHidden>
          <thead>
            <tr>
              <th scope="col">{t('staff.person')}</th>
              <th scope="col">{t('staff.email')}</th>
              <th scope="col">{t('staff.role')}</th>
              {editable && <th scope="col">{t('staff.actions')}</th>}
            </tr>
          </thead>
          <tbody>
            {members.map((member) => (
              <tr key={member.userId}>
                <th scope="row">{member.displayName}</th>
                <td>{member.email}</td>
                <td>{roleLabel(member.role)}</td>
                {editable && (
                  <td>
                    <ConfirmButton
                      labelContext={member.displayName}
                      label={t('staff.remove')}
                      question={t('staff.removeQuestion', { name: member.displayName })}
                      confirmLabel={t('staff.removeConfirm')}
                      busy={remove.isPending}
                      onConfirm={() => onRemove(member)}
                    />
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </TableRegion>
      )}
      {editable ? (
        <AssignStaff
          municipality={municipality}
          current={members}
          onAssigned={(name, role) => setStatus(t('staff.assigned', { name, role: roleLabel(role).toLocaleLowerCase(i18n.language) }))}
        />
      ) : (
        <Notice tone="info">
          <p>{t('staff.readOnly')}</p>
        </Notice>
      )}
    </>
  );
}

const FIELDS = { search: 'staff-search', person: 'staff-person', role: 'staff-role' } as const;

function AssignStaff({
  municipality,
  current,
  onAssigned,
}: {
  municipality: Municipality;
  current: StaffMember[];
  onAssigned: (name: string, role: StaffRole) => void;
}) {
  const { t } = useTranslation(['admin', 'common']);
  const errors = useFormErrors(FIELDS);
  const [text, setText] = useState('');
  const [q, setQ] = useState('');
  const [userId, setUserId] = useState('');
  const [role, setRole] = useState<StaffRole | ''>('');
  const search = useUserSearch(q);
  const assign = useAssignStaff(municipality.id);
  const results = search.data?.items ?? [];

  function onSearch(event: FormEvent) {
    event.preventDefault();
    if (text.trim().length < 2) {
      errors.showClientErrors({ search: t('staff.searchTooShort') });
      return;
    }
    errors.clear();
    setUserId('');
    setQ(text.trim());
  }

  async function onAssign(event: FormEvent) {
    event.preventDefault();
    const found = {
      person: userId ? undefined : t('staff.personRequired'),
      role: role ? undefined : t('staff.roleRequired'),
    };
    if (assign.isPending || errors.showClientErrors(found)) return;
    const person = results.find((u) => u.id === userId);
    try {
      await assign.mutateAsync({ userId, role: role as StaffRole });
      onAssigned(person?.displayName ?? '', role as StaffRole);
      setUserId('');
      setRole('');
    } catch (error) {
      errors.showApiError(error, { fields: { role: 'role', userId: 'person' } });
    }
  }

  const found = q && search.isSuccess ? (results.length ? t('staff.found', { count: results.length }) : t('staff.noneFound')) : undefined;
  return (
    <section aria-labelledby="assign-title" className="section">
      <h2 id="assign-title">{t('staff.assignTitle')}</h2>
      <ErrorSummary items={errors.summary} focusKey={errors.focusKey} />
      <form role="search" onSubmit={onSearch} noValidate className="search-form">
        <TextField
          id={FIELDS.search}
          label={t('staff.search')}
          hint={t('staff.searchHint')}
          type="search"
          autoComplete="off"
          spellCheck={false}
          value={text}
          onChange={(e) => setText(e.target.value)}
          error={errors.fieldErrors.search}
        />
        <Button type="submit" variant="secondary" busy={search.isFetching} busyLabel={t('common:status.loading')}>
          {t('staff.searchButton')}
        </Button>
      </form>
      <LiveStatus message={found} tone="info" />
      {search.isError && <ErrorNotice error={search.error} />}

      <form onSubmit={onAssign} noValidate>
        {results.length > 0 ? (
          <RadioGroup<string>
            id={FIELDS.person}
            name="person"
            legend={t('staff.choosePerson')}
            value={userId}
            onChange={setUserId}
            error={errors.fieldErrors.person}
            options={results.map((u) => {
              const existing = current.find((m) => m.userId === u.id);
              return {
                value: u.id,
                label: `${u.displayName} (${u.email})`,
                hint: existing ? t(`roles.${existing.role}`) : undefined,
              };
            })}
          />
        ) : (
          <p id={FIELDS.person} tabIndex={-1} className={errors.fieldErrors.person ? 'field__error' : 'muted'}>
            {errors.fieldErrors.person ?? t('staff.searchFirst')}
          </p>
        )}
        <RadioGroup<StaffRole>
          id={FIELDS.role}
          name="role"
          legend={t('staff.role')}
          value={role}
          onChange={setRole}
          error={errors.fieldErrors.role}
          options={[
            { value: 'officer', label: t('roles.officer'), hint: t('roles.officerHint') },
            { value: 'moderator', label: t('roles.moderator'), hint: t('roles.moderatorHint') },
          ]}
        />
        <Button type="submit" busy={assign.isPending} busyLabel={t('common:status.saving')}>
          {t('staff.assign')}
        </Button>
      </form>
    </section>
  );
}
