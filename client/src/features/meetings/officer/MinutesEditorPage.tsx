import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useTranslation } from '../../../i18n/react';
import { ApiError } from '../../../api/errors';
import { useMinutes, usePublishMinutes, useSaveMinutes, type Meeting, type Minutes, type SaveMinutesBody } from '../../../api/meetings';
import type { Municipality } from '../../../api/types';
import { Button } from '../../../components/Button';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { TextareaField, TextField } from '../../../components/fields';
import { LiveStatus, LoadError, Loading, Notice } from '../../../components/Status';
import { useFormErrors } from '../../../components/useFormErrors';
import { formatDate, formatDateTime } from '../../../lib/format';
import { cleanLocalized, LocalizedFields, localizedId, type LocalizedValue } from '../../../components/LocalizedFields';
import { MinutesView } from '../ui/MinutesView';
import { MeetingFrame } from './MeetingFrame';

/** `/officer/meetings/:id/minutes` — write the minutes and decisions, publish them as a version that never changes. */
export function MinutesEditorPage() {
  const { t } = useTranslation('meetings');
  return <MeetingFrame title={t('officer.minutes.title')}>{({ meeting, municipality }) => <Editor meeting={meeting} municipality={municipality} />}</MeetingFrame>;
}

function Editor({ meeting, municipality }: { meeting: Meeting; municipality: Municipality }) {
  const minutes = useMinutes(meeting.id);
  if (minutes.isPending) return <Loading />;
  if (minutes.isError) return <LoadError error={minutes.error} onRetry={() => void minutes.refetch()} />;
  return <MinutesForm meeting={meeting} municipality={municipality} minutes={minutes.data} />;
}

interface DecisionRow {
  key: string;
  text: LocalizedValue;
  responsible: string;
  due: string;
}

type Field = 'text' | 'attendees' | 'decisions' | 'note';

let decisionKeys = 0;

function MinutesForm({ meeting: m, municipality, minutes }: { meeting: Meeting; municipality: Municipality; minutes: Minutes }) {
  const { t, i18n } = useTranslation(['meetings', 'common']);
  const L = municipality.defaultLocale;
  const source = minutes.draft ?? minutes.published;
  const published = minutes.published;
  const [text, setText] = useState<LocalizedValue>(source?.text ?? {});
  const [attendees, setAttendees] = useState(source?.attendeesCount != null ? String(source.attendeesCount) : m.counts.attended ? String(m.counts.attended) : '');
  const [decisions, setDecisions] = useState<DecisionRow[]>(() => (source?.decisions ?? []).map((d) => ({ key: `decision-${++decisionKeys}`, text: d.text, responsible: d.responsible ?? '', due: d.due ?? '' })));
  const [note, setNote] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [flash, setFlash] = useState<string>();
  const save = useSaveMinutes(m.id);
  const publish = usePublishMinutes(m.id);
  const busy = save.isPending || publish.isPending;
  const ids: Record<Field, string> = { text: localizedId('minutes-text', L), attendees: 'minutes-attendees', decisions: 'decision-add', note: 'minutes-note' };
  const form = useFormErrors(ids);
  const [now] = useState(() => Date.now());
  const started = Date.parse(m.startsAt) <= now;

  function check(publishing: boolean): Partial<Record<Field, string>> {
    const e: Partial<Record<Field, string>> = {};
    if (publishing && !text[L as 'bg']?.trim()) e.text = t('officer.minutes.errors.text');
    if (attendees.trim() && !/^\d+$/.test(attendees.trim())) e.attendees = t('officer.minutes.errors.attendees');
    const bad = decisions.findIndex((d) => !d.text[L as 'bg']?.trim());
    if (bad >= 0) e.decisions = t('officer.minutes.errors.decision', { n: bad + 1 });
    if (publishing && published && !note.trim()) e.note = t('officer.minutes.errors.note');
    return e;
  }

  function body(): SaveMinutesBody {
    return {
      text: cleanLocalized(text),
      attendeesCount: attendees.trim() ? Number(attendees.trim()) : null,
      decisions: decisions.map((d) => ({ text: cleanLocalized(d.text), responsible: d.responsible.trim() || null, due: d.due || null })),
    };
  }

  function showError(error: unknown) {
    const fields: Record<string, Field> = {};
    if (error instanceof ApiError) for (const f of error.fields) fields[f.field] = f.field.startsWith('decisions') ? 'decisions' : f.field.startsWith('text') ? 'text' : f.field === 'attendeesCount' ? 'attendees' : 'text';
    form.showApiError(error, { fields, codes: { correction_note_required: 'note', minutes_empty: 'text' } });
  }

  async function onSave(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    setFlash(undefined);
    if (form.showClientErrors(check(false))) return;
    try {
      await save.mutateAsync(body());
      setFlash(t('officer.minutes.saved'));
    } catch (error) {
      showError(error);
    }
  }

  async function onPublish() {
    if (busy) return;
    setFlash(undefined);
    setConfirming(false);
    if (form.showClientErrors(check(true))) return;
    try {
      await save.mutateAsync(body());
      const result = await publish.mutateAsync(published ? note.trim() : undefined);
      setNote('');
      setFlash(t('officer.minutes.published', { version: result.published?.version ?? 1 }));
    } catch (error) {
      showError(error);
    }
  }

  return (
    <>
      <LiveStatus message={flash} takeFocus />
      {published && (
        <Notice tone="info" title={t('officer.minutes.publishedTitle', { version: published.version, date: formatDate(published.publishedAt, i18n.language) })}>
          <p>{t('officer.minutes.immutable')}</p>
          <ul className="inline-actions">
            <li>
              <Link to={`/meetings/${m.id}/minutes`}>{t('officer.minutes.seePublished')}</Link>
            </li>
            <li>
              <Link to={`/meetings/${m.id}/participation`}>{t('meeting.reportLink')}</Link>
            </li>
          </ul>
        </Notice>
      )}
      {published && (
        <details className="section">
          <summary>{t('officer.minutes.publishedText', { version: published.version })}</summary>
          <div className="inset">
            <MinutesView text={published.text} decisions={published.decisions} attendeesCount={published.attendeesCount} fallback={L} level={3} />
          </div>
        </details>
      )}
      <ErrorSummary items={form.summary} focusKey={form.focusKey} />
      <form onSubmit={onSave} noValidate className="page-narrow minutes-form">
        <h2>{published ? t('officer.minutes.correctionTitle') : t('officer.minutes.draftTitle')}</h2>
        {minutes.draft && <p className="muted">{t('officer.minutes.draftSaved', { date: formatDateTime(minutes.draft.updatedAt, i18n.language, municipality.timeZone) })}</p>}
        <LocalizedFields id="minutes-text" label={t('officer.minutes.text')} hint={t('officer.minutes.textHint')} value={text} onChange={setText} defaultLocale={L} error={form.fieldErrors.text} multiline rows={14} />
        <TextField id={ids.attendees} label={t('officer.minutes.attendees')} hint={t('officer.minutes.attendeesHint', { count: m.counts.attended })} optional inputMode="numeric" width="short" value={attendees} onChange={(e) => setAttendees(e.target.value)} error={form.fieldErrors.attendees} />

        <fieldset className="fieldset field">
          <legend className="field__label">{t('minutes.decisions')}</legend>
          <p className="field__hint">{t('officer.minutes.decisionsHint')}</p>
          {form.fieldErrors.decisions && (
            <p className="field__error">
              <span className="visually-hidden">{t('common:form.errorPrefix')} </span>
              {form.fieldErrors.decisions}
            </p>
          )}
          {decisions.map((d, index) => {
            const setRow = (patch: Partial<DecisionRow>) => setDecisions((old) => old.map((x) => (x.key === d.key ? { ...x, ...patch } : x)));
            return (
              <fieldset key={d.key} className="repeat-item fieldset">
                <legend className="repeat-item__legend">{t('officer.minutes.decisionN', { n: index + 1 })}</legend>
                <LocalizedFields id={`${d.key}-text`} label={t('minutes.decision')} value={d.text} onChange={(value) => setRow({ text: value })} defaultLocale={L} multiline rows={3} />
                <div className="field-row">
                  <TextField id={`${d.key}-responsible`} label={t('minutes.responsible')} optional width="full" value={d.responsible} onChange={(e) => setRow({ responsible: e.target.value })} maxLength={300} />
                  <TextField id={`${d.key}-due`} label={t('minutes.due')} optional type="date" width="short" value={d.due} onChange={(e) => setRow({ due: e.target.value })} />
                </div>
                <button type="button" className="button button--secondary button--small" onClick={() => setDecisions((old) => old.filter((x) => x.key !== d.key))}>
                  {t('officer.minutes.removeDecision')}
                  <span className="visually-hidden"> {index + 1}</span>
                </button>
              </fieldset>
            );
          })}
          <button
            type="button"
            id={ids.decisions}
            className="button button--secondary"
            onClick={() => {
              const key = `decision-${++decisionKeys}`;
              setDecisions((old) => [...old, { key, text: {}, responsible: '', due: '' }]);
              setTimeout(() => document.getElementById(localizedId(`${key}-text`, L))?.focus(), 0);
            }}
          >
            {t('officer.minutes.addDecision')}
          </button>
        </fieldset>

        {published && <TextareaField id={ids.note} label={t('officer.minutes.note')} hint={t('officer.minutes.noteHint')} rows={3} value={note} onChange={(e) => setNote(e.target.value)} error={form.fieldErrors.note} maxLength={2000} />}

        {!started && <p className="muted">{t('officer.minutes.notStarted', { date: formatDateTime(m.startsAt, i18n.language, municipality.timeZone) })}</p>}
        <div className="button-group">
          <Button type="submit" variant="secondary" busy={save.isPending && !publish.isPending} busyLabel={t('common:status.saving')}>
            {t('officer.minutes.save')}
          </Button>
          {!confirming && (
            <Button onClick={() => setConfirming(true)} busy={busy}>
              {published ? t('officer.minutes.publishCorrection') : t('officer.minutes.publish')}
            </Button>
          )}
        </div>
        {confirming && (
          <div className="notice notice--warning" role="group" aria-labelledby="publish-question">
            <p id="publish-question" className="notice__title">
              {t('officer.minutes.publishQuestion')}
            </p>
            <div className="button-group">
              <ConfirmPublish label={t('officer.minutes.publishConfirm')} onClick={() => void onPublish()} />
              <button type="button" className="button button--secondary" onClick={() => setConfirming(false)}>
                {t('common:actions.cancel')}
              </button>
            </div>
          </div>
        )}
      </form>
    </>
  );
}

/** The confirming button takes focus when it appears, so the keyboard is where the question is. */
function ConfirmPublish({ label, onClick }: { label: string; onClick: () => void }) {
  const ref = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <button type="button" className="button" ref={ref} onClick={onClick}>
      {label}
    </button>
  );
}
