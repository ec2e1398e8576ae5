import { Link, useLocation } from 'react-router';
import { useTranslation } from '../../../i18n/react';
import type { Consultation } from '../../../api/types';
import { LiveStatus } from '../../../components/Status';
import { formatNumber } from '../../../lib/format';
import { useDay } from '../ui/dates';
import { Period } from '../ui/Period';
import { ConsultationFrame } from './ConsultationFrame';

/** What the consultation's pages hand over after saving, shown once here. */
export interface ManageFlash {
  flash: 'created' | 'saved' | 'corrected' | 'published' | 'outcome' | 'reportPublished';
}

interface Step {
  to: string;
  label: string;
  hint?: string;
  primary?: boolean;
}

/** `/officer/consultations/:id` — one consultation at a glance and the next things to do with it. */
export function ManagePage() {
  return <ConsultationFrame>{({ consultation, municipality }) => <Manage consultation={consultation} timeZone={municipality.timeZone} />}</ConsultationFrame>;
}

function Manage({ consultation: c, timeZone }: { consultation: Consultation; timeZone: string }) {
  const { t, i18n } = useTranslation(['officer', 'consultations']);
  const day = useDay();
  const flash = (useLocation().state as ManageFlash | null)?.flash;
  const n = (value: number) => formatNumber(value, i18n.language);
  const base = `/officer/consultations/${c.id}`;
  const publicPage: Step = { to: `/consultations/${c.id}`, label: t('manage.publicPage') };
  const documents: Step = { to: `${base}/documents`, label: t('manage.documents', { count: c.documents.length }), hint: t('manage.documentsHint') };
  const offline: Step = { to: `${base}/offline`, label: t('manage.offline'), hint: t('manage.offlineHint') };
  const steps: Record<Consultation['status'], Step[]> = {
    draft: [
      { to: `${base}/edit`, label: t('manage.edit'), hint: t('manage.editHint') },
      documents,
      { to: `${base}/publish`, label: t('manage.publish'), hint: t('manage.publishHint'), primary: true },
      { ...publicPage, label: t('manage.preview') },
    ],
    upcoming: [publicPage, { to: `${base}/edit`, label: t('manage.correct'), hint: t('manage.correctHint') }, documents],
    open: [publicPage, offline, { to: `${base}/edit`, label: t('manage.correct'), hint: t('manage.correctHint') }, documents],
    closed: [
      { to: `${base}/answers`, label: t('manage.answers'), hint: t('manage.answersHint', { answered: n(c.counts.answered), proposals: n(c.counts.proposals) }), primary: true },
      { to: `${base}/report`, label: t('manage.report'), hint: t('manage.reportHint') },
      offline,
      publicPage,
    ],
    reported: [
      { to: `${base}/report`, label: t('manage.outcome'), hint: t('manage.outcomeHint'), primary: true },
      { to: `${base}/answers`, label: t('manage.changeAnswers'), hint: t('manage.changeAnswersHint') },
      publicPage,
    ],
    decided: [{ to: `${base}/report`, label: t('manage.report') }, publicPage],
  };

  return (
    <>
      <LiveStatus message={flash ? t(`manage.flash.${flash}`, { date: day(c.lastDay, { weekday: true }) }) : undefined} />
      <div className="columns">
        <section aria-labelledby="next-title">
          <h2 id="next-title">{t('manage.nextTitle')}</h2>
          <ul className="task-list">
            {steps[c.status].map((step) => (
              <li key={step.to} className={step.primary ? 'task-list__item task-list__item--primary' : 'task-list__item'}>
                <Link to={step.to} className={step.primary ? 'button' : undefined}>
                  {step.label}
                </Link>
                {step.hint && <p className="muted">{step.hint}</p>}
              </li>
            ))}
          </ul>
          {c.outcome && (
            <p>
              {t('consultations:detail.outcomeTitle', { result: t(`consultations:outcomes.${c.outcome.result}`) })}: {c.outcome.decisionRef}, {day(c.outcome.decidedOn)}
            </p>
          )}
        </section>
        <aside className="facts" aria-labelledby="facts-title">
          <h2 id="facts-title" className="facts__title">
            {t('consultations:detail.periodTitle')}
          </h2>
          <Period consultation={c} timeZone={timeZone} />
          <h2 className="facts__title">{t('manage.countsTitle')}</h2>
          <dl className="summary-list summary-list--compact">
            <div className="summary-list__row">
              <dt>{t('manage.proposals')}</dt>
              <dd>{n(c.counts.proposals)}</dd>
            </div>
            <div className="summary-list__row">
              <dt>{t('manage.comments')}</dt>
              <dd>{n(c.counts.comments)}</dd>
            </div>
            <div className="summary-list__row">
              <dt>{t('manage.answered')}</dt>
              <dd>{n(c.counts.answered)}</dd>
            </div>
            <div className="summary-list__row">
              <dt>{t('manage.sections')}</dt>
              <dd>{n(c.counts.sections)}</dd>
            </div>
            {c.version > 0 && (
              <div className="summary-list__row">
                <dt>{t('manage.version')}</dt>
                <dd>{c.version}</dd>
              </div>
            )}
          </dl>
        </aside>
      </div>
    </>
  );
}
