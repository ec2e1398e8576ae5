import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link, Navigate, useLocation, useParams, useSearchParams } from 'react-router';
import { useTranslation } from '../../i18n/react';
import { ApiError, isApiError } from '../../api/errors';
import { useForm, useSubmitResponse, type AnswerValue, type Form, type FormQuestion, type RespondentReason } from '../../api/forms';
import { useSession } from '../../api/me';
import { useMunicipality } from '../../api/municipalities';
import { Button } from '../../components/Button';
import { ErrorSummary, type SummaryItem } from '../../components/ErrorSummary';
import { FocusHeading } from '../../components/FocusHeading';
import { NotFound } from '../../components/Pages';
import { LoadError, Loading, Notice } from '../../components/Status';
import { usePageTitle } from '../../components/usePageTitle';
import { useErrorMessage } from '../../components/useErrorMessage';
import { formatDateTime, formatNumber } from '../../lib/format';
import { answerId, answerProblem, QuestionInput } from './ui/QuestionInput';
import { useLocalize } from './ui/useLocalize';
import { useMediaQuery } from './ui/useMediaQuery';
import './forms.css';

type Outcome = 'sent' | 'already_answered' | 'form_closed';
type Answers = Record<string, AnswerValue | undefined>;

/** The question a failed answer names: `details.fields` (`answers.q3`) or `details.question`. */
export function questionErrors(error: unknown, questions: FormQuestion[]): Record<string, string> {
  if (!(error instanceof ApiError) || error.status !== 400) return {};
  const keys = new Set(questions.map((q) => q.key));
  const found: Record<string, string> = {};
  for (const { field, messages } of error.fields) {
    const key = /^answers[.[]([^.\]]+)/.exec(field)?.[1] ?? field;
    if (keys.has(key)) found[key] = [found[key], messages.join(' ')].filter(Boolean).join(' ');
  }
  for (const name of ['question', 'questionKey', 'key']) {
    const key = error.details[name];
    if (typeof key === 'string' && keys.has(key) && !found[key]) found[key] = error.message;
  }
  return found;
}

/** `/forms/:id?token=` — a respondent answers a form: one question per screen on a phone, all on one page on a wide screen. */
export function RespondPage() {
  const { t } = useTranslation(['forms', 'common']);
  const { id = '' } = useParams();
  const [params] = useSearchParams();
  const token = params.get('token') ?? undefined;
  const location = useLocation();
  const session = useSession();
  const query = useForm(id, { token });
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const localize = useLocalize();
  const title = query.data ? localize(query.data.title) : undefined;
  const missing = isApiError(query.error) && (query.error.status === 404 || (query.error.status === 400 && query.error.code !== 'invalid_token'));
  const reason = query.data?.respondent.reason ?? null;
  usePageTitle(
    missing
      ? t('common:notFound.title')
      : outcome === 'sent'
        ? t('respond.thanksTitle')
        : outcome === 'form_closed' || reason === 'form_closed'
          ? t('respond.closedTitle')
          : outcome === 'already_answered' || reason === 'already_answered'
            ? t('respond.alreadyTitle')
            : isApiError(query.error, 'invalid_token')
              ? t('respond.invalidLinkTitle')
              : (title?.text ?? t('respond.fallbackTitle')),
  );
  const next = encodeURIComponent(location.pathname + location.search);

  if (missing) return <NotFound />;
  if (outcome === 'sent' && query.data) return <ThankYou form={query.data} />;
  if (outcome === 'already_answered' || reason === 'already_answered') return <Refusal kind="already" />;
  if (outcome === 'form_closed' || reason === 'form_closed') return <Refusal kind="closed" closesAt={query.data?.closesAt} />;
  if (isApiError(query.error, 'invalid_token')) return <Refusal kind="invalidLink" />;
  if (isApiError(query.error) && query.error.status === 401) return <Navigate to={`/login?next=${next}`} replace />;
  if (query.isPending || !session.ready) return <Loading />;
  if (query.isError) return <LoadError error={query.error} onRetry={() => void query.refetch()} title={t('respond.cannotOpen')} />;

  const form = query.data;
  if (reason === 'sign_in_required' || (form.audience === 'registered' && session.status === 'signed-out')) return <Navigate to={`/login?next=${next}`} replace />;
  if (reason === 'not_published' && !form.canManage) return <NotFound />;
  return <Questionnaire form={form} token={token} onOutcome={setOutcome} blocker={reason} />;
}

/** Why the form cannot be sent yet; the questions still show, so people can see what is asked. */
type Blocker = RespondentReason | null;

function Questionnaire({ form, token, onOutcome, blocker }: { form: Form; token?: string; onOutcome: (o: Outcome) => void; blocker: Blocker }) {
  const { t, i18n } = useTranslation(['forms', 'common']);
  const localize = useLocalize();
  const describe = useErrorMessage();
  const municipality = useMunicipality(form.municipalitySlug ?? '');
  const fallback = municipality.data?.defaultLocale ?? 'bg';
  const title = localize(form.title, fallback);
  const description = form.description ? localize(form.description, fallback) : undefined;
  const submit = useSubmitResponse(form.id);
  const wide = useMediaQuery('(min-width: 48rem)');
  const [override, setOverride] = useState<'one' | 'all' | null>(null);
  const mode = override ?? (wide ? 'all' : 'one');
  const questions = form.questions;
  const total = questions.length;
  const [step, setStep] = useState(0);
  const [answers, setAnswers] = useState<Answers>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [general, setGeneral] = useState<string[]>([]);
  const [focusKey, setFocusKey] = useState(0);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);
  const current = questions[Math.min(step, total - 1)];

  // after Next or Back, the new question's heading takes focus and is read out
  useEffect(() => {
    if (moved.current) {
      moved.current = false;
      headingRef.current?.focus();
    }
  }, [step, mode]);

  function problemText(question: FormQuestion): string | undefined {
    const problem = answerProblem(question, answers[question.key]);
    return problem ? t(`respond.errors.${problem.key}`, { count: problem.count ?? 0, number: formatNumber(problem.count ?? 0, i18n.language) }) : undefined;
  }

  function show(found: Record<string, string>, other: string[] = []) {
    setErrors(found);
    setGeneral(other);
    if (Object.keys(found).length || other.length) setFocusKey((k) => k + 1);
  }

  function go(to: number) {
    moved.current = true;
    setStep(to);
    show({});
  }

  function onNext() {
    const problem = problemText(current);
    if (problem) return show({ [current.key]: problem });
    go(step + 1);
  }

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (submit.isPending) return;
    if (mode === 'one' && step < total - 1) return onNext();
    const found: Record<string, string> = {};
    for (const question of questions) {
      const problem = problemText(question);
      if (problem) found[question.key] = problem;
    }
    const first = questions.findIndex((q) => found[q.key]);
    if (first >= 0) {
      if (mode === 'one') setStep(first);
      return show(found);
    }
    const sent = Object.fromEntries(Object.entries(answers).filter((entry): entry is [string, AnswerValue] => entry[1] !== undefined));
    try {
      await submit.mutateAsync({ ...(token ? { token } : {}), answers: sent });
      onOutcome('sent');
    } catch (error) {
      if (isApiError(error, 'already_answered')) return onOutcome('already_answered');
      if (isApiError(error, 'form_closed')) return onOutcome('form_closed');
      const named = questionErrors(error, questions);
      const firstNamed = questions.findIndex((q) => named[q.key]);
      if (firstNamed >= 0) {
        if (mode === 'one') setStep(firstNamed);
        return show(named);
      }
      show({}, [describe(error)]);
    }
  }

  const visible = mode === 'one' ? [current] : questions;
  const summary: SummaryItem[] = [
    ...general.map((message) => ({ message })),
    ...questions.filter((q) => errors[q.key] && visible.includes(q)).map((q) => ({ message: errors[q.key], fieldId: answerId(q.key) })),
  ];
  const progress = t('respond.progress', { number: formatNumber(step + 1, i18n.language), total: formatNumber(total, i18n.language) });

  return (
    <div className="page-narrow respond">
      <ErrorSummary items={summary} focusKey={focusKey} />
      {municipality.data && <p className="caption">{localize(municipality.data.name, fallback).text}</p>}
      <h1 lang={title.lang}>{title.text}</h1>
      {description?.text && (
        <p className="lead pre-line" lang={description.lang}>
          {description.text}
        </p>
      )}
      <p className="muted">{form.anonymous ? t('respond.anonymousNote') : t('respond.identifiedNote')}</p>
      {form.closesAt && <p className="muted">{t('respond.closesAt', { date: formatDateTime(form.closesAt, i18n.language) })}</p>}
      {blocker === 'not_published' && (
        <Notice tone="info" title={t('respond.draftTitle')}>
          <p>{t('respond.draftBody')}</p>
        </Notice>
      )}
      {blocker === 'not_open_yet' && (
        <Notice tone="info" title={t('respond.notYetTitle')}>
          <p>{form.opensAt ? t('respond.notYetBody', { date: formatDateTime(form.opensAt, i18n.language) }) : t('respond.notYetNoDate')}</p>
        </Notice>
      )}
      {blocker === 'token_required' && (
        <Notice tone="warning" title={t('respond.invitedOnlyTitle')}>
          <p>{t('respond.invitedOnlyBody')}</p>
        </Notice>
      )}
      {blocker === 'email_not_verified' && (
        <Notice tone="warning" title={t('respond.verifyTitle')}>
          <p>{t('respond.verifyBody')}</p>
        </Notice>
      )}
      {total > 1 && (
        <p>
          <button
            type="button"
            className="link-button"
            onClick={() => {
              moved.current = true;
              setOverride(mode === 'one' ? 'all' : 'one');
            }}
          >
            {mode === 'one' ? t('respond.showAll') : t('respond.showOne')}
          </button>
        </p>
      )}
      <form onSubmit={onSubmit} noValidate aria-label={title.text}>
        {mode === 'one' && total > 0 && (
          <div className="respond__progress">
            <p id="respond-progress" className="respond__progress-text" aria-hidden="true">
              {progress}
            </p>
            <progress value={step + 1} max={total} aria-labelledby="respond-progress" />
          </div>
        )}
        {visible.map((question) => {
          const index = questions.indexOf(question);
          return (
            <QuestionInput
              key={question.key}
              question={question}
              numberLabel={
                mode === 'one' ? <span className="visually-hidden">{t('respond.progress', { number: formatNumber(index + 1, i18n.language), total: formatNumber(total, i18n.language) })}: </span> : `${formatNumber(index + 1, i18n.language)}. `
              }
              value={answers[question.key]}
              onChange={(value) => setAnswers((prev) => ({ ...prev, [question.key]: value }))}
              error={errors[question.key]}
              purpose={form.purpose}
              fallback={fallback}
              headingRef={question === visible[0] ? headingRef : undefined}
            />
          );
        })}
        <div className="button-group respond__nav">
          {mode === 'one' && step > 0 && (
            <Button variant="secondary" onClick={() => go(step - 1)}>
              {t('respond.back')}
            </Button>
          )}
          {mode === 'one' && step < total - 1 ? (
            <Button onClick={onNext}>{t('respond.next')}</Button>
          ) : (
            <Button type="submit" busy={submit.isPending} busyLabel={t('common:status.sending')} disabled={blocker !== null || total === 0}>
              {t('respond.send')}
            </Button>
          )}
        </div>
      </form>
    </div>
  );
}

function ThankYou({ form }: { form: Form }) {
  const { t } = useTranslation(['forms', 'common']);
  return (
    <div className="page-narrow">
      <div className="panel panel--confirmation">
        <FocusHeading>{t('respond.thanksTitle')}</FocusHeading>
        <p className="panel__body">{t('respond.thanksBody')}</p>
      </div>
      <h2>{t('respond.nextTitle')}</h2>
      <p>{form.anonymous ? t('respond.nextAnonymous') : t('respond.nextIdentified')}</p>
      <p>{form.publishResults ? t('respond.nextPublished') : t('respond.nextNotPublished')}</p>
      {form.publishResults && (
        <p>
          <Link to={`/forms/${form.id}/report`}>{t('respond.seeResults')}</Link>
        </p>
      )}
      <p>
        <Link to="/">{t('common:notFound.home')}</Link>
      </p>
    </div>
  );
}

/** Why this form takes no answer from this person, in plain words. */
function Refusal({ kind, closesAt }: { kind: 'already' | 'closed' | 'invalidLink'; closesAt?: string | null }) {
  const { t, i18n } = useTranslation(['forms', 'common']);
  return (
    <div className="page-narrow">
      <FocusHeading>{kind === 'already' ? t('respond.alreadyTitle') : kind === 'closed' ? t('respond.closedTitle') : t('respond.invalidLinkTitle')}</FocusHeading>
      {kind === 'already' && (
        <>
          <p>{t('respond.alreadyBody')}</p>
          <p>{t('respond.alreadyHelp')}</p>
        </>
      )}
      {kind === 'closed' && (
        <>
          <p>{closesAt ? t('respond.closedBody', { date: formatDateTime(closesAt, i18n.language) }) : t('respond.closedNoDate')}</p>
          <p>{t('respond.closedHelp')}</p>
        </>
      )}
      {kind === 'invalidLink' && (
        <>
          <p>{t('respond.invalidLinkBody')}</p>
          <p>{t('respond.alreadyHelp')}</p>
        </>
      )}
      <p>
        <Link to="/">{t('common:notFound.home')}</Link>
      </p>
    </div>
  );
}
