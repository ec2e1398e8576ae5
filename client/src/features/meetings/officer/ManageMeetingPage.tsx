import { useState, type FormEvent } from 'react';
import { Link, useLocation } from 'react-router';
import { useTranslation } from '../../../i18n/react';
import { useUpdateMeeting, type Meeting } from '../../../api/meetings';
import type { Municipality } from '../../../api/types';
import { Button } from '../../../components/Button';
import { ConfirmButton } from '../../../components/ConfirmButton';
import { TextField } from '../../../components/fields';
import { ErrorNotice, LiveStatus } from '../../../components/Status';
import { Tag } from '../../../components/Tag';
import { formatDateTime, formatNumber } from '../../../lib/format';
import { MeetingFrame } from './MeetingFrame';

/** `/officer/meetings/:id` — one meeting at a glance: registration, capacity, and the next things to do. */
export function ManageMeetingPage() {
  return <MeetingFrame>{({ meeting, municipality }) => <Manage meeting={meeting} municipality={municipality} />}</MeetingFrame>;
}

type Flash = 'created' | 'saved' | 'opened' | 'closed' | 'capacity' | 'cancelledMeeting';

function Manage({ meeting: m, municipality }: { meeting: Meeting; municipality: Municipality }) {
  const { t, i18n } = useTranslation(['meetings', 'common']);
  const update = useUpdateMeeting(m.id);
  const arrived = (useLocation().state as { flash?: Flash } | null)?.flash;
  const [flash, setFlash] = useState<Flash | undefined>(arrived);
  const [capacity, setCapacity] = useState(m.capacity ? String(m.capacity) : '');
  const [capacityError, setCapacityError] = useState<string>();
  const n = (value: number) => formatNumber(value, i18n.language);
  const base = `/officer/meetings/${m.id}`;
  const r = m.registration;
  const cancelled = m.status === 'cancelled';

  async function change(body: Parameters<typeof update.mutateAsync>[0], done: Flash) {
    setFlash(undefined);
    await update.mutateAsync(body);
    setFlash(done);
  }

  async function saveCapacity(event: FormEvent) {
    event.preventDefault();
    if (update.isPending) return;
    const value = capacity.trim();
    if (value && !(/^\d+$/.test(value) && Number(value) >= 1)) {
      setCapacityError(t('officer.form.errors.capacity'));
      return;
    }
    setCapacityError(undefined);
    await change({ capacity: value ? Number(value) : null }, 'capacity').catch(() => undefined);
  }

  const tasks = [
    { to: `${base}/check-in`, label: t('officer.manage.checkIn'), hint: t('officer.manage.checkInHint'), primary: true },
    { to: `${base}/registrations`, label: t('officer.manage.registrations', { count: m.counts.registered + m.counts.waitlisted + m.counts.pending }), hint: t('officer.manage.registrationsHint') },
    { to: `${base}/minutes`, label: t('officer.manage.minutes'), hint: m.minutes ? t('officer.manage.minutesPublished', { version: m.minutes.version }) : t('officer.manage.minutesHint') },
    { to: `/meetings/${m.id}/participation`, label: t('meeting.reportLink'), hint: t('officer.manage.reportHint') },
    { to: `${base}/edit`, label: t('officer.manage.edit'), hint: t('officer.manage.editHint') },
    { to: `/meetings/${m.id}`, label: t('officer.manage.publicPage') },
  ];

  return (
    <>
      <LiveStatus message={flash ? t(`officer.manage.flash.${flash}`) : undefined} />
      <ErrorNotice error={update.error} />
      <ul className="stat-line">
        <li>
          <strong>{n(m.counts.registered)}</strong> {t('officer.manage.registered')}
          {m.capacity ? ` ${t('officer.manage.ofCapacity', { count: m.capacity, capacity: n(m.capacity) })}` : ''}
        </li>
        <li>
          <strong>{n(m.counts.waitlisted)}</strong> {t('officer.manage.waitlisted')}
        </li>
        {(m.counts.pending > 0 || r.requireApproval) && (
          <li>
            <strong>{n(m.counts.pending)}</strong> {t('officer.manage.pending')}
          </li>
        )}
        <li>
          <strong>{n(m.counts.attended)}</strong> {t('officer.manage.attended')}
        </li>
      </ul>
      <div className="columns">
        <section aria-labelledby="next-title">
          <h2 id="next-title">{t('officer.manage.nextTitle')}</h2>
          <ul className="task-list">
            {tasks.map((task) => (
              <li key={task.to} className="task-list__item">
                <Link to={task.to} className={task.primary && !cancelled ? 'button' : undefined}>
                  {task.label}
                </Link>
                {task.hint && <p className="muted">{task.hint}</p>}
              </li>
            ))}
          </ul>
        </section>
        <section aria-labelledby="registration-title" className="facts">
          <h2 id="registration-title" className="facts__title">
            {t('officer.manage.registrationTitle')}
          </h2>
          <p>
            {r.isOpen ? <Tag tone="ok">{t('card.registrationOpen')}</Tag> : <Tag tone="neutral">{t(`closed.${r.closedReason ?? 'closed'}.title`)}</Tag>}
          </p>
          {r.closesAt && <p>{t('meeting.closesAt', { date: formatDateTime(r.closesAt, i18n.language, municipality.timeZone) })}</p>}
          {r.requireApproval && <p>{t('officer.manage.approvalOn')}</p>}
          {!cancelled && (
            <p>
              <Button variant="secondary" busy={update.isPending} onClick={() => void change({ registration: { open: !r.open } }, r.open ? 'closed' : 'opened').catch(() => undefined)}>
                {r.open ? t('officer.manage.close') : t('officer.manage.open')}
              </Button>
            </p>
          )}
          {!cancelled && (
            <form onSubmit={saveCapacity} noValidate className="inline-form">
              <TextField id="manage-capacity" label={t('officer.form.capacity')} hint={t('officer.manage.capacityHint')} optional inputMode="numeric" width="short" value={capacity} onChange={(e) => setCapacity(e.target.value)} error={capacityError} />
              <Button type="submit" variant="secondary" busy={update.isPending}>
                {t('officer.manage.saveCapacity')}
              </Button>
            </form>
          )}
        </section>
      </div>
      {!cancelled && (
        <section aria-labelledby="cancel-title" className="section">
          <h2 id="cancel-title">{t('officer.manage.cancelTitle')}</h2>
          <p>{t('officer.manage.cancelHint')}</p>
          <ConfirmButton label={t('officer.manage.cancel')} question={t('officer.manage.cancelQuestion', { count: m.counts.registered + m.counts.waitlisted + m.counts.pending })} confirmLabel={t('officer.manage.cancelConfirm')} busy={update.isPending} onConfirm={() => void change({ status: 'cancelled' }, 'cancelledMeeting').catch(() => undefined)} />
        </section>
      )}
    </>
  );
}
