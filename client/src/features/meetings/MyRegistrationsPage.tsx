import { useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from '../../i18n/react';
import { useCancelRegistration, useMyRegistrations, type MyRegistration } from '../../api/meetings';
import { ConfirmButton } from '../../components/ConfirmButton';
import { ErrorNotice, LiveStatus, LoadError, Loading } from '../../components/Status';
import { Tag } from '../../components/Tag';
import { usePageTitle } from '../../components/usePageTitle';
import { formatDay } from '../../lib/format';
import { RegistrationQrDisclosure } from './ui/RegistrationQr';
import { RegistrationStatusTag } from './ui/RegistrationStatusTag';
import { useLocalize } from '../../lib/useLocalize';
import { formatCode, useWhen } from './ui/when';
import './ui/meetings.css';

const ACTIVE = ['registered', 'waitlisted', 'pending'];

/** `/me/registrations` — the meetings I registered for: status, code, and cancelling. */
export function MyRegistrationsPage() {
  const { t } = useTranslation('meetings');
  usePageTitle(t('mine.title'));
  const query = useMyRegistrations();
  const cancel = useCancelRegistration();
  const [cancelled, setCancelled] = useState<string>();
  const localize = useLocalize();
  const items = query.data?.items ?? [];
  const [now] = useState(() => Date.now());
  const upcoming = items.filter((r) => Date.parse(r.endsAt) >= now);
  const past = items.filter((r) => Date.parse(r.endsAt) < now);

  async function onCancel(r: MyRegistration) {
    setCancelled(undefined);
    await cancel.mutateAsync(r.id).catch(() => undefined);
    setCancelled(localize(r.meetingTitle).text);
  }

  return (
    <>
      <h1>{t('mine.title')}</h1>
      <p className="lead">{t('mine.lead')}</p>
      <LiveStatus message={cancelled && !cancel.isError ? t('mine.cancelled', { title: cancelled }) : undefined} />
      <ErrorNotice error={cancel.error} />
      {query.isPending && <Loading />}
      {query.isError && <LoadError error={query.error} onRetry={() => void query.refetch()} />}
      {query.isSuccess && items.length === 0 && (
        <p>
          {t('mine.empty')} <Link to="/meetings">{t('mine.find')}</Link>
        </p>
      )}
      {upcoming.length > 0 && (
        <section aria-labelledby="mine-upcoming" className="section">
          <h2 id="mine-upcoming">{t('mine.upcoming')}</h2>
          <ul className="registration-list">
            {upcoming.map((r) => (
              <Item key={r.id} registration={r} onCancel={() => void onCancel(r)} busy={cancel.isPending && cancel.variables === r.id} />
            ))}
          </ul>
        </section>
      )}
      {past.length > 0 && (
        <section aria-labelledby="mine-past" className="section">
          <h2 id="mine-past">{t('mine.past')}</h2>
          <ul className="registration-list">
            {past.map((r) => (
              <Item key={r.id} registration={r} />
            ))}
          </ul>
        </section>
      )}
      <p className="section">
        <Link to="/meetings">{t('mine.find')}</Link>
      </p>
    </>
  );
}

function Item({ registration: r, onCancel, busy }: { registration: MyRegistration; onCancel?: () => void; busy?: boolean }) {
  const { t, i18n } = useTranslation('meetings');
  const localize = useLocalize();
  const when = useWhen();
  const title = localize(r.meetingTitle);
  const where = localize(r.location);
  // times are the meeting's own (its municipality's zone), whatever the browser's
  const timeZone = r.timeZone;
  const cancellable = onCancel && ACTIVE.includes(r.status) && r.checkedInDays.length === 0 && r.meetingStatus !== 'cancelled';
  // the QR code for the door: with a place, for a meeting still ahead (only those get onCancel)
  const showQr = onCancel && r.status === 'registered' && r.meetingStatus !== 'cancelled';
  return (
    <li className="registration-item">
      <h3 className="registration-item__title" lang={title.lang}>
        <Link to={`/meetings/${r.meetingId}`}>{title.text}</Link>
      </h3>
      <p className="muted">
        {when(r, timeZone)}
        {where.text && (
          <>
            {' · '}
            <span lang={where.lang}>{where.text}</span>
          </>
        )}
      </p>
      <p className="registration-item__status">
        {r.meetingStatus === 'cancelled' ? <Tag tone="warn">{t('meeting.cancelled')}</Tag> : <RegistrationStatusTag status={r.status} />}
        {ACTIVE.includes(r.status) && (
          <span>
            {t('mine.code')} <strong className="code">{formatCode(r.code)}</strong>
          </span>
        )}
      </p>
      {showQr && <RegistrationQrDisclosure code={r.code} context={title.text} />}
      {r.checkedInDays.length > 0 && <p>{t('mine.attended', { days: r.checkedInDays.map((d) => formatDay(d, i18n.language)).join(', ') })}</p>}
      {cancellable && <ConfirmButton label={t('mine.cancel')} labelContext={title.text} question={t('mine.cancelQuestion')} confirmLabel={t('mine.cancelConfirm')} onConfirm={() => onCancel?.()} busy={busy} />}
    </li>
  );
}
