import { Injectable } from '@nestjs/common';
import { Readable } from 'node:stream';
import { Access } from '../policy/access';
import type { AuthUser } from '../common/auth-user';
import { Clock } from '../common/clock';
import { DomainError } from '../common/domain-error';
import { LOCALES, Locale, LocalizedText, localize } from '../common/locale';
import { TaggedPdf } from '../common/pdf/tagged-pdf';
import { MunicipalitiesRepository } from '../municipalities/municipalities.repository';
import { OrganizationsRepository } from '../organizations/organizations.repository';
import { csvLine } from '../common/csv';
import { FormReportDto, ReportPeriodQuery, SatisfactionFiguresDto, SatisfactionQuery, SatisfactionReportDto } from './dto/report.dto';
import { FormAccess, FormView, formStatus } from './form-access';
import { FormReportsRepository, Period, SatisfactionRow, Scope } from './form-reports.repository';
import { FormsRepository } from './forms.repository';
import { REPORT_TEXT, SATISFACTION_RULE, TYPE_LABELS } from './format';
import { CHOICE_TYPES, FormQuestion, TEXT_TYPES, scaleValueLabel } from './questions';
import { QuestionReport, questionReport, suppressCells } from './statistics';

/** Free-text answers per question in the JSON report (the PDF prints fewer). */
const TEXT_LIMIT = 500;
const PDF_TEXT_LIMIT = 50;

function checkPeriod(q: ReportPeriodQuery): Period {
  if (q.from && q.to && q.from > q.to) throw DomainError.validation([{ field: 'to', code: 'period_ends_before_start' }]);
  return { from: q.from, to: q.to };
}

/** An option's words: a choice's label, or a scale value with the word at its end ("1 — not at all"). */
const optionLabel = (q: FormQuestion, option: string | number, locale: Locale, L: Locale) =>
  typeof option === 'number' ? scaleValueLabel(q, option, (text) => localize(text, locale, L)) : localize(q.options.find((o) => o.key === option)?.label, locale, L);

/** The aggregate CSV's header: stable names whatever the reader's language (the PDF keeps its translated headings). */
const REPORT_CSV_COLUMNS = ['question_key', 'question', 'type', 'answered', 'mean', 'median', 'nps', 'option_key', 'option', 'count', 'share', 'suppressed'];

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
    const withTexts = view.can.texts;
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

  /**
   * The aggregate table as CSV (UTF-8 with BOM): one row per option, one per text question; a
   * header of stable names, the keys and the question's type as codes, the question's and the
   * option's words in the reader's language beside their keys.
   */
  async csv(viewer: AuthUser | undefined, id: string, q: ReportPeriodQuery, locale: Locale): Promise<{ stream: Readable; filename: string }> {
    const view = await this.readable(viewer, id);
    const report = await this.build(view, checkPeriod(q), 0);
    const { form, municipality: m } = view;
    const L = m.defaultLocale;
    function* lines() {
      yield `\uFEFF${csvLine(REPORT_CSV_COLUMNS)}`;
      for (const [i, r] of report.questions.entries()) {
        const question = form.questions[i];
        // the type as its code and no word in the count's column (a suppressed count is empty, `suppressed` says why)
        const head = [r.key, localize(r.label, locale, L), question.type, r.n ?? '', r.mean ?? '', r.median ?? '', r.nps ?? ''];
        if (!r.distribution.length) yield csvLine([...head, '', '', '', '', r.suppressed ? 'true' : '']);
        for (const c of r.distribution) {
          yield 'suppressed' in c ? csvLine([...head, c.option, optionLabel(question, c.option, locale, L), '', '', 'true']) : csvLine([...head, c.option, optionLabel(question, c.option, locale, L), c.count, c.share, '']);
        }
      }
    }
    return { stream: Readable.from(lines()), filename: `form-report-${form.id}.csv` };
  }

  /**
   * The report as a tagged PDF (common/pdf): a heading per question, its figures, a table of its
   * options with the bars drawn beside as decoration, suppressed cells said as such.
   */
  async pdf(viewer: AuthUser | undefined, id: string, q: ReportPeriodQuery, locale: Locale): Promise<{ stream: Readable; filename: string }> {
    const view = await this.readable(viewer, id);
    const period = checkPeriod(q);
    const report = await this.build(view, period, PDF_TEXT_LIMIT + 1);
    const { form, municipality: m } = view;
    const t = REPORT_TEXT[locale];
    const L = m.defaultLocale;
    const title = localize(form.title, locale, L);
    const pdf = new TaggedPdf({ locale, title: `${t.title}: ${title}`, author: localize(m.name, locale), footer: title });
    const doc = pdf.doc;
    pdf.paragraph(localize(m.name, locale), { font: 'bold', size: 10, gap: 0.5 });
    pdf.heading(1, title, { gap: 0.3 });
    pdf.paragraph(`${t.period}: ${period.from || period.to ? `${period.from ?? '…'} – ${period.to ?? '…'}` : t.allTime}`);
    pdf.paragraph(`${t.responses}: ${report.responses}`);
    if (form.anonymous) pdf.paragraph(t.anonymous);
    pdf.paragraph(t.suppressionNote(form.minGroupSize), { color: '#555' });
    for (const [i, r] of report.questions.entries()) {
      const question = form.questions[i];
      doc.moveDown();
      pdf.heading(2, `${i + 1}. ${localize(r.label, locale, L)}`, { size: 11 });
      const stats = [`${TYPE_LABELS[question.type][locale]}`, `${t.answers}: ${r.n ?? t.suppressed}`];
      if (r.mean !== undefined && r.mean !== null) stats.push(`${t.mean} ${r.mean}`);
      if (r.median !== undefined && r.median !== null) stats.push(`${t.median} ${r.median}`);
      if (r.nps !== undefined && r.nps !== null) stats.push(`${t.nps} ${r.nps}`);
      pdf.paragraph(stats.join(' · '), { size: 8, color: '#444', gap: 0.3 });
      if (r.suppressed) {
        pdf.paragraph(t.suppressedQuestion);
        continue;
      }
      if (r.distribution.length) {
        const max = Math.max(1, ...r.distribution.map((c) => ('count' in c ? c.count : 0)));
        const bar = (row: number, x: number, y: number, width: number) => {
          const c = r.distribution[row];
          if ('count' in c) doc.rect(x, y + 1, Math.max(0.5, (width * c.count) / max), 8).fill('#2b6cb0');
          else doc.rect(x, y + 1, width, 8).lineWidth(0.5).dash(2, { space: 2 }).stroke('#999').undash();
        };
        pdf.table(
          [
            { header: t.columns[8], width: 190 },
            { width: 200, draw: bar },
            { header: `${t.columns[9]} (${t.columns[10]})`, width: 90, align: 'right' },
          ],
          r.distribution.map((c) => [optionLabel(question, c.option, locale, L), 'count' in c ? `${c.count} (${Math.round(c.share * 1000) / 10}%)` : t.suppressed]),
        );
      }
      if (r.texts?.length) {
        doc.moveDown(0.3);
        pdf.heading(3, t.texts, { size: 9 });
        pdf.list(r.texts.slice(0, PDF_TEXT_LIMIT), { size: 8.5 });
        if ((r.n ?? 0) > PDF_TEXT_LIMIT) pdf.paragraph(t.moreTexts((r.n ?? 0) - PDF_TEXT_LIMIT), { color: '#555', indent: 10 });
      }
    }
    pdf.end();
    return { stream: pdf.stream, filename: `form-report-${form.id}.pdf` };
  }

  /**
   * Officers: every response as a CSV row, streamed in batches. An anonymous form gives the day and
   * the answers only; an identified one names the respondent. The same bytes whatever the reader's
   * language: a fixed header (`submitted_on`, then `account_email`, `name`, `invitation_email` on
   * an identified form), a column per question named by its key holding the answer as given (a
   * number, the option keys, the text), and beside each choice question its options' labels in
   * each language in `<key>_bg`, `<key>_en` and `<key>_mk`. The question texts are in the form
   * itself (`GET /api/forms/:id`) and in the report's CSV.
   */
  async responsesCsv(viewer: AuthUser, id: string): Promise<{ stream: Readable; filename: string }> {
    const view = await this.readable(viewer, id, true);
    const { form, municipality: m } = view;
    const L = m.defaultLocale;
    const identified = !form.anonymous;
    const questions = form.questions;
    // anonymous: the groups its report shows, nothing of the last group of an open form; identified: everyone, named
    const rows = this.repo.responses(form.id, identified, identified ? { upTo: 0, all: true } : await this.scope(view, {}));
    const choice = (q: FormQuestion) => CHOICE_TYPES.includes(q.type);
    const header = [
      'submitted_on',
      ...(identified ? ['account_email', 'name', 'invitation_email'] : []),
      ...questions.flatMap((q) => (choice(q) ? [q.key, ...LOCALES.map((l) => `${q.key}_${l}`)] : [q.key])),
    ];
    async function* lines() {
      yield `\uFEFF${csvLine(header)}`;
      for await (const r of rows) {
        const values = new Map<string, Array<number | string>>();
        for (const [key, num, option, text] of r.answers) (values.get(key) ?? values.set(key, []).get(key)!).push(num ?? option ?? text ?? '');
        const cells = questions.flatMap((q) => {
          const given = values.get(q.key) ?? [];
          if (!choice(q)) return [given.join('; ')];
          const labels = LOCALES.map((l) => given.map((o) => localize(q.options.find((x) => x.key === o)?.label, l, L)).join('; '));
          return [given.join('; '), ...labels];
        });
        yield csvLine([r.submitted_on, ...(identified ? [r.user_email ?? '', r.user_name ?? r.invitation_name ?? '', r.invitation_email ?? ''] : []), ...cells]);
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
