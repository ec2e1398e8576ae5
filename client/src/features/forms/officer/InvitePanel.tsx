import { useState, type FormEvent } from 'react';
import { useTranslation } from '../../../i18n/react';
import { useInvite, useMeetingRegistrations, useSendReminders, useSubjectChoices, type Form, type InvitationBody } from '../../../api/forms';
import { Button } from '../../../components/Button';
import { ErrorSummary, type SummaryItem } from '../../../components/ErrorSummary';
import { RadioGroup, SelectField, TextareaField } from '../../../components/fields';
import { isApiError } from '../../../api/errors';
import { ErrorNotice, LiveStatus, LoadError, Loading } from '../../../components/Status';
import { useErrorMessage } from '../../../components/useErrorMessage';
import { formatDate, formatDateTime, formatNumber } from '../../../lib/format';
import { looksLikeEmail } from '../../../lib/validation';
import { useLocalize } from '../ui/useLocalize';

type Mode = 'meeting' | 'registrations' | 'emails';

/** The server's limit on reminders: one round a day, three in all. */
export const MAX_REMINDERS = 3;

const IDS = { mode: 'invite-mode', meeting: 'invite-meeting', registrations: 'invite-registrations', emails: 'invite-emails' } as const;

/** The addresses in pasted text: split at commas, semicolons, spaces and new lines; repeats dropped. */
export function parseEmails(text: string): string[] {
  return [...new Set(text.split(/[\s,;]+/).map((e) => e.trim().replace(/^<|>$/g, '')).filter(Boolean))];
}

/**
 * Invitations with single-use links: everyone who attended a meeting, chosen registrations, or
 * a pasted list of addresses; and reminders to every invitation not used yet.
 */
export function InvitePanel({ form }: { form: Form }) {
  const { t, i18n } = useTranslation(['forms', 'common']);
  const localize = useLocalize();
  const describe = useErrorMessage();
  const invite = useInvite(form.id);
  const remind = useSendReminders(form.id);
  const [mode, setMode] = useState<Mode | ''>(form.subject?.type === 'meeting' ? 'meeting' : '');
  const [meetingId, setMeetingId] = useState(form.subject?.type === 'meeting' ? form.subject.id : '');
  const [chosen, setChosen] = useState<string[]>([]);
  const [emails, setEmails] = useState('');
  const [errors, setErrors] = useState<Partial<Record<keyof typeof IDS, string>>>({});
  const [general, setGeneral] = useState<string[]>([]);
  const [focusKey, setFocusKey] = useState(0);
  const [result, setResult] = useState('');
  // when the next round may go, from the 429's retryAfterSeconds (the same as its Retry-After)
  const [nextReminderAt, setNextReminderAt] = useState('');
  const meetings = useSubjectChoices(mode === 'meeting' || mode === 'registrations' ? 'meeting' : '', form.municipalityId);
  const registrations = useMeetingRegistrations(mode === 'registrations' ? meetingId : '');
  const n = (value: number) => formatNumber(value, i18n.language);
  const withEmail = (registrations.data?.items ?? []).filter((r) => r.email && r.status !== 'cancelled' && r.status !== 'rejected');

  function fail(found: typeof errors, other: string[] = []) {
    setErrors(found);
    setGeneral(other);
    setFocusKey((k) => k + 1);
  }

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (invite.isPending) return;
    setResult('');
    let body: InvitationBody;
    if (!mode) return fail({ mode: t('invite.errors.mode') });
    if (mode === 'meeting' || mode === 'registrations') {
      if (!meetingId) return fail({ meeting: t('invite.errors.meeting') });
    }
    if (mode === 'meeting') body = { meetingId };
    else if (mode === 'registrations') {
      if (chosen.length === 0) return fail({ registrations: t('invite.errors.registrations') });
      body = { registrationIds: chosen };
    } else {
      const list = parseEmails(emails);
      const bad = list.filter((e) => !looksLikeEmail(e));
      if (list.length === 0) return fail({ emails: t('invite.errors.emailsEmpty') });
      if (bad.length) return fail({ emails: t('invite.errors.emailsBad', { count: bad.length, list: bad.join(', ') }) });
      body = { emails: list };
    }
    setErrors({});
    setGeneral([]);
    try {
      const { sent, skipped = 0 } = await invite.mutateAsync(body);
      setResult([t('invite.sent', { count: sent, number: n(sent) }), skipped > 0 ? t('invite.skipped', { count: skipped, number: n(skipped) }) : ''].filter(Boolean).join(' '));
      if (mode === 'emails') setEmails('');
      if (mode === 'registrations') setChosen([]);
    } catch (error) {
      fail({}, [describe(error)]);
    }
  }

  async function onRemind() {
    if (remind.isPending) return;
    setResult('');
    setNextReminderAt('');
    try {
      const { sent } = await remind.mutateAsync();
      setResult(t('invite.remindersSent', { count: sent, number: n(sent) }));
    } catch (error) {
      // shown below: the limit and the time of the next round, or the server's own words
      const wait = isApiError(error) && error.code === 'rate_limited' ? Number(error.details.retryAfterSeconds) : 0;
      if (wait > 0) setNextReminderAt(new Date(Math.ceil((Date.now() + wait * 1000) / 60_000) * 60_000).toISOString());
    }
  }

  const summary: SummaryItem[] = [
    ...general.map((message) => ({ message })),
    ...(Object.keys(IDS) as (keyof typeof IDS)[]).filter((k) => errors[k]).map((k) => ({ message: errors[k]!, fieldId: k === 'registrations' ? `${IDS.registrations}-${withEmail[0]?.id ?? ''}` : IDS[k] })),
  ];

  return (
    <section className="section" aria-labelledby="invite-title">
      <h2 id="invite-title">{t('invite.title')}</h2>
      <p>{form.anonymous ? t('invite.leadAnonymous') : t('invite.lead')}</p>
      <ErrorSummary items={summary} focusKey={focusKey} />
      <LiveStatus message={result || undefined} />
      <form onSubmit={onSubmit} noValidate className="invite">
        <RadioGroup<Mode>
          id={IDS.mode}
          name="invite-mode"
          legend={t('invite.mode')}
          value={mode}
          onChange={(m) => {
            setMode(m);
            setErrors({});
          }}
          error={errors.mode}
          options={[
            { value: 'meeting', label: t('invite.modes.meeting'), hint: t('invite.modeHints.meeting') },
            { value: 'registrations', label: t('invite.modes.registrations'), hint: t('invite.modeHints.registrations') },
            { value: 'emails', label: t('invite.modes.emails'), hint: t('invite.modeHints.emails') },
          ]}
        />
        {(mode === 'meeting' || mode === 'registrations') && (
          <SelectField
            id={IDS.meeting}
            label={t('invite.meeting')}
            width="full"
            value={meetingId}
            onChange={(e) => {
              setMeetingId(e.target.value);
              setChosen([]);
            }}
            error={errors.meeting ?? (meetings.isError ? describe(meetings.error) : undefined)}
          >
            <option value="">{meetings.isPending ? t('common:status.loading') : t('invite.chooseMeeting')}</option>
            {(meetings.data ?? []).map((m) => {
              const title = localize(m.title);
              return (
                <option key={m.id} value={m.id} lang={title.lang}>
                  {title.text}
                  {m.when ? ` (${formatDate(m.when, i18n.language)})` : ''}
                </option>
              );
            })}
          </SelectField>
        )}
        {mode === 'registrations' && meetingId && (
          <div className={errors.registrations ? 'field field--error' : 'field'}>
            <fieldset className="fieldset" aria-describedby={errors.registrations ? `${IDS.registrations}-error` : undefined}>
              <legend className="field__label">{t('invite.registrations')}</legend>
              {errors.registrations && (
                <p id={`${IDS.registrations}-error`} className="field__error">
                  <span className="visually-hidden">{t('common:form.errorPrefix')} </span>
                  {errors.registrations}
                </p>
              )}
              {registrations.isPending && <Loading />}
              {registrations.isError && <LoadError error={registrations.error} onRetry={() => void registrations.refetch()} />}
              {registrations.data && withEmail.length === 0 && <p className="muted">{t('invite.noRegistrations')}</p>}
              {withEmail.length > 0 && (
                <>
                  <p>
                    <button type="button" className="link-button" onClick={() => setChosen(chosen.length === withEmail.length ? [] : withEmail.map((r) => r.id))}>
                      {chosen.length === withEmail.length ? t('invite.chooseNone') : t('invite.chooseAll', { number: n(withEmail.length) })}
                    </button>
                  </p>
                  <div className="radios invite__registrations">
                    {withEmail.map((r) => (
                      <div className="radio checkbox" key={r.id}>
                        <input
                          type="checkbox"
                          id={`${IDS.registrations}-${r.id}`}
                          checked={chosen.includes(r.id)}
                          onChange={(e) => setChosen((c) => (e.target.checked ? [...c, r.id] : c.filter((x) => x !== r.id)))}
                        />
                        <label htmlFor={`${IDS.registrations}-${r.id}`}>
                          {r.name} <span className="muted">({r.email}{r.attended ? `, ${t('invite.attended')}` : ''})</span>
                        </label>
                      </div>
                    ))}
                  </div>
                  <p className="muted" aria-live="polite">
                    {t('invite.chosen', { count: chosen.length, number: n(chosen.length) })}
                  </p>
                </>
              )}
            </fieldset>
          </div>
        )}
        {mode === 'emails' && (
          <TextareaField
            id={IDS.emails}
            label={t('invite.emails')}
            hint={t('invite.emailsHint')}
            rows={5}
            spellCheck={false}
            value={emails}
            onChange={(e) => setEmails(e.target.value)}
            error={errors.emails}
          />
        )}
        <Button type="submit" busy={invite.isPending} busyLabel={t('common:status.sending')}>
          {t('invite.send')}
        </Button>
      </form>
      <h3>{t('invite.remindersTitle')}</h3>
      <p>{form.anonymous ? t('invite.remindersAnonymous') : t('invite.remindersLead')}</p>
      {remind.error && nextReminderAt ? (
        <div role="alert" className="notice notice--error">
          <p>{t('invite.reminderTooSoon', { max: MAX_REMINDERS, when: formatDateTime(nextReminderAt, i18n.language) })}</p>
        </div>
      ) : (
        <ErrorNotice error={remind.error} />
      )}
      <Button variant="secondary" busy={remind.isPending} busyLabel={t('common:status.sending')} onClick={() => void onRemind()}>
        {t('invite.remind')}
      </Button>
    </section>
  );
}
