import { useState } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { useTranslation } from '../../i18n/react';
import { isApiError } from '../../api/errors';
import { formFiles, useForm, useFormReport, type Form, type FormPurpose, type QuestionReport, type ReportCell } from '../../api/forms';
import { useSession } from '../../api/me';
import { Breadcrumbs, type Crumb } from '../../components/Breadcrumbs';
import { NotFound } from '../../components/Pages';
import { LoadError, Loading, Notice } from '../../components/Status';
import { usePageTitle } from '../../components/usePageTitle';
import { formatDay, formatNumber, formatPercent } from '../../lib/format';
import { BarTable, type BarRow } from './ui/BarTable';
import { DownloadLink } from './ui/DownloadLink';
import { PeriodFilter, usePeriod } from './ui/PeriodFilter';
import { representedOrganizations } from '../../app/roles';
import { likertScale } from './ui/QuestionInput';
import { formatDecimal, formatNps } from './ui/numbers';
import { useLocalize } from './ui/useLocalize';
import './forms.css';

/** `/forms/:id/report` — officers, partner NGOs, and anyone once the results are published. */
export function ReportPage() {
  const { t, i18n } = useTranslation(['forms', 'common']);
  const { id = '' } = useParams();
  const location = useLocation();
  const period = usePeriod();
  const { me, status } = useSession();
  const report = useFormReport(id, period);
  // the form gives the questions' words; a reader who may not answer it may not get it, and the report still stands
  const form = useForm(id);
  const localize = useLocalize();
  const title = form.data ? localize(form.data.title) : undefined;
  const missing = isApiError(report.error) && (report.error.status === 404 || report.error.status === 400);
  const refused = isApiError(report.error) && (report.error.status === 401 || report.error.status === 403);
  usePageTitle(missing ? t('common:notFound.title') : title ? `${t('report.title')}: ${title.text}` : t('report.title'));
  if (missing) return <NotFound />;

  const officer = form.data?.can.manage ?? false;
  const crumbs: Crumb[] = officer ? [{ to: '/officer/forms', label: t('list.title') }] : representedOrganizations(me).length > 0 ? [{ to: '/reviews', label: t('reviews.title') }] : [];
  const minGroup = report.data?.minGroupSize ?? form.data?.minGroupSize ?? 5;
  const fileBase = `form-${id.slice(0, 8)}`;

  return (
    <>
      <Breadcrumbs items={crumbs} />
      {title && (
        <p className="caption" lang={title.lang}>
          {title.text}
        </p>
      )}
      <h1>{t('report.title')}</h1>
      {refused && (
        <Notice tone="info" title={t('report.refusedTitle')}>
          <p>{t('report.refusedBody')}</p>
          {status === 'signed-out' && (
            <p>
              <Link to={`/login?next=${encodeURIComponent(location.pathname + location.search)}`}>{t('report.signIn')}</Link>
            </p>
          )}
        </Notice>
      )}
      {!refused && report.isError && <LoadError error={report.error} onRetry={() => void report.refetch()} />}
      {report.isPending && <Loading />}
      {report.data && (
        <>
          <p className="lead">
            {t('report.responses', { count: report.data.responses, number: formatNumber(report.data.responses, i18n.language) })}
            {(period.from || period.to) && (
              <>
                {' '}
                {t('report.inPeriod', {
                  from: period.from ? formatDay(period.from, i18n.language) : '…',
                  to: period.to ? formatDay(period.to, i18n.language) : '…',
                })}
              </>
            )}
          </p>
          {report.data.pendingResponses > 0 && (
            <p>{t('report.pending', { count: report.data.pendingResponses, number: formatNumber(report.data.pendingResponses, i18n.language), size: formatNumber(Math.max(1, minGroup), i18n.language) })}</p>
          )}
          <Notice tone="info" title={t('report.privacyTitle')}>
            <p>{t('report.privacyBody', { size: minGroup })}</p>
          </Notice>
          <PeriodFilter idPrefix="report-period" title={t('period.title')} />
          <h2 className="visually-hidden">{t('report.downloads')}</h2>
          <ul className="inline-actions report__downloads">
            <li>
              <DownloadLink href={formFiles.reportCsv(id, period)} fileName={`${fileBase}-report.csv`}>
                {t('report.csv')}
              </DownloadLink>
            </li>
            <li>
              <DownloadLink href={formFiles.reportPdf(id, period)} fileName={`${fileBase}-report.pdf`}>
                {t('report.pdf')}
              </DownloadLink>
            </li>
            {officer && (
              <li>
                <DownloadLink href={formFiles.responsesCsv(id)} fileName={`${fileBase}-responses.csv`}>
                  {form.data?.anonymous ? t('report.rawCsvAnonymous') : t('report.rawCsv')}
                </DownloadLink>
              </li>
            )}
          </ul>
          {report.data.questions.map((question, index) => (
            <QuestionSection key={question.key} question={question} number={index + 1} form={form.data} minGroup={minGroup} />
          ))}
        </>
      )}
    </>
  );
}

function useOptionLabel(form: Form | undefined, purpose: FormPurpose | undefined) {
  const { t, i18n } = useTranslation('forms');
  const localize = useLocalize();
  return (question: QuestionReport, option: string | number): { text: string; lang?: string } => {
    const value = String(option);
    // a scale with its own words at the ends: "1 — not at all", plain numbers between
    const ends = form?.questions.find((q) => q.key === question.key)?.scaleLabels;
    if (ends && /^\d+$/.test(value) && (question.type === 'likert5' || question.type === 'rating10' || question.type === 'nps')) {
      const number = formatNumber(Number(value), i18n.language);
      const [low, high] = question.type === 'likert5' ? ['1', '5'] : ['0', '10'];
      const end = value === low ? localize(ends.min) : value === high ? localize(ends.max) : null;
      return end ? { text: `${number} — ${end.text}`, lang: end.lang } : { text: number };
    }
    if (question.type === 'likert5' && /^[1-5]$/.test(value)) return { text: `${value} — ${t(`likert.${likertScale(purpose)}.${value}` as 'likert.agreement.1')}` };
    if (question.type === 'rating10' || question.type === 'nps') return { text: /^\d+$/.test(value) ? formatNumber(Number(value), i18n.language) : value };
    const found = form?.questions.find((q) => q.key === question.key)?.options?.find((o) => o.key === value);
    if (!found) return { text: value };
    const shown = localize(found.label);
    return { text: shown.text, lang: shown.lang };
  };
}

function QuestionSection({ question, number, form, minGroup }: { question: QuestionReport; number: number; form: Form | undefined; minGroup: number }) {
  const { t, i18n } = useTranslation('forms');
  const localize = useLocalize();
  const optionLabel = useOptionLabel(form, form?.purpose);
  const [allTexts, setAllTexts] = useState(false);
  const label = localize(question.label ?? form?.questions.find((q) => q.key === question.key)?.label ?? question.key);
  const headingId = `report-${question.key}`;
  const lang = i18n.language;
  const n = question.n;
  const hiddenCell = t('report.suppressedCell', { size: minGroup });
  const texts = question.texts ?? [];
  const shownTexts = allTexts ? texts : texts.slice(0, 10);

  const rows: BarRow[] = question.distribution.map((cell: ReportCell) => {
    const shown = optionLabel(question, cell.option);
    if (cell.suppressed || cell.count === undefined) return { key: String(cell.option), label: shown.text, lang: shown.lang, cells: [''], hidden: hiddenCell };
    return { key: String(cell.option), label: shown.text, lang: shown.lang, cells: [formatNumber(cell.count, lang)], share: cell.share ?? 0, barText: formatPercent(cell.share ?? 0, lang) };
  });
  const anySuppressed = question.distribution.some((c) => c.suppressed);

  return (
    <section className="section report-question" aria-labelledby={headingId}>
      <h2 id={headingId}>
        <span className="question__number">{formatNumber(number, lang)}.</span> <span lang={label.lang}>{label.text}</span>
      </h2>
      <p className="muted">{t(`types.${question.type}`)}</p>
      {question.suppressed ? (
        <Notice tone="warning" title={t('report.questionSuppressedTitle', { size: minGroup })}>
          <p>{t('report.questionSuppressedBody', { size: minGroup })}</p>
        </Notice>
      ) : (
        <>
          <dl className="summary-list summary-list--compact report-facts">
            <div className="summary-list__row">
              <dt>{t('report.n')}</dt>
              <dd>{n === null || n === undefined ? hiddenCell : formatNumber(n, lang)}</dd>
            </div>
            {question.mean !== undefined && question.mean !== null && (
              <div className="summary-list__row">
                <dt>{t('report.mean')}</dt>
                <dd>{formatDecimal(question.mean, lang)}</dd>
              </div>
            )}
            {question.median !== undefined && question.median !== null && (
              <div className="summary-list__row">
                <dt>{t('report.median')}</dt>
                <dd>{formatDecimal(question.median, lang)}</dd>
              </div>
            )}
            {question.type === 'nps' && (
              <div className="summary-list__row">
                <dt>{t('report.nps')}</dt>
                <dd>
                  {question.nps === undefined || question.nps === null ? hiddenCell : <strong className="report-nps">{formatNps(question.nps, lang)}</strong>}
                  <span className="field__hint report-nps__hint">{t('report.npsExplained')}</span>
                </dd>
              </div>
            )}
          </dl>
          {rows.length > 0 && (
            <BarTable
              caption={t('report.distributionCaption', { question: label.text })}
              headers={[t('report.answer'), t('report.count')]}
              barHeader={t('report.share')}
              rows={rows}
            />
          )}
          {anySuppressed && <p className="field__hint">{t('report.suppressedExplained', { size: minGroup })}</p>}
          {question.type === 'multiple' && <p className="field__hint">{t('report.multipleExplained')}</p>}
          {texts.length > 0 && (
            <>
              <h3>{t('report.texts', { count: texts.length, number: formatNumber(texts.length, lang) })}</h3>
              <ul className="report-texts">
                {shownTexts.map((text, index) => (
                  <li key={index} className="pre-line" lang={question.textLangs?.[index]}>
                    {text}
                  </li>
                ))}
              </ul>
              {texts.length > shownTexts.length && (
                <button type="button" className="button button--secondary" onClick={() => setAllTexts(true)}>
                  {t('report.allTexts', { number: formatNumber(texts.length, lang) })}
                </button>
              )}
            </>
          )}
        </>
      )}
    </section>
  );
}
