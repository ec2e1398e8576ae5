import { useCallback, useEffect, useMemo, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from '../../../i18n/react';
import { useSections } from '../../../api/consultations';
import { useSession } from '../../../api/me';
import { useContributions, useDuplicates, useRespond, useRespondMany, type Answer } from '../../../api/contributions';
import { useMunicipality } from '../../../api/municipalities';
import { DECISIONS, isShown, type Consultation, type Contribution, type Decision, type DuplicateGroup, type ShownContribution } from '../../../api/types';
import { Button } from '../../../components/Button';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { RadioGroup, TextareaField } from '../../../components/fields';
import { LiveStatus, LoadError, Loading, Notice } from '../../../components/Status';
import { Tag } from '../../../components/Tag';
import { useFormErrors } from '../../../components/useFormErrors';
import { formatDateTime, formatNumber } from '../../../lib/format';
import { ArticleText } from '../ui/ArticleText';
import { useDay } from '../ui/dates';
import { ConsultationFrame } from './ConsultationFrame';

const MAX_REASONING = 10_000;

/** `/officer/consultations/:id/answers` — a decision and a reason for every proposal, one after another. */
export function AnswersPage() {
  const { t } = useTranslation('officer');
  return (
    <ConsultationFrame title={t('answers.title')}>
      {({ consultation }) => (consultation.status === 'closed' || consultation.status === 'reported' ? <Answers consultation={consultation} /> : <NotYet consultation={consultation} />)}
    </ConsultationFrame>
  );
}

function NotYet({ consultation: c }: { consultation: Consultation }) {
  const { t } = useTranslation('officer');
  const day = useDay();
  return (
    <Notice tone="info">
      <p>{c.status === 'decided' ? t('answers.decided') : t('answers.notYet', { date: day(c.lastDay, { weekday: true }) })}</p>
    </Notice>
  );
}

/** Keys typed into a text field are text, not commands. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLInputElement && !['radio', 'checkbox', 'button', 'submit', 'reset'].includes(target.type);
}

const needsAnswer = (c: Contribution) => !c.response && !c.hidden;

function Answers({ consultation: c }: { consultation: Consultation }) {
  const { t, i18n } = useTranslation('officer');
  const { me } = useSession();
  const [params] = useSearchParams();
  const query = useContributions(c.id, { kind: 'proposal', sort: 'oldest' }, { pageSize: 100 });
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = query;
  // the screen moves through every proposal: load them all, a page after another
  useEffect(() => {
    if (hasNextPage && !isFetchingNextPage) void fetchNextPage();
  }, [hasNextPage, isFetchingNextPage, fetchNextPage]);
  // the staff get every field of every contribution, hidden ones included
  const proposals = useMemo(() => query.data?.pages.flatMap((p) => p.items).filter(isShown) ?? [], [query.data]);
  const [chosen, setChosen] = useState<string | undefined>(params.get('contribution') ?? undefined);
  const [moved, setMoved] = useState(false);
  const [status, setStatus] = useState<string>();
  const firstOpen = proposals.find(needsAnswer);
  const currentId = chosen && proposals.some((p) => p.id === chosen) ? chosen : (firstOpen?.id ?? proposals[0]?.id);
  const index = Math.max(0, proposals.findIndex((p) => p.id === currentId));
  const current = proposals[index];
  const answered = proposals.filter((p) => p.response).length;
  const n = (value: number) => formatNumber(value, i18n.language);

  const go = useCallback(
    (i: number) => {
      const target = proposals[Math.min(Math.max(i, 0), proposals.length - 1)];
      if (!target) return;
      setChosen(target.id);
      setMoved(true);
    },
    [proposals],
  );

  /** The next proposal after `from` (going round) that still needs an answer, leaving out `except`. */
  const nextOpen = useCallback(
    (from: number, except?: string) => {
      for (let step = 1; step <= proposals.length; step += 1) {
        const candidate = proposals[(from + step) % proposals.length];
        if (candidate.id !== except && needsAnswer(candidate)) return (from + step) % proposals.length;
      }
      return -1;
    },
    [proposals],
  );

  // Single keys by their place on the keyboard (`code`), so J, K and N work on a Bulgarian or
  // Macedonian layout too, where the same keys type й, к, н (or ј, к, њ); off when the person
  // turned them off in the profile (WCAG 2.1.4), and never with a modifier or inside a text field.
  const shortcuts = me?.keyboardShortcuts !== false;
  useEffect(() => {
    if (!shortcuts) return;
    function onKey(event: globalThis.KeyboardEvent) {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || event.shiftKey || isTyping(event.target)) return;
      if (event.code === 'KeyJ') go(index + 1);
      else if (event.code === 'KeyK') go(index - 1);
      else if (event.code === 'KeyN') {
        const next = nextOpen(index);
        if (next >= 0) go(next);
      } else return;
      event.preventDefault();
    }
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [go, index, nextOpen, shortcuts]);

  function onSaved(saved: Contribution) {
    const number = index + 1;
    const next = nextOpen(index, saved.id);
    if (next >= 0) {
      setStatus(t('answers.savedNext', { number, next: next + 1 }));
      go(next);
    } else {
      setStatus(t('answers.savedAll', { number }));
    }
  }

  if (query.isPending) return <Loading />;
  if (query.isError) return <LoadError error={query.error} onRetry={() => void query.refetch()} />;
  return (
    <>
      <LiveStatus message={status} />
      {proposals.length === 0 ? (
        <Notice tone="info">
          <p>{t('answers.none')}</p>
          <p>
            <Link to={`/officer/consultations/${c.id}/report`}>{t('answers.toReport')}</Link>
          </p>
        </Notice>
      ) : (
        <>
          <p className="answers__progress">
            <label htmlFor="answers-progress">{t('answers.progress', { answered: n(answered), total: n(proposals.length) })}</label>{' '}
            <progress id="answers-progress" max={proposals.length} value={answered} />
          </p>
          {answered === proposals.length && (
            <Notice tone="success">
              <p>
                {t('answers.allDone')} <Link to={`/officer/consultations/${c.id}/report`}>{t('answers.toReport')}</Link>
              </p>
            </Notice>
          )}
          <p className="muted" id="answers-keys">
            {shortcuts ? t('answers.keys') : t('answers.keysOff')} <Link to="/me#shortcuts">{shortcuts ? t('answers.keysTurnOff') : t('answers.keysTurnOn')}</Link>
          </p>
          <div className="answers">
            <div className="answers__main">
              <div className="button-group answers__nav">
                <button type="button" className="button button--secondary button--small" onClick={() => go(index - 1)} aria-disabled={index === 0 || undefined}>
                  {t('answers.previous')}
                </button>
                <button type="button" className="button button--secondary button--small" onClick={() => go(index + 1)} aria-disabled={index === proposals.length - 1 || undefined}>
                  {t('answers.next')}
                </button>
                <button
                  type="button"
                  className="button button--secondary button--small"
                  onClick={() => {
                    const next = nextOpen(index);
                    if (next >= 0) go(next);
                  }}
                >
                  {t('answers.nextOpen')}
                </button>
              </div>
              {current && (
                <AnswerPanel key={current.id} consultation={c} proposal={current} number={index + 1} total={proposals.length} autoFocus={moved} onSaved={onSaved} />
              )}
            </div>
            <nav className="answers__list" aria-label={t('answers.listLabel')}>
              <ol>
                {proposals.map((p, i) => (
                  <li key={p.id}>
                    <button type="button" className="answers__item" aria-current={i === index ? 'true' : undefined} onClick={() => go(i)}>
                      <span className="answers__number">№ {i + 1}</span> <span>{p.sectionRef ?? t('answers.wholeDraft')}</span> <span className="muted">· {p.author.name}</span>{' '}
                      {p.response ? <Tag tone="done">{t('answers.answered')}</Tag> : p.hidden ? <Tag>{t('answers.hidden')}</Tag> : <Tag tone="warn">{t('answers.unanswered')}</Tag>}
                    </button>
                  </li>
                ))}
              </ol>
            </nav>
          </div>
        </>
      )}
      <Duplicates consultation={c} proposals={proposals} onDone={setStatus} />
    </>
  );
}

function answerFields(prefix: string) {
  return { decision: `${prefix}-decision`, reasoning: `${prefix}-reasoning`, changeNote: `${prefix}-change-note` } as const;
}
type AnswerField = 'decision' | 'reasoning' | 'changeNote';

/** The answer's own checks: a decision, and a reason unless the proposal is accepted. */
function useAnswerForm(prefix: string, initial?: { decision: Decision; reasoning: string }) {
  const { t } = useTranslation('officer');
  const fields = useMemo(() => answerFields(prefix), [prefix]);
  const errors = useFormErrors(fields);
  const [decision, setDecision] = useState<Decision | ''>(initial?.decision ?? '');
  const [reasoning, setReasoning] = useState(initial?.reasoning ?? '');
  const [changeNote, setChangeNote] = useState('');

  function check(): Answer | undefined {
    const found: Partial<Record<AnswerField, string>> = {};
    if (!decision) found.decision = t('answers.decisionRequired');
    if (decision && decision !== 'accepted' && !reasoning.trim()) found.reasoning = t('answers.reasoningRequired');
    if (reasoning.length > MAX_REASONING) found.reasoning = t('form.tooLong', { max: MAX_REASONING });
    if (errors.showClientErrors(found)) return undefined;
    return { decision: decision as Decision, ...(reasoning.trim() ? { reasoning: reasoning.trim() } : {}), ...(changeNote.trim() ? { changeNote: changeNote.trim() } : {}) };
  }

  const show = (error: unknown) => errors.showApiError(error, { fields: { decision: 'decision', reasoning: 'reasoning', changeNote: 'changeNote' }, codes: { reasoning_required: 'reasoning' } });
  return { fields, errors, decision, setDecision, reasoning, setReasoning, changeNote, setChangeNote, check, show };
}

function AnswerFields({ form, afterReport }: { form: ReturnType<typeof useAnswerForm>; afterReport: boolean }) {
  const { t } = useTranslation(['officer', 'consultations']);
  return (
    <>
      <RadioGroup<Decision>
        id={form.fields.decision}
        name={form.fields.decision}
        legend={t('answers.decision')}
        value={form.decision}
        onChange={form.setDecision}
        error={form.errors.fieldErrors.decision}
        options={DECISIONS.map((d) => ({ value: d, label: t(`consultations:decisions.${d}`), hint: t(`answers.decisionHints.${d}`) }))}
      />
      <TextareaField
        id={form.fields.reasoning}
        label={t('answers.reasoning')}
        hint={t('answers.reasoningHint')}
        optional={form.decision === 'accepted'}
        rows={5}
        value={form.reasoning}
        onChange={(e) => form.setReasoning(e.target.value)}
        error={form.errors.fieldErrors.reasoning}
      />
      {afterReport && (
        <TextareaField
          id={form.fields.changeNote}
          label={t('answers.changeNote')}
          hint={t('answers.changeNoteHint')}
          optional
          rows={2}
          value={form.changeNote}
          onChange={(e) => form.setChangeNote(e.target.value)}
          error={form.errors.fieldErrors.changeNote}
        />
      )}
    </>
  );
}

interface PanelProps {
  consultation: Consultation;
  proposal: ShownContribution;
  number: number;
  total: number;
  /** take focus when shown (after moving to it), so a screen reader starts at its heading */
  autoFocus: boolean;
  onSaved: (saved: Contribution) => void;
}

function AnswerPanel({ consultation: c, proposal: p, number, total, autoFocus, onSaved }: PanelProps) {
  const { t, i18n } = useTranslation(['officer', 'consultations', 'common']);
  const respond = useRespond(c.id);
  const form = useAnswerForm('answer', p.response ?? undefined);
  const heading = useRef<HTMLHeadingElement>(null);
  const formRef = useRef<HTMLFormElement>(null);

  useEffect(() => {
    if (autoFocus) heading.current?.focus();
  }, [autoFocus]);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (respond.isPending) return;
    const answer = form.check();
    if (!answer) return;
    try {
      await respond.mutateAsync({ id: p.id, answer });
      onSaved(p);
    } catch (error) {
      form.show(error);
    }
  }

  function onKeyDown(event: KeyboardEvent<HTMLFormElement>) {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      formRef.current?.requestSubmit();
    }
  }

  return (
    <section className="answer-panel" aria-labelledby="answer-heading">
      <h2 id="answer-heading" ref={heading} tabIndex={-1}>
        {t('answers.heading', { number, total })}
      </h2>
      <p className="contribution__meta">
        <strong>{p.author.name}</strong>
        {p.author.organization && <> — {p.author.organization}</>} · {p.sectionRef ?? t('answers.wholeDraft')} · {formatDateTime(p.receivedAt, i18n.language)} · {t(`consultations:channels.${p.channel}`)}
      </p>
      {p.hidden && (
        <Notice tone="warning">
          <p>{t('answers.hiddenNotice', { reason: p.hiddenReason ?? '' })}</p>
        </Notice>
      )}
      <ProposalInContext consultation={c} proposal={p} />
      {p.response && (
        <p className="muted">
          {t('answers.current', { decision: t(`consultations:decisions.${p.response.decision}`), version: p.response.version, date: formatDateTime(p.response.respondedAt, i18n.language) })}
        </p>
      )}
      <ErrorSummary items={form.errors.summary} focusKey={form.errors.focusKey} />
      <form ref={formRef} onSubmit={onSubmit} onKeyDown={onKeyDown} noValidate>
        <AnswerFields form={form} afterReport={c.status === 'reported'} />
        <Button type="submit" busy={respond.isPending} busyLabel={t('common:status.saving')} aria-keyshortcuts="Control+Enter">
          {t('answers.save')}
        </Button>
      </form>
    </section>
  );
}

/** The proposal beside the text of the article it is about (above it on a phone), each in its own language. */
function ProposalInContext({ consultation: c, proposal: p }: { consultation: Consultation; proposal: ShownContribution }) {
  const { i18n } = useTranslation();
  const sections = useSections(c.id).data?.items ?? c.sections;
  const municipality = useMunicipality(c.municipalitySlug).data;
  const draftLang = municipality && municipality.defaultLocale !== i18n.language ? municipality.defaultLocale : undefined;
  const article = p.sectionId ? sections.find((s) => s.id === p.sectionId) : undefined;
  return (
    <div className={article ? 'answer-panel__context answer-panel__context--article' : 'answer-panel__context'}>
      <blockquote className="answer-panel__text pre-line" lang={p.lang}>
        {p.body}
      </blockquote>
      {article && <ArticleText section={article} lang={draftLang} open className="answer-panel__article" />}
    </div>
  );
}

function Duplicates({ consultation: c, proposals, onDone }: { consultation: Consultation; proposals: Contribution[]; onDone: (message: string) => void }) {
  const { t } = useTranslation('officer');
  const query = useDuplicates(c.id);
  const groups = (query.data?.groups ?? []).filter((g) => g.size > 1);
  return (
    <section aria-labelledby="duplicates-title" className="section">
      <h2 id="duplicates-title">{t('answers.groupsTitle')}</h2>
      <p>{t('answers.groupsLead')}</p>
      {query.isPending && <Loading />}
      {query.isError && <LoadError error={query.error} onRetry={() => void query.refetch()} />}
      {query.isSuccess && groups.length === 0 && <p className="muted">{t('answers.noGroups')}</p>}
      {groups.length > 0 && (
        <ul className="groups">
          {groups.map((g, i) => (
            <GroupItem key={g.contributionIds.join()} group={g} index={i + 1} consultation={c} proposals={proposals} onDone={onDone} />
          ))}
        </ul>
      )}
    </section>
  );
}

function GroupItem({ group, index, consultation: c, proposals, onDone }: { group: DuplicateGroup; index: number; consultation: Consultation; proposals: Contribution[]; onDone: (message: string) => void }) {
  const { t, i18n } = useTranslation(['officer', 'common']);
  const [open, setOpen] = useState(false);
  const toggle = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);
  const respond = useRespondMany(c.id);
  const form = useAnswerForm(`group-${index}`);
  const known = proposals.filter((p) => group.contributionIds.includes(p.id));
  const answered = known.filter((p) => p.response).length;

  // the form that had focus is gone: give it back to the button that opened it
  useEffect(() => {
    if (!open && returnFocus.current) {
      returnFocus.current = false;
      toggle.current?.focus();
    }
  }, [open]);

  function close(message?: string) {
    returnFocus.current = true;
    setOpen(false);
    if (message) onDone(message);
  }

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (respond.isPending) return;
    const answer = form.check();
    if (!answer) return;
    try {
      const result = await respond.mutateAsync({ contributionIds: group.contributionIds, answer });
      close(t('answers.groupSaved', { count: result.updated, number: formatNumber(result.updated, i18n.language) }));
    } catch (error) {
      form.show(error);
    }
  }

  return (
    <li className="group">
      <h3 className="group__title">{t('answers.groupTitle', { index, count: group.size })}</h3>
      <p className="muted">{t('answers.groupAnswered', { answered, count: known.length || group.size })}</p>
      <blockquote className="pre-line group__sample">{group.sample}</blockquote>
      <button type="button" ref={toggle} className="button button--secondary button--small" aria-expanded={open} onClick={() => (open ? close() : setOpen(true))}>
        {t('answers.answerGroup')}
        <span className="visually-hidden"> {index}</span>
      </button>
      {open && (
        <div className="inline-form">
          <ErrorSummary items={form.errors.summary} focusKey={form.errors.focusKey} />
          <form onSubmit={onSubmit} noValidate>
            <AnswerFields form={form} afterReport={c.status === 'reported'} />
            <div className="button-group">
              <Button type="submit" busy={respond.isPending} busyLabel={t('common:status.saving')}>
                {t('answers.saveGroup', { count: group.size })}
              </Button>
              <button type="button" className="button button--secondary" onClick={() => close()}>
                {t('common:actions.cancel')}
              </button>
            </div>
          </form>
        </div>
      )}
    </li>
  );
}
