import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useTranslation } from '../../../i18n/react';
import { ApiError, isApiError } from '../../../api/errors';
import { useCheckIn, useWalkIn, type CheckInResult, type Meeting } from '../../../api/meetings';
import type { Municipality } from '../../../api/types';
import { Button } from '../../../components/Button';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { SelectField } from '../../../components/fields';
import { useErrorMessage } from '../../../components/useErrorMessage';
import { useFormErrors } from '../../../components/useFormErrors';
import { formatDay, formatNumber, todayIn } from '../../../lib/format';
import { newIdempotencyKey } from '../../../lib/idempotency';
import { wallClock } from '../../../lib/zoned';
import { checkPerson, emptyPerson, PERSON_API_FIELDS, PersonFields, personBody, personFieldIds, type PersonValues } from '../ui/PersonFields';
import { formatCode } from '../ui/when';
import { MeetingFrame } from './MeetingFrame';

/** `/officer/meetings/:id/check-in` — at the door, on a phone: a code typed or scanned, then the next. */
export function CheckInPage() {
  const { t } = useTranslation('meetings');
  return <MeetingFrame title={t('officer.checkIn.title')}>{({ meeting, municipality }) => <CheckIn meeting={meeting} municipality={municipality} />}</MeetingFrame>;
}

type Outcome =
  | { kind: 'ok'; result: CheckInResult }
  | { kind: 'walkIn'; name: string; code: string }
  | { kind: 'twice'; code: string; name?: string; at?: string }
  | { kind: 'unknown'; code: string }
  | { kind: 'notConfirmed'; code: string; name?: string; status?: string }
  | { kind: 'notDay' }
  | { kind: 'empty' }
  | { kind: 'error'; message: string };

const WALK_IN_IDS = personFieldIds('walk-in');

function CheckIn({ meeting: m, municipality }: { meeting: Meeting; municipality: Municipality }) {
  const { t, i18n } = useTranslation(['meetings', 'common']);
  const describe = useErrorMessage();
  const [today] = useState(() => todayIn(municipality.timeZone));
  const isMeetingDay = m.days.includes(today);
  const [day, setDay] = useState(isMeetingDay ? today : (m.days.find((d) => d > today) ?? m.days.at(-1) ?? today));
  const [code, setCode] = useState('');
  const [outcome, setOutcome] = useState<Outcome>();
  const [count, setCount] = useState(0);
  const [log, setLog] = useState<Array<{ name: string; code: string; day: string }>>([]);
  const input = useRef<HTMLInputElement>(null);
  const checkIn = useCheckIn(m.id);
  const n = (value: number) => formatNumber(value, i18n.language);
  const dayName = (d: string) => formatDay(d, i18n.language, { weekday: true });

  useEffect(() => {
    input.current?.focus();
  }, []);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (checkIn.isPending) return;
    const value = code.trim();
    if (!value) {
      setOutcome({ kind: 'empty' });
      input.current?.focus();
      return;
    }
    try {
      const result = await checkIn.mutateAsync({ code: value, day });
      setOutcome({ kind: 'ok', result });
      setLog((old) => [{ name: result.name, code: result.code, day: result.day }, ...old].slice(0, 20));
    } catch (error) {
      const details = error instanceof ApiError ? error.details : {};
      const name = typeof details.name === 'string' ? details.name : undefined;
      if (isApiError(error, 'already_checked_in')) setOutcome({ kind: 'twice', code: value, name, at: typeof details.at === 'string' ? details.at : undefined });
      else if (isApiError(error) && error.status === 404) setOutcome({ kind: 'unknown', code: value });
      else if (isApiError(error, 'registration_not_confirmed')) setOutcome({ kind: 'notConfirmed', code: value, name, status: typeof details.status === 'string' ? details.status : undefined });
      else if (isApiError(error, 'not_a_meeting_day')) setOutcome({ kind: 'notDay' });
      else setOutcome({ kind: 'error', message: describe(error) });
    }
    setCount((c) => c + 1);
    setCode('');
    input.current?.focus();
  }

  return (
    <>
      {!isMeetingDay && (
        <div className="notice notice--warning">
          <p>{t('officer.checkIn.notToday', { today: dayName(today) })}</p>
        </div>
      )}
      <form className="checkin-form" onSubmit={submit} noValidate>
        {(m.days.length > 1 || !isMeetingDay) && (
          <SelectField id="checkin-day" label={t('officer.checkIn.day')} value={day} onChange={(e) => setDay(e.target.value)}>
            {m.days.map((d) => (
              <option key={d} value={d}>
                {dayName(d)}
                {d === today ? ` — ${t('officer.checkIn.today')}` : ''}
              </option>
            ))}
          </SelectField>
        )}
        <div className="field">
          <label className="field__label" htmlFor="checkin-code">
            {t('officer.checkIn.code')}
          </label>
          <p id="checkin-code-hint" className="field__hint">
            {t('officer.checkIn.codeHint')}
          </p>
          <input
            ref={input}
            id="checkin-code"
            className="checkin-input"
            aria-describedby="checkin-code-hint"
            autoComplete="off"
            autoCorrect="off"
            autoCapitalize="characters"
            spellCheck={false}
            enterKeyHint="go"
            maxLength={40}
            value={code}
            onChange={(e) => setCode(e.target.value)}
          />
          <Button type="submit" busy={checkIn.isPending} busyLabel={t('common:status.sending')}>
            {t('officer.checkIn.submit')}
          </Button>
        </div>
      </form>

      <div aria-live="assertive" aria-atomic="true">
        {outcome && <OutcomeCard key={count} outcome={outcome} timeZone={municipality.timeZone} meetingId={m.id} />}
      </div>

      <p className="muted">
        {t('officer.checkIn.counts', { attended: n(m.counts.attended), registered: n(m.counts.registered), session: n(log.length) })}
      </p>

      {log.length > 0 && (
        <section aria-labelledby="checkin-log" className="section">
          <h2 id="checkin-log">{t('officer.checkIn.log')}</h2>
          <ul className="checkin-log">
            {log.map((entry, index) => (
              <li key={`${entry.code}-${entry.day}-${index}`}>
                <span>{entry.name}</span>
                <span className="code muted">{formatCode(entry.code)}</span>
              </li>
            ))}
          </ul>
        </section>
      )}

      <WalkIn meeting={m} municipality={municipality} day={day} onDone={(name, walkInCode) => {
        setOutcome({ kind: 'walkIn', name, code: walkInCode });
        setCount((c) => c + 1);
        setLog((old) => [{ name, code: walkInCode, day }, ...old].slice(0, 20));
      }} />
    </>
  );
}

function OutcomeCard({ outcome: o, timeZone, meetingId }: { outcome: Outcome; timeZone: string; meetingId: string }) {
  const { t, i18n } = useTranslation('meetings');
  switch (o.kind) {
    case 'ok':
      return (
        <div className="checkin-result checkin-result--ok">
          <p className="checkin-result__title">{t('officer.checkIn.ok')}</p>
          <p className="checkin-result__name">{o.result.name}</p>
          {o.result.organizationName && <p>{o.result.organizationName}</p>}
          <p>
            {t(`categories.${o.result.category as 'citizen'}`)} · <span className="code">{formatCode(o.result.code)}</span>
          </p>
          {o.result.checkedInDays.length > 1 && <p>{t('officer.checkIn.days', { days: o.result.checkedInDays.map((d) => formatDay(d, i18n.language)).join(', ') })}</p>}
        </div>
      );
    case 'walkIn':
      return (
        <div className="checkin-result checkin-result--ok">
          <p className="checkin-result__title">{t('officer.checkIn.walkInOk')}</p>
          <p className="checkin-result__name">{o.name}</p>
          <p>
            {t('officer.checkIn.walkInCode')} <span className="code">{formatCode(o.code)}</span>
          </p>
        </div>
      );
    case 'twice':
      return (
        <div className="checkin-result checkin-result--warn">
          <p className="checkin-result__title">{t('officer.checkIn.twiceTitle')}</p>
          {o.name && <p className="checkin-result__name">{o.name}</p>}
          <p>{o.at ? t('officer.checkIn.twiceAt', { code: formatCode(o.code.toUpperCase()), time: wallClock(o.at, timeZone).time }) : t('officer.checkIn.twice', { code: o.code })}</p>
          <p>{t('officer.checkIn.twiceHint')}</p>
        </div>
      );
    case 'unknown':
      return (
        <div className="checkin-result checkin-result--error">
          <p className="checkin-result__title">{t('officer.checkIn.unknownTitle')}</p>
          <p>{t('officer.checkIn.unknown', { code: o.code })}</p>
          <p>
            <a href="#walk-in-title">{t('officer.checkIn.unknownWalkIn')}</a>
          </p>
        </div>
      );
    case 'notConfirmed':
      return (
        <div className="checkin-result checkin-result--warn">
          <p className="checkin-result__title">{t('officer.checkIn.notConfirmedTitle')}</p>
          {o.name && <p className="checkin-result__name">{o.name}</p>}
          <p>{t('officer.checkIn.notConfirmed', { status: o.status ? t(`registrationStatuses.${o.status as 'pending'}`) : '' })}</p>
          <p>
            <Link to={`/officer/meetings/${meetingId}/registrations`}>{t('officer.registrations.title')}</Link>
          </p>
        </div>
      );
    case 'notDay':
      return (
        <div className="checkin-result checkin-result--error">
          <p className="checkin-result__title">{t('officer.checkIn.notDay')}</p>
        </div>
      );
    case 'empty':
      return (
        <div className="checkin-result checkin-result--error">
          <p className="checkin-result__title">{t('errors.codeRequired')}</p>
        </div>
      );
    default:
      return (
        <div className="checkin-result checkin-result--error">
          <p className="checkin-result__title">{o.message}</p>
        </div>
      );
  }
}

function WalkIn({ meeting: m, municipality, day, onDone }: { meeting: Meeting; municipality: Municipality; day: string; onDone: (name: string, code: string) => void }) {
  const { t } = useTranslation(['meetings', 'common']);
  const walkIn = useWalkIn(m.id);
  const [values, setValues] = useState<PersonValues>(() => emptyPerson(municipality.country));
  const [key, setKey] = useState(newIdempotencyKey);
  const form = useFormErrors(WALK_IN_IDS);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (walkIn.isPending) return;
    const problems = checkPerson(values, { name: true, email: true, emailOptional: true });
    if (form.showClientErrors(Object.fromEntries(Object.entries(problems).map(([f, p]) => [f, t(`errors.${p}`)])))) return;
    try {
      const created = await walkIn.mutateAsync({ body: { ...personBody(values, { withName: true, withEmail: true }), day }, idempotencyKey: key });
      onDone(values.name.trim(), created.code);
      setValues(emptyPerson(municipality.country));
      setKey(newIdempotencyKey());
      form.clear();
      document.getElementById('checkin-code')?.focus();
    } catch (error) {
      if (error instanceof ApiError && error.status >= 400 && error.status < 500) setKey(newIdempotencyKey());
      form.showApiError(error, { fields: PERSON_API_FIELDS });
    }
  }

  return (
    <section aria-labelledby="walk-in-title" className="section page-narrow">
      <h2 id="walk-in-title" tabIndex={-1}>
        {t('officer.checkIn.walkInTitle')}
      </h2>
      <p>{t('officer.checkIn.walkInLead')}</p>
      <ErrorSummary items={form.summary} focusKey={form.focusKey} />
      <form onSubmit={submit} noValidate>
        <PersonFields prefix="walk-in" values={values} onChange={setValues} errors={form.fieldErrors} askName askEmail emailOptional />
        <Button type="submit" busy={walkIn.isPending} busyLabel={t('common:status.sending')}>
          {t('officer.checkIn.walkInSubmit')}
        </Button>
      </form>
    </section>
  );
}
