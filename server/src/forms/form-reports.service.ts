import { Injectable } from '@nestjs/common';
import { Readable } from 'node:stream';
import PDFDocument from 'pdfkit';
import { Access } from '../common/access';
import { assetPath } from '../common/assets';
import type { AuthUser } from '../common/auth-user';
import { Clock } from '../common/clock';
import { DomainError } from '../common/domain-error';
import { Locale, LocalizedText, localize } from '../common/locale';
import { MunicipalitiesRepository } from '../municipalities/municipalities.repository';
import { OrganizationsRepository } from '../organizations/organizations.repository';
import { csvLine } from '../reports/report-format';
import { FormReportDto, ReportPeriodQuery, SatisfactionFiguresDto, SatisfactionQuery, SatisfactionReportDto } from './dto/report.dto';
import { FormAccess, FormView, formStatus } from './form-access';
import { FormReportsRepository, Period, SatisfactionRow, Scope } from './form-reports.repository';
import { FormsRepository } from './forms.repository';
import { REPORT_TEXT, SATISFACTION_RULE, TYPE_LABELS } from './format';
import { FormQuestion, TEXT_TYPES } from './questions';
import { QuestionReport, questionReport, suppressCells } from './statistics';

/** Free-text answers per question in the JSON report (the PDF prints fewer). */
const TEXT_LIMIT = 500;
const PDF_TEXT_LIMIT = 50;

function checkPeriod(q: ReportPeriodQuery): Period {
  if (q.from && q.to && q.from > q.to) throw DomainError.validation([{ field: 'to', code: 'period_ends_before_start' }]);
  return { from: q.from, to: q.to };
}

const optionLabel = (q: FormQuestion, option: string | number, locale: Locale, L: Locale) => (typeof option === 'number' ? String(option) : localize(q.options.find((o) => o.key === option)?.label, locale, L));

@Injectable()
export class FormReportsService {
  constructor(
    private readonly repo: FormReportsRepository,
    private readonly formAccess: FormAccess,
    private readonly municipalities: MunicipalitiesRepository,
    private readonly organizations: OrganizationsRepository,
    private readonly access: Access,
    private readonly forms: FormsRepository,
    private readonly clock: Clock,
  ) {}

  async report(viewer: AuthUser | undefined, id: string, q: ReportPeriodQuery): Promise<FormReportDto> {
    const view = await this.readable(viewer, id);
    return this.build(view, checkPeriod(q), TEXT_LIMIT);
  }

  /**
   * The form for its report. A closed form's waiting answers join its last group first (the
   * housekeeping job may not have come by yet), so its report is complete; an open form's report
   * shows all its groups but the last, which may still take the leftovers at closing.
   */
  private async readable(viewer: AuthUser | undefined, id: string, officersOnly = false): Promise<FormView> {
    const view = officersOnly ? await this.formAccess.require(viewer, id) : await this.formAccess.requireReport(viewer, id);
    if (officersOnly && !view.officer) throw DomainError.forbidden();
    const now = this.clock.now();
    if (formStatus(view.form, now) === 'closed') await this.forms.releaseGroup(view.form.id, 1, now, true);
    return view;
  }

  /** The responses a report of the form covers: whole groups only, by their group's day. */
  private async scope(view: FormView, period: Period): Promise<Scope> {
    const now = this.clock.now();
    const upTo = await this.forms.shownGroup(view.form.id, now);
    return { ...period, upTo, all: formStatus(view.form, now) === 'closed' && !period.from && !period.to };
  }

  private async build(view: FormView, period: Period, textLimit: number): Promise<Omit<FormReportDto, 'questions'> & { questions: QuestionReport[] }> {
    const { form } = view;
    const scope = await this.scope(view, period);
    const [responses, aggregates] = [await this.repo.responseCount(form.id, scope), await this.repo.aggregates(form.id, scope)];
    const pendingResponses = (await this.forms.responseCounts([form.id], this.clock.now())).get(form.id)!.pending;
    const withTexts = FormAccess.mayReadTexts(view);
    const textKeys = withTexts ? form.questions.filter((q) => TEXT_TYPES.includes(q.type) && (aggregates.get(q.key)?.n ?? 0) >= form.minGroupSize).map((q) => q.key) : [];
    const texts = await this.repo.texts(form.id, textKeys, scope, textLimit);
    return {
      formId: form.id,
      responses,
      pendingResponses,
      minGroupSize: form.minGroupSize,
      anonymous: form.anonymous,
      from: period.from ?? null,
      to: period.to ?? null,
      withTexts,
      questions: form.questions.map((q) => {
        const report = questionReport(q, aggregates.get(q.key), { minGroupSize: form.minGroupSize, texts: texts.get(q.key)?.map((t) => t.text) });
        return report.texts ? { ...report, textLangs: texts.get(q.key)!.map((t) => t.lang) } : report;
      }),
    };
  }

  /** The aggregate table as CSV (UTF-8 with BOM): one row per option, one per text question. */
  async csv(viewer: AuthUser | undefined, id: string, q: ReportPeriodQuery, locale: Locale): Promise<{ stream: Readable; filename: string }> {
    const view = await this.readable(viewer, id);
    const report = await this.build(view, checkPeriod(q), 0);
    const { form, municipality: m } = view;
    const t = REPORT_TEXT[locale];
    const L = m.defaultLocale;
    function* lines() {
      yield `\uFEFF${csvLine(t.columns)}`;
      for (const [i, r] of report.questions.entries()) {
        const question = form.questions[i];
        const head = [r.key, localize(r.label, locale, L), TYPE_LABELS[question.type][locale], r.n ?? t.suppressed, r.mean ?? '', r.median ?? '', r.nps ?? ''];
        if (!r.distribution.length) yield csvLine([...head, '', '', '', '', r.suppressed ? 'true' : '']);
        for (const c of r.distribution) {
          yield 'suppressed' in c ? csvLine([...head, c.option, optionLabel(question, c.option, locale, L), '', '', 'true']) : csvLine([...head, c.option, optionLabel(question, c.option, locale, L), c.count, c.share, '']);
        }
      }
    }
    return { stream: Readable.from(lines()), filename: `form-report-${form.id}.csv` };
  }

  /** The report as a PDF: Cyrillic in DejaVu, a bar per option, suppressed cells said as such. */
  async pdf(viewer: AuthUser | undefined, id: string, q: ReportPeriodQuery, locale: Locale): Promise<{ stream: Readable; filename: string }> {
    const view = await this.readable(viewer, id);
    const period = checkPeriod(q);
    const report = await this.build(view, period, PDF_TEXT_LIMIT + 1);
    const { form, municipality: m } = view;
    const t = REPORT_TEXT[locale];
    const L = m.defaultLocale;
    const title = localize(form.title, locale, L);
    const doc = new PDFDocument({ size: 'A4', margins: { top: 50, bottom: 50, left: 50, right: 50 }, info: { Title: `${t.title}: ${title}`, Author: localize(m.name, locale) } });
    doc.registerFont('body', assetPath('fonts/DejaVuSans.ttf'));
    doc.registerFont('bold', assetPath('fonts/DejaVuSans-Bold.ttf'));
    doc.font('bold').fontSize(10).text(localize(m.name, locale));
    doc.moveDown(0.5).fontSize(15).text(title);
    doc.font('body').fontSize(9).moveDown(0.3);
    doc.text(`${t.period}: ${period.from || period.to ? `${period.from ?? '…'} – ${period.to ?? '…'}` : t.allTime}`);
    doc.text(`${t.responses}: ${report.responses}`);
    if (form.anonymous) doc.text(t.anonymous);
    doc.fillColor('#555').text(t.suppressionNote(form.minGroupSize)).fillColor('#000');
    const ensure = (h: number) => {
      if (doc.y + h > doc.page.height - 60) doc.addPage();
    };
    for (const [i, r] of report.questions.entries()) {
      const question = form.questions[i];
      ensure(60);
      doc.moveDown().font('bold').fontSize(11).text(`${i + 1}. ${localize(r.label, locale, L)}`, 50);
      doc.font('body').fontSize(8).fillColor('#444');
      const stats = [`${TYPE_LABELS[question.type][locale]}`, `${t.answers}: ${r.n ?? t.suppressed}`];
      if (r.mean !== undefined && r.mean !== null) stats.push(`${t.mean} ${r.mean}`);
      if (r.median !== undefined && r.median !== null) stats.push(`${t.median} ${r.median}`);
      if (r.nps !== undefined && r.nps !== null) stats.push(`${t.nps} ${r.nps}`);
      doc.text(stats.join(' · ')).fillColor('#000');
      if (r.suppressed) {
        doc.moveDown(0.3).fontSize(9).text(t.suppressedQuestion);
        continue;
      }
      const max = Math.max(1, ...r.distribution.map((c) => ('count' in c ? c.count : 0)));
      for (const c of r.distribution) {
        ensure(16);
        const y = doc.y + 3;
        doc.font('body').fontSize(9).fillColor('#000').text(optionLabel(question, c.option, locale, L), 50, y, { width: 190, lineBreak: false, ellipsis: true });
        if ('count' in c) {
          doc.rect(245, y, Math.max(0.5, (200 * c.count) / max), 9).fill('#2b6cb0');
          doc.fillColor('#000').text(`${c.count} (${Math.round(c.share * 1000) / 10}%)`, 455, y, { width: 90, align: 'right', lineBreak: false });
        } else {
          doc.rect(245, y, 200, 9).lineWidth(0.5).dash(2, { space: 2 }).stroke('#999').undash();
          doc.fillColor('#666').text(t.suppressed, 455, y, { width: 90, align: 'right', lineBreak: false }).fillColor('#000');
        }
        doc.x = 50;
        doc.y = y + 14;
      }
      if (r.texts?.length) {
        doc.moveDown(0.3).font('bold').fontSize(9).text(t.texts, 50);
        doc.font('body').fontSize(8.5);
        for (const text of r.texts.slice(0, PDF_TEXT_LIMIT)) {
          ensure(20);
          doc.text(`— ${text}`, 60, undefined, { width: 480, paragraphGap: 2 });
        }
        if ((r.n ?? 0) > PDF_TEXT_LIMIT) doc.fillColor('#555').text(t.moreTexts((r.n ?? 0) - PDF_TEXT_LIMIT), 60).fillColor('#000');
      }
    }
    doc.end();
    return { stream: doc as unknown as Readable, filename: `form-report-${form.id}.pdf` };
  }

  /**
   * Officers: every response as a CSV row, one column per question, streamed in batches. An
   * anonymous form gives the day and the answers only; an identified one names the respondent.
   */
  async responsesCsv(viewer: AuthUser, id: string, locale: Locale): Promise<{ stream: Readable; filename: string }> {
    const view = await this.readable(viewer, id, true);
    const { form, municipality: m } = view;
    const L = m.defaultLocale;
    const t = REPORT_TEXT[locale];
    const identified = !form.anonymous;
    const questions = form.questions;
    // anonymous: the groups its report shows, nothing of the last group of an open form; identified: everyone, named
    const rows = this.repo.responses(form.id, identified, identified ? { upTo: 0, all: true } : await this.scope(view, {}));
    const header = [t.rawColumns.submittedOn, ...(identified ? [t.rawColumns.account, t.rawColumns.name, t.rawColumns.invitation] : []), ...questions.map((q) => `${q.key}: ${localize(q.label, locale, L)}`)];
    async function* lines() {
      yield `\uFEFF${csvLine(header)}`;
      for await (const r of rows) {
        const values = new Map<string, string[]>();
        for (const [key, num, choice, text] of r.answers) {
          const list = values.get(key) ?? values.set(key, []).get(key)!;
          const q = questions.find((x) => x.key === key);
          list.push(num !== null ? String(num) : choice !== null && q ? optionLabel(q, choice, locale, L) : (text ?? ''));
        }
        yield csvLine([r.submitted_on, ...(identified ? [r.user_email ?? '', r.user_name ?? r.invitation_name ?? '', r.invitation_email ?? ''] : []), ...questions.map((q) => (values.get(q.key) ?? []).join('; '))]);
      }
    }
    return { stream: Readable.from(lines()), filename: `form-responses-${form.id}.csv` };
  }

  /** Officers and partner NGOs of the municipality: satisfaction per activity and month. */
  async satisfaction(viewer: AuthUser | undefined, q: SatisfactionQuery, locale: Locale): Promise<SatisfactionReportDto> {
    const m = await this.municipalities.findByRef(q.municipalityId);
    if (!m) throw DomainError.notFound();
    if (!viewer) throw new DomainError('unauthorized');
    const allowed = (await this.access.hasStaffRole(viewer, m.id, ['officer'])) || (await this.organizations.isPartnerRepresentative(viewer.id, m.id));
    if (!allowed) throw DomainError.forbidden();
    const period = checkPeriod(q);
    await this.forms.releaseClosed(this.clock.now(), m.id);
    const rows = await this.repo.satisfaction(m.id, period, this.clock.now());
    const titles = await this.repo.activityTitles(rows.filter((r) => r.month === null));
    const activity = (r: SatisfactionRow) => ({ type: r.type, id: r.id, title: titles.get(`${r.type}:${r.id}`) ?? ({} as LocalizedText) });
    const totals = rows.filter((r) => r.month === null);
    const months = rows.filter((r) => r.month !== null);
    // within an activity, the months add up to its total: hide a second month when one alone would be hidden
    const hidden = new Set<SatisfactionRow>();
    for (const total of totals) {
      const own = months.filter((r) => r.type === total.type && r.id === total.id);
      suppressCells(own.map((r) => r.responses), total.min_group_size).forEach((h, i) => h && hidden.add(own[i]));
      if (total.responses < total.min_group_size) hidden.add(total);
    }
    return {
      municipalityId: m.id,
      from: period.from ?? null,
      to: period.to ?? null,
      rule: SATISFACTION_RULE[locale],
      items: months.map((r) => ({ activity: activity(r), month: r.month!, ...figures(r, hidden.has(r)) })),
      activities: totals.map((r) => ({ activity: activity(r), ...figures(r, hidden.has(r)) })),
    };
  }
}

function figures(r: SatisfactionRow, hidden: boolean): SatisfactionFiguresDto {
  if (hidden) return { forms: r.forms, responses: null, meanSatisfaction: null, nps: null, suppressed: true };
  return { forms: r.forms, responses: r.responses, meanSatisfaction: r.mean, nps: r.nps };
}
