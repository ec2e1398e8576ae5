import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useTranslation } from '../../../i18n/react';
import { REGISTRATION_STATUSES, useDecideRegistration, useDownloadMeetingFile, useOfficerCancel, useRegistrations, type Meeting, type Registration, type RegistrationFilter, type RegistrationStatus } from '../../../api/meetings';
import { Button } from '../../../components/Button';
import { ConfirmButton } from '../../../components/ConfirmButton';
import { SelectField, TextField } from '../../../components/fields';
import { ErrorNotice, LiveStatus, LoadError, Loading, LoadMore } from '../../../components/Status';
import { TableRegion } from '../../../components/TableRegion';
import { downloadBlob } from '../../../lib/download';
import { formatDay, formatNumber } from '../../../lib/format';
import { countryName } from '../../../lib/country-name';
import { RegistrationStatusTag } from '../ui/RegistrationStatusTag';
import { formatCode } from '../ui/when';
import { MeetingFrame } from './MeetingFrame';

/** `/officer/meetings/:id/registrations` — everyone who registered: approve, move up, cancel; CSV. */
export function RegistrationsPage() {
  const { t } = useTranslation('meetings');
  return <MeetingFrame title={t('officer.registrations.title')}>{({ meeting }) => <Registrations meeting={meeting} />}</MeetingFrame>;
}

function Registrations({ meeting: m }: { meeting: Meeting }) {
  const { t, i18n } = useTranslation(['meetings', 'common']);
  const [filter, setFilter] = useState<RegistrationFilter>({});
  const [status, setStatus] = useState('');
  const [q, setQ] = useState('');
  const query = useRegistrations(m.id, filter);
  const decide = useDecideRegistration(m.id);
  const cancel = useOfficerCancel(m.id);
  const download = useDownloadMeetingFile();
  const [done, setDone] = useState<string>();
  const items = query.data?.pages.flatMap((p) => p.items) ?? [];
  const n = (value: number) => formatNumber(value, i18n.language);
  const failed = decide.error ?? cancel.error ?? download.error;

  function apply(event: FormEvent) {
    event.preventDefault();
    setFilter({ status: (status || undefined) as RegistrationStatus | undefined, q: q.trim() || undefined });
  }

  async function act(r: Registration, action: 'approve' | 'reject' | 'cancel') {
    setDone(undefined);
    decide.reset();
    cancel.reset();
    try {
      if (action === 'cancel') await cancel.mutateAsync(r.id);
      else await decide.mutateAsync({ registrationId: r.id, decision: action });
      setDone(t(`officer.registrations.done.${action === 'approve' && r.status === 'waitlisted' ? 'movedUp' : action}`, { name: r.name }));
    } catch {
      // shown by ErrorNotice
    }
  }

  async function csv() {
    const blob = await download.mutateAsync({ meetingId: m.id, file: 'registrations.csv' }).catch(() => undefined);
    if (blob) downloadBlob(blob, `registrations-${m.id}.csv`);
  }

  return (
    <>
      <ul className="stat-line">
        <li>
          <strong>{n(m.counts.registered)}</strong> {t('officer.manage.registered')}
          {m.capacity ? ` ${t('officer.manage.ofCapacity', { count: m.capacity, capacity: n(m.capacity) })}` : ''}
        </li>
        <li>
          <strong>{n(m.counts.waitlisted)}</strong> {t('officer.manage.waitlisted')}
        </li>
        <li>
          <strong>{n(m.counts.pending)}</strong> {t('officer.manage.pending')}
        </li>
        <li>
          <strong>{n(m.counts.attended)}</strong> {t('officer.manage.attended')}
        </li>
      </ul>
      <ul className="inline-actions section-links">
        <li>
          <Link to={`/officer/meetings/${m.id}/check-in`}>{t('officer.manage.checkIn')}</Link>
        </li>
        <li>
          <Button variant="secondary" busy={download.isPending} onClick={() => void csv()}>
            {t('officer.registrations.csv')}
          </Button>
        </li>
      </ul>
      <form role="search" aria-labelledby="registrations-filter" className="filter" onSubmit={apply} noValidate>
        <h2 id="registrations-filter" className="filter__title">
          {t('officer.registrations.filterTitle')}
        </h2>
        <div className="filter__fields">
          <TextField id="registrations-q" label={t('officer.registrations.search')} hint={t('officer.registrations.searchHint')} type="search" width="full" value={q} onChange={(e) => setQ(e.target.value)} />
          <SelectField id="registrations-status" label={t('officer.registrations.status')} width="full" value={status} onChange={(e) => setStatus(e.target.value)}>
            <option value="">{t('officer.registrations.allStatuses')}</option>
            {REGISTRATION_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`registrationStatuses.${s}`)}
              </option>
            ))}
          </SelectField>
        </div>
        <Button type="submit" variant="secondary">
          {t('list.apply')}
        </Button>
      </form>
      <LiveStatus message={done} />
      <ErrorNotice error={failed} />
      {query.isPending && <Loading />}
      {query.isError && <LoadError error={query.error} onRetry={() => void query.refetch()} />}
      {query.isSuccess && items.length === 0 && <p>{t('officer.registrations.empty')}</p>}
      {items.length > 0 && (
        <TableRegion caption={t('officer.registrations.caption')} captionHidden>
          <thead>
            <tr>
              <th scope="col">{t('officer.registrations.code')}</th>
              <th scope="col">{t('officer.registrations.name')}</th>
              <th scope="col">{t('officer.registrations.from')}</th>
              <th scope="col">{t('report.category')}</th>
              <th scope="col">{t('officer.registrations.status')}</th>
              <th scope="col">{t('officer.registrations.attended')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('officer.registrations.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody aria-busy={query.isPlaceholderData || undefined}>
            {items.map((r) => (
              <tr key={r.id}>
                <td>
                  <span className="code">{formatCode(r.code)}</span>
                </td>
                <th scope="row">
                  {r.name}
                  {r.email && <div className="muted">{r.email}</div>}
                  {r.organizationName && <div className="muted">{r.organizationName}</div>}
                  {r.walkIn && <div className="muted">{t('officer.registrations.walkIn')}</div>}
                </th>
                <td>
                  {r.homeSettlement}
                  <div className="muted">{countryName(r.country, i18n.language)}</div>
                </td>
                <td>{t(`categories.${r.category as 'citizen'}`)}</td>
                <td>
                  <RegistrationStatusTag status={r.status} />
                </td>
                <td>{r.checkedInDays.length ? r.checkedInDays.map((d) => formatDay(d, i18n.language)).join(', ') : '—'}</td>
                <td>
                  <div className="registration-actions">
                    {r.status === 'pending' && (
                      <Button variant="secondary" busy={decide.isPending} onClick={() => void act(r, 'approve')}>
                        {t('officer.registrations.approve')}
                        <span className="visually-hidden"> — {r.name}</span>
                      </Button>
                    )}
                    {r.status === 'waitlisted' && (
                      <Button variant="secondary" busy={decide.isPending} onClick={() => void act(r, 'approve')}>
                        {t('officer.registrations.moveUp')}
                        <span className="visually-hidden"> — {r.name}</span>
                      </Button>
                    )}
                    {(r.status === 'pending' || r.status === 'waitlisted') && (
                      <ConfirmButton label={t('officer.registrations.reject')} labelContext={r.name} question={t('officer.registrations.rejectQuestion', { name: r.name })} busy={decide.isPending} onConfirm={() => void act(r, 'reject')} />
                    )}
                    {(r.status === 'registered' || r.status === 'waitlisted' || r.status === 'pending') && !r.attended && (
                      <ConfirmButton label={t('officer.registrations.cancel')} labelContext={r.name} question={t('officer.registrations.cancelQuestion', { name: r.name })} busy={cancel.isPending} onConfirm={() => void act(r, 'cancel')} />
                    )}
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </TableRegion>
      )}
      <LoadMore hasMore={query.hasNextPage} loading={query.isFetchingNextPage} onLoad={() => void query.fetchNextPage()} />
    </>
  );
}
