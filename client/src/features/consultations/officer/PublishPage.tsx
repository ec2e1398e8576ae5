import { useEffect, useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from '../../../i18n/react';
import { useDeadline, usePublishConsultation, useUpdateConsultation } from '../../../api/consultations';
import { ApiError, isApiError } from '../../../api/errors';
import { MOTIVE_ITEMS, type Consultation, type Deadline, type MotiveItem, type Municipality } from '../../../api/types';
import { Button } from '../../../components/Button';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { TextareaField, TextField } from '../../../components/fields';
import { LoadError, Notice } from '../../../components/Status';
import { useFormErrors } from '../../../components/useFormErrors';
import { formatDay, formatDayMonth, formatList, todayIn } from '../../../lib/format';
import { useDay } from '../ui/dates';
import { useLocalize } from '../../../lib/useLocalize';
import { ConsultationFrame } from './ConsultationFrame';
import type { ManageFlash } from './ManagePage';

const FIELDS = { publishOn: 'publish-on', periodDays: 'publish-period-days', shortenedReason: 'publish-shortened-reason' } as const;
type Field = keyof typeof FIELDS;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** `/officer/consultations/:id/publish` — choose the day and the period, see the legal last day, then publish. */
export function PublishPage() {
  const { t } = useTranslation('officer');
  return (
    <ConsultationFrame title={t('publish.title')}>
      {({ consultation, municipality }) =>
        consultation.status === 'draft' ? (
          <PublishForm consultation={consultation} municipality={municipality} />
        ) : (
          <Notice tone="info">
            <p>{t('publish.already')}</p>
            <p>
              <Link to={`/officer/consultations/${consultation.id}`}>{t('publish.back')}</Link>
            </p>
          </Notice>
        )
      }
    </ConsultationFrame>
  );
}

/** A value that follows `value` once it has stopped changing for `ms`. */
function useSettled<T>(value: T, ms = 400): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

function PublishForm({ consultation: c, municipality }: { consultation: Consultation; municipality: Municipality }) {
  const { t } = useTranslation(['officer', 'consultations', 'common']);
  const navigate = useNavigate();
  const update = useUpdateConsultation(c.id);
  const publish = usePublishConsultation(c.id);
  const errors = useFormErrors(FIELDS);
  const today = todayIn(municipality.timeZone);
  const [publishOn, setPublishOn] = useState(today);
  const [periodDays, setPeriodDays] = useState(String(c.periodDays));
  const [shortenedReason, setShortenedReason] = useState(c.shortenedReason ?? '');
  const [missingMotives, setMissingMotives] = useState<MotiveItem[]>();
  const [emptyDraft, setEmptyDraft] = useState(false);
  const pending = update.isPending || publish.isPending;

  const settledDay = useSettled(publishOn);
  const settledPeriod = useSettled(periodDays);
  const dayValid = DAY.test(settledDay) && settledDay >= today;
  const periodValid = /^\d+$/.test(settledPeriod.trim()) && Number(settledPeriod) >= 1 && Number(settledPeriod) <= 365;
  const deadline = useDeadline(c.id, settledDay, Number(settledPeriod), { enabled: dayValid && periodValid });
  // the server judges the period against the reason it has stored; say so only while the two agree
  const reasonMatchesStored = Boolean(shortenedReason.trim()) === Boolean(c.shortenedReason?.trim());

  function validate(): Partial<Record<Field, string>> {
    const found: Partial<Record<Field, string>> = {};
    if (!DAY.test(publishOn)) found.publishOn = t('publish.dayRequired');
    else if (publishOn < today) found.publishOn = t('publish.dayPast');
    if (!/^\d+$/.test(periodDays.trim()) || Number(periodDays) < 1 || Number(periodDays) > 365) found.periodDays = t('form.periodInvalid');
    return found;
  }

  function showError(error: unknown) {
    setMissingMotives(undefined);
    setEmptyDraft(false);
    if (isApiError(error, 'period_too_short')) {
      const { minimumDays, fullDays, shortenedReasonGiven } = error.details as { minimumDays?: number; fullDays?: number; shortenedReasonGiven?: boolean };
      const message = shortenedReasonGiven ? t('publish.tooShortEvenWithReason', { minimum: minimumDays }) : t('publish.tooShortWithoutReason', { full: fullDays ?? minimumDays });
      errors.showApiError(new ApiError(error.status, error.code, message), { codes: { period_too_short: 'periodDays' } });
      return;
    }
    if (isApiError(error, 'motives_incomplete')) setMissingMotives(((error.details.missing as MotiveItem[] | undefined) ?? []).filter((m) => (MOTIVE_ITEMS as readonly string[]).includes(m)));
    if (isApiError(error, 'empty_draft')) setEmptyDraft(true);
    errors.showApiError(error, { fields: { publishOn: 'publishOn', periodDays: 'periodDays', shortenedReason: 'shortenedReason' }, codes: { invalid_publish_date: 'publishOn' } });
  }

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (pending || errors.showClientErrors(validate())) return;
    try {
      const days = Number(periodDays);
      const reason = shortenedReason.trim() || null;
      if (days !== c.periodDays || reason !== (c.shortenedReason?.trim() || null)) await update.mutateAsync({ periodDays: days, shortenedReason: reason });
      await publish.mutateAsync(publishOn);
      const state: ManageFlash = { flash: 'published' };
      navigate(`/officer/consultations/${c.id}`, { state });
    } catch (error) {
      showError(error);
    }
  }

  return (
    <>
      <ErrorSummary items={errors.summary} focusKey={errors.focusKey} />
      {missingMotives && (
        <Notice tone="error" title={t('publish.motivesTitle')}>
          <p>{t('publish.motivesBody')}</p>
          <ul>
            {missingMotives.map((item) => (
              <li key={item}>{t(`consultations:motives.${item}`)}</li>
            ))}
          </ul>
          <p>
            <Link to={`/officer/consultations/${c.id}/edit`}>{t('publish.completeMotives')}</Link>
          </p>
        </Notice>
      )}
      {emptyDraft && (
        <Notice tone="error">
          <p>
            <Link to={`/officer/consultations/${c.id}/edit`}>{t('publish.writeDraft')}</Link>
          </p>
        </Notice>
      )}
      <p className="lead">{t('publish.lead')}</p>
      <form onSubmit={onSubmit} noValidate>
        <TextField
          id={FIELDS.publishOn}
          label={t('publish.publishOn')}
          hint={t('publish.publishOnHint')}
          type="date"
          min={today}
          width="short"
          value={publishOn}
          onChange={(e) => setPublishOn(e.target.value)}
          error={errors.fieldErrors.publishOn}
        />
        <TextField
          id={FIELDS.periodDays}
          label={t('form.periodDays')}
          hint={t(`form.periodDaysHint${municipality.country}`)}
          inputMode="numeric"
          width="short"
          value={periodDays}
          onChange={(e) => setPeriodDays(e.target.value)}
          error={errors.fieldErrors.periodDays}
        />
        <TextareaField
          id={FIELDS.shortenedReason}
          label={t('form.shortenedReason')}
          hint={t('form.shortenedReasonHint')}
          optional
          rows={3}
          value={shortenedReason}
          onChange={(e) => setShortenedReason(e.target.value)}
          error={errors.fieldErrors.shortenedReason}
        />

        <section className="deadline" aria-labelledby="deadline-title">
          <h2 id="deadline-title" className="deadline__title">
            {t('publish.previewTitle')}
          </h2>
          <div aria-live="polite" aria-busy={deadline.isFetching || undefined}>
            {!dayValid || !periodValid ? (
              <p className="muted">{t('publish.previewWaiting')}</p>
            ) : deadline.isError ? (
              <LoadError error={deadline.error} onRetry={() => void deadline.refetch()} />
            ) : deadline.data ? (
              <DeadlinePreview deadline={deadline.data} today={today} judge={reasonMatchesStored} />
            ) : (
              <p className="loading">{t('publish.computing')}</p>
            )}
          </div>
        </section>

        <div className="button-group">
          <Button type="submit" busy={pending} busyLabel={t('publish.publishing')}>
            {t('publish.submit')}
          </Button>
          <Link to={`/officer/consultations/${c.id}`}>{t('form.cancel')}</Link>
        </div>
      </form>
    </>
  );
}

/**
 * The legal calculator's answer in words: "The last day for proposals is Tuesday, 14 April 2026
 * (moved from 10 April 2026: Good Friday, …)", whether the period is long enough, and a warning when the
 * holiday calendar for the period is not complete (the last day may miss a holiday).
 */
function DeadlinePreview({ deadline: d, today, judge }: { deadline: Deadline; today: string; judge: boolean }) {
  const { t, i18n } = useTranslation('officer');
  const day = useDay();
  const localize = useLocalize();
  const skipped = d.skippedDays.map((s) => `${formatDayMonth(s.date, i18n.language)} – ${localize(s.name).text}`);
  const reasons = skipped.length ? formatList(skipped, i18n.language) : d.reason;
  return (
    <>
      <p className="deadline__last">
        {t('publish.lastDay', { date: formatDay(d.lastDay, i18n.language, { weekday: true }) })}
        {d.movedFrom && <> {t('publish.movedFrom', { date: day(d.movedFrom), reasons })}</>}
      </p>
      {/* published today it opens at once, on a later day at that day's 00:00; the law counts from the next day */}
      <p>{t(d.publishOn === today ? 'publish.windowNow' : 'publish.windowScheduled', { publishOn: day(d.publishOn, { weekday: true }), firstDay: day(nextDay(d.publishOn)), count: d.periodDays })}</p>
      {!d.calendarComplete && (
        <Notice tone="warning" title={t('publish.calendarIncompleteTitle')}>
          <p>{t('publish.calendarIncomplete', { year: d.lastDay.slice(0, 4) })}</p>
        </Notice>
      )}
      {judge && !d.periodAllowed && (
        <Notice tone="warning" title={t('publish.periodNotAllowedTitle')}>
          <p>{t('publish.periodNotAllowed', { count: d.periodDays, minimum: d.minimumDays })}</p>
        </Notice>
      )}
      {!judge && <p className="muted">{t('publish.reasonChanged')}</p>}
    </>
  );
}

/** The calendar day after `date` (YYYY-MM-DD): day 1 of the legal period. */
function nextDay(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
}
