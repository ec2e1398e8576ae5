import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from '../../i18n/react';
import { ApiError, isApiError } from '../../api/errors';
import { useSession } from '../../api/me';
import { meetingFiles, useMeeting, useRegister, type Meeting, type RegistrationCreated } from '../../api/meetings';
import { useMunicipality } from '../../api/municipalities';
import { Breadcrumbs } from '../../components/Breadcrumbs';
import { Button } from '../../components/Button';
import { ErrorSummary } from '../../components/ErrorSummary';
import { FocusHeading } from '../../components/FocusHeading';
import { NotFound } from '../../components/Pages';
import { LoadError, Loading, Notice } from '../../components/Status';
import { useFormErrors } from '../../components/useFormErrors';
import { usePageTitle } from '../../components/usePageTitle';
import { formatDateTime, formatNumber } from '../../lib/format';
import { newIdempotencyKey } from '../../lib/idempotency';
import { checkPerson, emptyPerson, PERSON_API_FIELDS, PersonFields, personBody, personFieldIds, type PersonValues } from './ui/PersonFields';
import { RegistrationQr } from './ui/RegistrationQr';
import { useLocalize } from '../../lib/useLocalize';
import { formatCode, useWhen } from './ui/when';
import './ui/meetings.css';

const FIELD_IDS = personFieldIds('registration');

/** `/meetings/:id/register` — the registration form, then its result: a code, the waiting list, or approval. */
export function RegisterPage() {
  const { t } = useTranslation(['meetings', 'common']);
  const { id = '' } = useParams();
  const query = useMeeting(id);
  const localize = useLocalize();
  const [result, setResult] = useState<{ created: RegistrationCreated; email: string | null }>();
  const missing = isApiError(query.error) && (query.error.status === 404 || query.error.status === 400);
  const meetingTitle = query.data ? localize(query.data.title) : undefined;
  const heading = result ? t(`registered.${result.created.status as 'registered'}.title`) : t('register.title');
  usePageTitle(missing ? t('common:notFound.title') : meetingTitle ? `${heading}: ${meetingTitle.text}` : heading);
  if (missing) return <NotFound />;

  return (
    <>
      <Breadcrumbs items={[{ to: '/meetings', label: t('list.title') }, ...(query.data && meetingTitle ? [{ to: `/meetings/${id}`, label: meetingTitle.text }] : [])]} />
      {query.isPending && (
        <>
          <h1>{t('register.title')}</h1>
          <Loading />
        </>
      )}
      {query.isError && (
        <>
          <h1>{t('register.title')}</h1>
          <LoadError error={query.error} onRetry={() => void query.refetch()} />
        </>
      )}
      {query.data && (result ? <Confirmation meeting={query.data} created={result.created} email={result.email} /> : <RegisterForm meeting={query.data} onDone={(created, email) => setResult({ created, email })} />)}
    </>
  );
}

function MeetingLine({ meeting: m }: { meeting: Meeting }) {
  const localize = useLocalize();
  const when = useWhen();
  const municipality = useMunicipality(m.municipalitySlug).data;
  const fallback = municipality?.defaultLocale ?? 'bg';
  const title = localize(m.title, fallback);
  const where = localize(m.location, fallback);
  return (
    <div className="meeting-line">
      <p className="meeting-line__title" lang={title.lang}>
        {title.text}
      </p>
      <p className="muted">
        {when(m, municipality?.timeZone)}
        {where.text && (
          <>
            {' · '}
            <span lang={where.lang}>{where.text}</span>
          </>
        )}
      </p>
    </div>
  );
}

function RegisterForm({ meeting: m, onDone }: { meeting: Meeting; onDone: (created: RegistrationCreated, email: string | null) => void }) {
  const { me, status, ready } = useSession();
  if (!ready) return <Loading />;
  // a fresh form once it is known who is registering, filled in from the profile
  return <Form key={me?.id ?? 'guest'} meeting={m} signedIn={status === 'signed-in'} onDone={onDone} />;
}

function Form({ meeting: m, signedIn, onDone }: { meeting: Meeting; signedIn: boolean; onDone: (created: RegistrationCreated, email: string | null) => void }) {
  const { t, i18n } = useTranslation(['meetings', 'common']);
  const { me } = useSession();
  const municipality = useMunicipality(m.municipalitySlug).data;
  const register = useRegister(m.id);
  const [values, setValues] = useState<PersonValues>(() => ({ ...emptyPerson(me?.country ?? municipality?.country ?? 'BG'), name: me?.displayName ?? '', homeSettlement: me?.homeSettlement ?? '' }));
  const [key, setKey] = useState(newIdempotencyKey);
  const [problem, setProblem] = useState<ApiError>();
  const form = useFormErrors(FIELD_IDS);
  const r = m.registration;
  const at = (iso: string) => formatDateTime(iso, i18n.language, municipality?.timeZone);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (register.isPending) return;
    setProblem(undefined);
    const problems = checkPerson(values, { name: true, email: !signedIn });
    if (form.showClientErrors(Object.fromEntries(Object.entries(problems).map(([f, p]) => [f, t(`errors.${p}`)])))) return;
    try {
      const created = await register.mutateAsync({ body: personBody(values, { withName: true, withEmail: !signedIn }), idempotencyKey: key });
      onDone(created, signedIn ? (me?.email ?? null) : values.email.trim());
    } catch (error) {
      if (isApiError(error, 'registration_closed') || isApiError(error, 'already_registered')) setProblem(error);
      // a refused registration is final for this key: a corrected form is a new request
      if (error instanceof ApiError && error.status >= 400 && error.status < 500) setKey(newIdempotencyKey());
      form.showApiError(error, { fields: PERSON_API_FIELDS });
    }
  }

  if (!r.isOpen) {
    const reason = r.closedReason ?? 'closed';
    return (
      <>
        <h1>{t('register.title')}</h1>
        <MeetingLine meeting={m} />
        <Notice tone="info" title={t(`closed.${reason}.title`)}>
          <p>{t(`closed.${reason}.body`, { date: r.opensAt ? at(r.opensAt) : r.closesAt ? at(r.closesAt) : '' })}</p>
        </Notice>
        <p>
          <Link to={`/meetings/${m.id}`}>{t('register.back')}</Link>
        </p>
      </>
    );
  }

  const closedReason = problem?.code === 'registration_closed' ? String(problem.details.reason ?? 'closed') : undefined;
  return (
    <div className="page-narrow">
      <h1>{t('register.title')}</h1>
      <MeetingLine meeting={m} />
      <ErrorSummary items={form.summary} focusKey={form.focusKey} />
      {closedReason && (
        <Notice tone="warning" title={t(`closed.${closedReason as 'closed'}.title`)}>
          <p>{t('register.closedMeanwhile')}</p>
        </Notice>
      )}
      {problem?.code === 'already_registered' && (
        <Notice tone="info" title={t('register.alreadyTitle')}>
          <p>{signedIn ? t('register.alreadySignedIn') : t('register.alreadyGuest')}</p>
          {signedIn && (
            <p>
              <Link to="/me/registrations">{t('list.mine')}</Link>
            </p>
          )}
        </Notice>
      )}
      {m.seatsLeft === 0 && (
        <Notice tone="warning" title={t('register.fullTitle')}>
          <p>{t('register.fullBody')}</p>
        </Notice>
      )}
      {r.requireApproval && <p>{t('meeting.approvalNeeded')}</p>}
      {signedIn && me ? (
        <p>{t('register.asUser', { email: me.email })}</p>
      ) : (
        <p>
          {t('register.guestIntro')}{' '}
          <Link to={`/login?next=${encodeURIComponent(`/meetings/${m.id}/register`)}`}>{t('register.signIn')}</Link>
        </p>
      )}
      <form onSubmit={submit} noValidate>
        <PersonFields prefix="registration" values={values} onChange={setValues} errors={form.fieldErrors} askName askEmail={!signedIn} />
        <p className="muted">{t('register.privacy')}</p>
        <Button type="submit" busy={register.isPending} busyLabel={t('common:status.sending')}>
          {m.seatsLeft === 0 ? t('meeting.joinWaitingList') : t('register.submit')}
        </Button>
      </form>
    </div>
  );
}

/** What happened, in words and with the code large enough to show at the door. */
function Confirmation({ meeting: m, created, email }: { meeting: Meeting; created: RegistrationCreated; email: string | null }) {
  const { t, i18n } = useTranslation('meetings');
  const { status } = useSession();
  const state = (['registered', 'waitlisted', 'pending'] as const).find((s) => s === created.status) ?? 'registered';
  return (
    <div className="page-narrow">
      <div className={state === 'registered' ? 'panel panel--confirmation' : 'panel panel--waiting'}>
        <FocusHeading>{t(`registered.${state}.title`)}</FocusHeading>
        {state === 'waitlisted' && created.waitlistPosition && <p className="panel__body">{t('registered.waitlisted.position', { position: formatNumber(created.waitlistPosition, i18n.language) })}</p>}
        <p className="panel__body">{t('registered.codeLabel')}</p>
        <p className="registration-code">{formatCode(created.code)}</p>
        {state === 'registered' && <RegistrationQr code={created.code} />}
      </div>
      <MeetingLine meeting={m} />
      <h2>{t('registered.nextTitle')}</h2>
      <ul>
        {email && <li>{t('registered.emailSent', { email })}</li>}
        <li>{t(`registered.${state}.next`)}</li>
        <li>{t('registered.showCode')}</li>
        <li>{status === 'signed-in' ? t('registered.cancelSignedIn') : t('registered.cancelGuest')}</li>
      </ul>
      <ul className="inline-actions">
        <li>
          <Link to={`/meetings/${m.id}`}>{t('register.back')}</Link>
        </li>
        <li>
          <a href={meetingFiles.ics(m.id, i18n.language)} download>
            {t('meeting.ics')}
          </a>
        </li>
        {status === 'signed-in' && (
          <li>
            <Link to="/me/registrations">{t('list.mine')}</Link>
          </li>
        )}
      </ul>
    </div>
  );
}
