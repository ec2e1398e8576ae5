import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from '../../../i18n/react';
import { isApiError } from '../../../api/errors';
import { reportFiles, usePublishReport, useRecordOutcome, useReport } from '../../../api/reports';
import { OUTCOME_RESULTS, type Consultation, type OutcomeResult, type Report } from '../../../api/types';
import { Button } from '../../../components/Button';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { RadioGroup, TextareaField, TextField } from '../../../components/fields';
import { LiveStatus, LoadError, Loading, Notice } from '../../../components/Status';
import { Tag } from '../../../components/Tag';
import { useFormErrors } from '../../../components/useFormErrors';
import { formatDate, todayIn } from '../../../lib/format';
import { useDay } from '../ui/dates';
import { ReportView } from '../ui/ReportView';
import { ConsultationFrame } from './ConsultationFrame';
import type { ManageFlash } from './ManagePage';

/** `/officer/consultations/:id/report` — preview and publish the справка, then record the outcome. */
export function ReportAdminPage() {
  const { t } = useTranslation('officer');
  return (
    <ConsultationFrame title={t('report.title')}>
      {({ consultation, municipality }) =>
        consultation.status === 'draft' || consultation.status === 'upcoming' || consultation.status === 'open' ? (
          <Notice tone="info">
            <p>{t('report.notClosed')}</p>
          </Notice>
        ) : (
          <ReportAdmin consultation={consultation} timeZone={municipality.timeZone} />
        )
      }
    </ConsultationFrame>
  );
}

function ReportAdmin({ consultation: c, timeZone }: { consultation: Consultation; timeZone: string }) {
  const { t, i18n } = useTranslation(['officer', 'consultations']);
  const report = useReport(c.id);
  const [status, setStatus] = useState<string>();
  if (report.isPending) return <Loading />;
  if (report.isError) return <LoadError error={report.error} onRetry={() => void report.refetch()} />;
  const r = report.data;
  return (
    <>
      <LiveStatus message={status} takeFocus />
      <p>
        {r.published ? (
          <>
            <Tag tone="done">{t('report.published', { version: r.version })}</Tag> {r.publishedAt && formatDate(r.publishedAt, i18n.language)}
          </>
        ) : (
          <Tag tone="warn">{t('report.preview')}</Tag>
        )}
      </p>
      {r.published && (
        <ul className="inline-actions">
          <li>
            <Link to={`/consultations/${c.id}/report`}>{t('report.publicPage')}</Link>
          </li>
          <li>
            <a href={reportFiles.pdf(c.id)} download>
              {t('consultations:detail.reportPdf')}
            </a>
          </li>
          <li>
            <a href={reportFiles.csv(c.id)} download>
              {t('consultations:detail.reportCsv')}
            </a>
          </li>
        </ul>
      )}
      {!r.published && r.unansweredIds.length > 0 && <Unanswered consultation={c} report={r} ids={r.unansweredIds} />}
      {c.status === 'closed' && <PublishReport consultation={c} report={r} onPublished={(version) => setStatus(t('report.publishedDone', { version }))} />}
      {c.status === 'reported' && (
        <>
          <OutcomeForm consultation={c} timeZone={timeZone} />
          <details className="details">
            <summary>{t('report.republishTitle')}</summary>
            <PublishReport consultation={c} report={r} onPublished={(version) => setStatus(t('report.publishedDone', { version }))} />
          </details>
        </>
      )}
      {c.outcome && (
        <Notice tone="success" title={t('consultations:detail.outcomeTitle', { result: t(`consultations:outcomes.${c.outcome.result}`) })}>
          <p>{c.outcome.decisionRef}</p>
        </Notice>
      )}
      <ReportView report={r} />
    </>
  );
}

/** Proposals still without an answer, each a link to the answering screen. */
function Unanswered({ consultation: c, report, ids, title }: { consultation: Consultation; report: Report; ids: string[]; title?: string }) {
  const { t } = useTranslation('officer');
  return (
    <Notice tone="warning" title={title ?? t('report.unansweredTitle', { count: ids.length })}>
      <ul>
        {ids.map((id) => {
          const item = report.items.find((i) => i.contributionId === id);
          return (
            <li key={id}>
              <Link to={`/officer/consultations/${c.id}/answers?contribution=${id}`}>
                {item ? t('report.unansweredItem', { number: item.number, section: item.section ?? t('answers.wholeDraft'), author: item.author }) : id}
              </Link>
            </li>
          );
        })}
      </ul>
    </Notice>
  );
}

/**
 * Publishing the справка. While proposals wait for an answer it says how many and links to the
 * first; once it can be published it asks again, saying what follows: the справка is public at
 * once, each author with an address gets an e-mail, and a correction is only a new version.
 */
function PublishReport({ consultation: c, report, onPublished }: { consultation: Consultation; report: Report; onPublished: (version: number) => void }) {
  const { t } = useTranslation(['officer', 'common']);
  const publish = usePublishReport(c.id);
  const fields = { note: 'report-note' } as const;
  const errors = useFormErrors(fields);
  const [note, setNote] = useState('');
  const [unanswered, setUnanswered] = useState<string[]>();
  const [confirming, setConfirming] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const startRef = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);
  const republish = report.published;
  const waiting = republish ? [] : report.unansweredIds;

  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
    else if (returnFocus.current) {
      returnFocus.current = false;
      startRef.current?.focus();
    }
  }, [confirming]);

  async function send() {
    setUnanswered(undefined);
    try {
      const saved = await publish.mutateAsync(note.trim() || undefined);
      setNote('');
      setConfirming(false);
      onPublished(saved.version);
    } catch (error) {
      setConfirming(false);
      if (isApiError(error, 'unanswered_proposals')) setUnanswered((error.details.contributionIds as string[] | undefined) ?? []);
      errors.showApiError(error, { codes: { correction_note_required: 'note' } });
    }
  }

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (publish.isPending || errors.showClientErrors({ note: republish && !note.trim() ? t('report.noteRequired') : undefined })) return;
    // a correction says what changed in its note; the first publication asks once more
    if (republish) await send();
    else setConfirming(true);
  }

  if (waiting.length > 0) {
    const first = report.items.find((i) => i.contributionId === waiting[0]);
    return (
      <section aria-labelledby="publish-report-title" className="section page-narrow">
        <h2 id="publish-report-title">{t('report.publishTitle')}</h2>
        <p>{t('report.waitingLead', { count: waiting.length })}</p>
        <p>
          <Link className="button button--secondary" to={`/officer/consultations/${c.id}/answers?contribution=${waiting[0]}`}>
            {first ? t('report.firstUnanswered', { number: first.number }) : t('report.firstUnansweredPlain')}
          </Link>
        </p>
      </section>
    );
  }

  const authors = report.authorsToNotify;
  return (
    <section aria-labelledby="publish-report-title" className="section page-narrow">
      <h2 id="publish-report-title">{republish ? t('report.republishTitle') : t('report.publishTitle')}</h2>
      <ErrorSummary items={errors.summary} focusKey={errors.focusKey} />
      {unanswered && unanswered.length > 0 && <Unanswered consultation={c} report={report} ids={unanswered} title={t('report.cannotPublish')} />}
      <p>{republish ? t('report.republishLead') : report.noProposals ? t('report.noProposalsLead') : t('report.readyLead')}</p>
      {confirming ? (
        <div className="confirm-panel" role="group" aria-labelledby="publish-confirm-title">
          <p id="publish-confirm-title" className="confirm-panel__title">
            {report.noProposals ? t('report.confirmNoticeTitle') : t('report.confirmTitle')}
          </p>
          <ul>
            <li>{t('report.confirmPublic')}</li>
            <li>{authors > 0 ? t('report.confirmMail', { count: authors }) : t('report.confirmNoMail')}</li>
            <li>{t('report.confirmVersions')}</li>
          </ul>
          <div className="inline-actions">
            <button type="button" ref={confirmRef} className="button" aria-disabled={publish.isPending || undefined} onClick={() => !publish.isPending && void send()}>
              {publish.isPending ? t('common:status.sending') : report.noProposals ? t('report.confirmNotice') : t('report.confirm')}
            </button>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => {
                returnFocus.current = true;
                setConfirming(false);
              }}
            >
              {t('common:actions.cancel')}
            </button>
          </div>
        </div>
      ) : (
        <form onSubmit={onSubmit} noValidate>
          {republish && (
            <TextareaField id={fields.note} label={t('report.note')} hint={t('report.noteHint')} rows={3} value={note} onChange={(e) => setNote(e.target.value)} error={errors.fieldErrors.note} />
          )}
          <button type="submit" ref={startRef} className="button" aria-disabled={publish.isPending || undefined}>
            {publish.isPending ? t('common:status.sending') : republish ? t('report.republish') : report.noProposals ? t('report.publishNotice') : t('report.publish')}
          </button>
        </form>
      )}
    </section>
  );
}

const OUTCOME_FIELDS = { result: 'outcome-result', decisionRef: 'outcome-decision-ref', decidedOn: 'outcome-decided-on', note: 'outcome-note' } as const;
type OutcomeField = keyof typeof OUTCOME_FIELDS;

function OutcomeForm({ consultation: c, timeZone }: { consultation: Consultation; timeZone: string }) {
  const { t } = useTranslation(['officer', 'consultations', 'common']);
  const navigate = useNavigate();
  const day = useDay();
  const record = useRecordOutcome(c.id);
  const errors = useFormErrors(OUTCOME_FIELDS);
  const today = todayIn(timeZone);
  const [result, setResult] = useState<OutcomeResult | ''>('');
  const [decisionRef, setDecisionRef] = useState('');
  const [decidedOn, setDecidedOn] = useState('');
  const [note, setNote] = useState('');

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const found: Partial<Record<OutcomeField, string>> = {};
    if (!result) found.result = t('outcome.resultRequired');
    if (!decisionRef.trim()) found.decisionRef = t('outcome.refRequired');
    if (!/^\d{4}-\d{2}-\d{2}$/.test(decidedOn)) found.decidedOn = t('outcome.dateRequired');
    else if (decidedOn > today) found.decidedOn = t('outcome.dateFuture');
    if (record.isPending || errors.showClientErrors(found)) return;
    try {
      await record.mutateAsync({ result: result as OutcomeResult, decisionRef: decisionRef.trim(), decidedOn, ...(note.trim() ? { note: note.trim() } : {}) });
      const state: ManageFlash = { flash: 'outcome' };
      navigate(`/officer/consultations/${c.id}`, { state });
    } catch (error) {
      errors.showApiError(error, { fields: { result: 'result', decisionRef: 'decisionRef', decidedOn: 'decidedOn', note: 'note' } });
    }
  }

  return (
    <section aria-labelledby="outcome-title" className="section page-narrow">
      <h2 id="outcome-title">{t('outcome.title')}</h2>
      <p>{t('outcome.lead', { date: c.lastDay ? day(c.lastDay) : '' })}</p>
      <ErrorSummary items={errors.summary} focusKey={errors.focusKey} />
      <form onSubmit={onSubmit} noValidate>
        <RadioGroup<OutcomeResult>
          id={OUTCOME_FIELDS.result}
          name="outcome-result"
          legend={t('outcome.result')}
          value={result}
          onChange={setResult}
          error={errors.fieldErrors.result}
          options={OUTCOME_RESULTS.map((r) => ({ value: r, label: t(`outcome.results.${r}`) }))}
        />
        <TextField id={OUTCOME_FIELDS.decisionRef} label={t('outcome.decisionRef')} hint={t('outcome.decisionRefHint')} width="full" value={decisionRef} onChange={(e) => setDecisionRef(e.target.value)} error={errors.fieldErrors.decisionRef} />
        <TextField id={OUTCOME_FIELDS.decidedOn} label={t('outcome.decidedOn')} type="date" width="short" max={today} value={decidedOn} onChange={(e) => setDecidedOn(e.target.value)} error={errors.fieldErrors.decidedOn} />
        <TextareaField id={OUTCOME_FIELDS.note} label={t('outcome.note')} optional rows={3} value={note} onChange={(e) => setNote(e.target.value)} error={errors.fieldErrors.note} />
        <Button type="submit" busy={record.isPending} busyLabel={t('common:status.saving')}>
          {t('outcome.submit')}
        </Button>
      </form>
    </section>
  );
}
