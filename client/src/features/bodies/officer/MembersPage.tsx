import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { useTranslation } from '../../../i18n/react';
import { MEMBER_ROLES, useAddMember, useBody, useEndMemberTerm, useUpdateMember, type Body, type Member, type MemberRole } from '../../../api/bodies';
import { isApiError } from '../../../api/errors';
import { useSession } from '../../../api/me';
import { useMunicipality } from '../../../api/municipalities';
import { useOrganizations } from '../../../api/organizations';
import { useUserSearch } from '../../../api/users';
import { Breadcrumbs } from '../../../components/Breadcrumbs';
import { Button } from '../../../components/Button';
import { ConfirmButton } from '../../../components/ConfirmButton';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { RadioGroup, SelectField, TextField } from '../../../components/fields';
import { Forbidden, NotFound } from '../../../components/Pages';
import { ErrorNotice, LiveStatus, LoadError, Loading, Notice } from '../../../components/Status';
import { useFormErrors } from '../../../components/useFormErrors';
import { usePageTitle } from '../../../components/usePageTitle';
import { todayIn } from '../../../lib/format';
import { MembersTable } from '../ui/MembersTable';
import { useLocalize } from '../../../lib/useLocalize';
import '../ui/bodies.css';

/** `/officer/bodies/:id/members` — who sits on the body: add a member, end a term; the history stays. */
export function MembersPage() {
  const { t } = useTranslation(['bodies', 'common']);
  const { id = '' } = useParams();
  const query = useBody(id);
  const localize = useLocalize();
  const name = query.data ? localize(query.data.name) : undefined;
  const flash = (useLocation().state as { flash?: string } | null)?.flash;
  usePageTitle(name ? `${t('membersPage.title')}: ${name.text}` : t('membersPage.title'));
  if (isApiError(query.error) && (query.error.status === 404 || query.error.status === 400)) return <NotFound />;
  if (query.data && !query.data.canManage) return <Forbidden />;
  return (
    <>
      <Breadcrumbs items={[{ to: '/officer/meetings', label: t('list.manage') }, ...(name ? [{ to: `/bodies/${id}`, label: name.text }] : [])]} />
      {name && (
        <p className="caption" lang={name.lang}>
          {name.text}
        </p>
      )}
      <h1>{t('membersPage.title')}</h1>
      <LiveStatus message={flash === 'created' ? t('membersPage.created') : undefined} />
      {query.isPending && <Loading />}
      {query.isError && <LoadError error={query.error} onRetry={() => void query.refetch()} />}
      {query.data && <Members body={query.data} />}
    </>
  );
}

function Members({ body: b }: { body: Body }) {
  const { t } = useTranslation(['bodies', 'common']);
  const municipality = useMunicipality(b.municipalitySlug).data;
  const [today] = useState(() => todayIn(municipality?.timeZone ?? 'Europe/Sofia'));
  const end = useEndMemberTerm(b.id);
  const [done, setDone] = useState<string>();
  const [editing, setEditing] = useState<string>();
  const dissolved = b.status === 'dissolved';
  const edited = b.members.find((m) => m.id === editing);

  async function endTerm(member: Member) {
    setDone(undefined);
    await end.mutateAsync(member.id).catch(() => undefined);
    // an invitation never accepted is withdrawn (no term to end)
    setDone(t(member.invitation && member.invitation !== 'accepted' ? 'membersPage.withdrawn' : 'membersPage.ended', { name: member.name }));
  }

  return (
    <>
      <LiveStatus message={done && !end.isError ? done : undefined} />
      <ErrorNotice error={end.error} />
      {dissolved && (
        <Notice tone="warning">
          <p>{t('membersPage.dissolved')}</p>
        </Notice>
      )}
      <section aria-labelledby="current-title" className="section">
        <h2 id="current-title">{t('body.members')}</h2>
        {b.members.length === 0 ? (
          <p>{t('body.noMembers')}</p>
        ) : (
          <MembersTable
            caption={t('body.members')}
            captionHidden
            showAccepted
            members={b.members}
            actions={
              dissolved
                ? undefined
                : (m) =>
                    m.invitation === 'pending' || m.invitation === 'declined' ? (
                      <ConfirmButton
                        label={t(m.invitation === 'pending' ? 'membersPage.withdraw' : 'membersPage.removeDeclined')}
                        labelContext={m.name}
                        question={t('membersPage.withdrawQuestion', { name: m.name })}
                        confirmLabel={t('membersPage.withdrawConfirm')}
                        busy={end.isPending}
                        onConfirm={() => void endTerm(m)}
                      />
                    ) : // a term that ends today is already ended: the member moves to the history tomorrow
                    m.until && m.until <= today ? null : (
                      <div className="inline-actions">
                        <Button variant="secondary" aria-expanded={editing === m.id} aria-controls="edit-member" onClick={() => setEditing(editing === m.id ? undefined : m.id)}>
                          {t('membersPage.edit')}
                          <span className="visually-hidden"> — {m.name}</span>
                        </Button>
                        <ConfirmButton label={t('membersPage.endTerm')} labelContext={m.name} question={t('membersPage.endQuestion', { name: m.name })} confirmLabel={t('membersPage.endConfirm')} busy={end.isPending} onConfirm={() => void endTerm(m)} />
                      </div>
                    )
            }
          />
        )}
        {edited && !dissolved && (
          <EditMember
            key={edited.id}
            bodyId={b.id}
            member={edited}
            onDone={(message) => {
              setEditing(undefined);
              setDone(message);
            }}
          />
        )}
      </section>
      {!dissolved && <AddMember body={b} />}
      {b.pastMembers.length > 0 && (
        <section aria-labelledby="past-title" className="section">
          <h2 id="past-title">{t('body.pastMembersCaption')}</h2>
          <MembersTable caption={t('body.pastMembersCaption')} captionHidden members={b.pastMembers} />
        </section>
      )}
      <p className="section">
        <Link to={`/bodies/${b.id}`}>{t('membersPage.publicPage')}</Link>
      </p>
    </>
  );
}

type Field = 'name' | 'user' | 'role' | 'since' | 'until';
const IDS: Record<Field, string> = { name: 'member-name', user: 'member-user', role: 'member-role', since: 'member-since', until: 'member-until' };

function AddMember({ body: b }: { body: Body }) {
  const { t } = useTranslation(['bodies', 'common']);
  const { me } = useSession();
  const municipality = useMunicipality(b.municipalitySlug).data;
  const add = useAddMember(b.id);
  const organizations = useOrganizations({ verified: true });
  const orgs = organizations.data?.pages.flatMap((p) => p.items) ?? [];
  const [today] = useState(() => todayIn(municipality?.timeZone ?? 'Europe/Sofia'));
  const [who, setWho] = useState<'outsider' | 'user'>('outsider');
  const [name, setName] = useState('');
  const [search, setSearch] = useState('');
  const [userId, setUserId] = useState('');
  const [email, setEmail] = useState('');
  const [organizationId, setOrganizationId] = useState('');
  const [role, setRole] = useState<MemberRole>('member');
  const [since, setSince] = useState(today);
  const [until, setUntil] = useState('');
  const [done, setDone] = useState<string>();
  const users = useUserSearch(me?.isAdmin && who === 'user' ? search : '');
  const form = useFormErrors(IDS);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (add.isPending) return;
    setDone(undefined);
    const errors: Partial<Record<Field, string>> = {};
    if (who === 'outsider' && !name.trim()) errors.name = t('membersPage.errors.name');
    if (who === 'user' && me?.isAdmin && !userId) errors.user = t('membersPage.errors.user');
    if (who === 'user' && !me?.isAdmin && !/^\S+@\S+\.\S+$/.test(email.trim())) errors.user = t('membersPage.errors.email');
    if (!/^\d{4}-\d{2}-\d{2}$/.test(since)) errors.since = t('membersPage.errors.since');
    if (until && until < since) errors.until = t('membersPage.errors.until');
    if (form.showClientErrors(errors)) return;
    try {
      // officers cannot search accounts: they name one by its exact e-mail
      const person = who === 'outsider' ? { name: name.trim() } : me?.isAdmin ? { userId } : { email: email.trim() };
      const saved = await add.mutateAsync({ ...person, ...(organizationId ? { organizationId } : {}), role, since, ...(until ? { until } : {}) });
      // an invitation by address: named by the address the officer typed (the answer tells nothing more)
      setDone(t(saved.invitation === 'pending' ? 'membersPage.invited' : 'membersPage.added', { name: 'email' in person ? person.email : saved.name }));
      setName('');
      setUserId('');
      setEmail('');
      setSearch('');
      setOrganizationId('');
      setUntil('');
      form.clear();
    } catch (error) {
      form.showApiError(error, { fields: { userId: 'user', email: 'user' }, codes: { already_member: 'user' } });
    }
  }

  return (
    <section aria-labelledby="add-title" className="section">
      <h2 id="add-title">{t('membersPage.addTitle')}</h2>
      <p>{t('membersPage.invitationNote')}</p>
      <LiveStatus message={done} />
      <ErrorSummary items={form.summary} focusKey={form.focusKey} />
      <form onSubmit={submit} noValidate className="member-form">
        <RadioGroup
          id="member-who"
          name="member-who"
          legend={t('membersPage.who')}
          options={[
            { value: 'outsider', label: t('membersPage.outsider'), hint: t('membersPage.outsiderHint') },
            { value: 'user', label: t('membersPage.user'), hint: t('membersPage.userHint') },
          ]}
          value={who}
          onChange={setWho}
        />
        {who === 'outsider' ? (
          <TextField id={IDS.name} label={t('membersPage.name')} width="full" maxLength={200} value={name} onChange={(e) => setName(e.target.value)} error={form.fieldErrors.name} />
        ) : !me?.isAdmin ? (
          <TextField id={IDS.user} label={t('membersPage.email')} hint={t('membersPage.emailHint')} type="email" spellCheck={false} autoComplete="off" width="full" maxLength={254} value={email} onChange={(e) => setEmail(e.target.value)} error={form.fieldErrors.user} />
        ) : (
          <>
            <TextField id="member-search" label={t('membersPage.search')} hint={t('membersPage.searchHint')} type="search" width="full" value={search} onChange={(e) => setSearch(e.target.value)} />
            <SelectField id={IDS.user} label={t('membersPage.chooseUser')} width="full" value={userId} onChange={(e) => setUserId(e.target.value)} error={form.fieldErrors.user}>
              <option value="">{users.isFetching ? t('common:status.loading') : t('membersPage.noUser', { count: users.data?.items.length ?? 0 })}</option>
              {(users.data?.items ?? []).map((u) => (
                <option key={u.id} value={u.id}>
                  {u.displayName} ({u.email})
                </option>
              ))}
            </SelectField>
          </>
        )}
        <SelectField id="member-organization" label={t('members.organization')} optional width="full" value={organizationId} onChange={(e) => setOrganizationId(e.target.value)}>
          <option value="">{t('membersPage.noOrganization')}</option>
          {orgs.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
            </option>
          ))}
        </SelectField>
        <SelectField id={IDS.role} label={t('members.role')} value={role} onChange={(e) => setRole(e.target.value as MemberRole)} error={form.fieldErrors.role}>
          {MEMBER_ROLES.map((r) => (
            <option key={r} value={r}>
              {t(`roles.${r}`)}
            </option>
          ))}
        </SelectField>
        <div className="field-row">
          <TextField id={IDS.since} label={t('membersPage.since')} type="date" width="short" value={since} onChange={(e) => setSince(e.target.value)} error={form.fieldErrors.since} />
          <TextField id={IDS.until} label={t('membersPage.until')} hint={t('membersPage.untilHint')} optional type="date" width="short" value={until} min={since} onChange={(e) => setUntil(e.target.value)} error={form.fieldErrors.until} />
        </div>
        <Button type="submit" busy={add.isPending} busyLabel={t('common:status.saving')}>
          {t('membersPage.add')}
        </Button>
      </form>
    </section>
  );
}

type EditField = 'role' | 'since' | 'until';
const EDIT_IDS: Record<EditField, string> = { role: 'edit-member-role', since: 'edit-member-since', until: 'edit-member-until' };

/** Changes a current member's role or term; the change is kept in the audit log. */
function EditMember({ bodyId, member, onDone }: { bodyId: string; member: Member; onDone: (message?: string) => void }) {
  const { t } = useTranslation(['bodies', 'common']);
  const update = useUpdateMember(bodyId);
  const [role, setRole] = useState<MemberRole>(member.role as MemberRole);
  const [since, setSince] = useState(member.since);
  const [until, setUntil] = useState(member.until ?? '');
  const form = useFormErrors(EDIT_IDS);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (update.isPending) return;
    const errors: Partial<Record<EditField, string>> = {};
    if (!/^\d{4}-\d{2}-\d{2}$/.test(since)) errors.since = t('membersPage.errors.since');
    if (until && until < since) errors.until = t('membersPage.errors.until');
    if (form.showClientErrors(errors)) return;
    try {
      await update.mutateAsync({ memberId: member.id, body: { role, since, until: until || null } });
      onDone(t('membersPage.saved', { name: member.name }));
    } catch (error) {
      form.showApiError(error);
    }
  }

  return (
    <section id="edit-member" aria-labelledby="edit-member-title" className="inset">
      <h3 id="edit-member-title" ref={heading} tabIndex={-1} className="inset__title">
        {t('membersPage.editTitle', { name: member.name })}
      </h3>
      <ErrorSummary items={form.summary} focusKey={form.focusKey} />
      <form onSubmit={submit} noValidate className="member-form">
        <SelectField id={EDIT_IDS.role} label={t('members.role')} value={role} onChange={(e) => setRole(e.target.value as MemberRole)} error={form.fieldErrors.role}>
          {MEMBER_ROLES.map((r) => (
            <option key={r} value={r}>
              {t(`roles.${r}`)}
            </option>
          ))}
        </SelectField>
        <div className="field-row">
          <TextField id={EDIT_IDS.since} label={t('membersPage.since')} type="date" width="short" value={since} onChange={(e) => setSince(e.target.value)} error={form.fieldErrors.since} />
          <TextField id={EDIT_IDS.until} label={t('membersPage.until')} hint={t('membersPage.untilHint')} optional type="date" width="short" value={until} min={since} onChange={(e) => setUntil(e.target.value)} error={form.fieldErrors.until} />
        </div>
        <div className="inline-actions">
          <Button type="submit" busy={update.isPending} busyLabel={t('common:status.saving')}>
            {t('membersPage.save')}
          </Button>
          <Button variant="secondary" onClick={() => onDone()}>
            {t('membersPage.cancelEdit')}
          </Button>
        </div>
      </form>
    </section>
  );
}
