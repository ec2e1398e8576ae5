import { Injectable, Inject } from '@nestjs/common';
import { Readable } from 'node:stream';
import { AuditService } from '../audit/audit.service';
import type { AuthUser } from '../common/auth-user';
import { Clock } from '../common/clock';
import { DomainError } from '../common/domain-error';
import { Locale, LOCALES, localize } from '../common/locale';
import { TaggedPdf } from '../common/pdf/tagged-pdf';
import { APP_CONFIG } from '../config/config';
import type { AppConfig } from '../config/config';
import { ConsultationsRepository } from '../consultations/consultations.repository';
import type { Consultation } from '../consultations/consultation.entity';
import { consultationStatus } from '../consultations/status';
import { consultationPolicy } from '../policy/consultation.policy';
import { Policy } from '../policy/policy.service';
import { localDateOf } from '../legal-time/zoned-time';
import { publicAuthor } from '../contributions/author';
import { Tx } from '../database/transaction';
import { MailService } from '../mail/mail.service';
import { MunicipalitiesRepository } from '../municipalities/municipalities.repository';
import type { Municipality } from '../municipalities/municipality.entity';
import type { Decision } from './contribution-response.entity';
import { OutcomeDto, ReportDto, ReportItemDto } from './dto/response.dto';
import { csvLine } from '../common/csv';
import { CHANNEL_LABELS, DECISION_LABELS, KIND_LABELS, REPORT_CSV_COLUMNS, REPORT_HEADINGS, decisionTotals } from './report-format';
import { ReportRow, ReportsRepository } from './reports.repository';

@Injectable()
export class ReportsService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly repo: ReportsRepository,
    private readonly consultations: ConsultationsRepository,
    private readonly municipalities: MunicipalitiesRepository,
    private readonly tx: Tx,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly policy: Policy,
    private readonly mail: MailService,
  ) {}

  /** Public once published; the municipality's staff see a preview before. */
  private async readable(viewer: AuthUser | undefined, id: string): Promise<{ c: Consultation; m: Municipality }> {
    const c = await this.policy.require(viewer, 'consultation', id, 'view');
    if (!c.reportPublishedAt && !(await this.policy.can(viewer, consultationPolicy, c, 'inspect'))) throw new DomainError('report_not_published');
    return { c, m: (await this.municipalities.findById(c.municipalityId))! };
  }

  private item(r: ReportRow, n: number, m: Municipality, locale: Locale): ReportItemDto {
    const author = publicAuthor({ publishName: r.publish_name, participantNo: r.participant_no, authorName: r.author_name, organizationName: r.organization_name, authorDeleted: r.author_deleted }, locale);
    return {
      number: n,
      contributionId: r.id,
      kind: r.kind,
      author: author.name,
      organization: author.organization,
      channel: CHANNEL_LABELS[r.channel]?.[locale] ?? r.channel,
      receivedOn: localDateOf(new Date(r.received_at), m.timeZone),
      section: r.section_ref,
      text: r.body,
      lang: r.lang,
      decision: r.decision,
      decisionLabel: r.decision ? DECISION_LABELS[r.decision][locale] : null,
      reasoning: r.reasoning,
      reasoningLang: r.reasoning ? r.reasoning_lang : null,
    };
  }

  async report(viewer: AuthUser | undefined, id: string, locale: Locale): Promise<ReportDto> {
    const { c, m } = await this.readable(viewer, id);
    const items: ReportItemDto[] = [];
    for await (const r of this.repo.contributionRows(c.id)) items.push(this.item(r, items.length + 1, m, locale));
    const totals = decisionTotals(items.map((i) => ({ kind: i.kind, decision: i.decision as Decision | null })));
    const proposals = items.filter((i) => i.kind === 'proposal');
    const version = c.reportPublishedAt ? (await this.repo.nextVersion(c.id, 'report')) - 1 : 0;
    return {
      can: await this.policy.flags(viewer, consultationPolicy, c),
      consultationId: c.id,
      title: `${REPORT_HEADINGS[locale].title}: ${localize(c.title, locale)}`,
      published: c.reportPublishedAt !== null,
      publishedAt: c.reportPublishedAt?.toISOString() ?? null,
      version,
      noProposals: items.length === 0,
      notice: items.length === 0 ? REPORT_HEADINGS[locale].noProposals : null,
      totals: { contributions: items.length, proposals: proposals.length, ...totals },
      items,
      unansweredIds: c.reportPublishedAt ? [] : proposals.filter((p) => !p.decision).map((p) => p.contributionId),
      authorsToNotify: c.reportPublishedAt ? 0 : await this.repo.recipientCount(c.id),
    };
  }

  /**
   * The same справка as `report()`, streamed as JSON: the totals and the unanswered proposals come
   * from two aggregate queries first, then the items in the repository's keyset batches, so the
   * server's memory stays flat however many proposals there are (the JSON of 100,000 built whole
   * took 700 MiB). Items answered while it streams may differ from the totals by those answers.
   */
  async reportJson(viewer: AuthUser | undefined, id: string, locale: Locale): Promise<Readable> {
    const { c, m } = await this.readable(viewer, id);
    const counts = await this.repo.kindsAndDecisions(c.id);
    const contributions = counts.reduce((sum, r) => sum + r.n, 0);
    const proposals = counts.filter((r) => r.kind === 'proposal').reduce((sum, r) => sum + r.n, 0);
    const unansweredIds = c.reportPublishedAt ? [] : await this.repo.unansweredProposalIds(c.id, 1_000_000);
    const version = c.reportPublishedAt ? (await this.repo.nextVersion(c.id, 'report')) - 1 : 0;
    const authorsToNotify = c.reportPublishedAt ? 0 : await this.repo.recipientCount(c.id);
    const head: Omit<ReportDto, 'items' | 'unansweredIds'> = {
      can: await this.policy.flags(viewer, consultationPolicy, c),
      consultationId: c.id,
      title: `${REPORT_HEADINGS[locale].title}: ${localize(c.title, locale)}`,
      published: c.reportPublishedAt !== null,
      publishedAt: c.reportPublishedAt?.toISOString() ?? null,
      version,
      noProposals: contributions === 0,
      notice: contributions === 0 ? REPORT_HEADINGS[locale].noProposals : null,
      totals: { contributions, proposals, ...decisionTotals(counts) },
      authorsToNotify,
    };
    const rows = this.repo.contributionRows(c.id);
    const item = (r: ReportRow, n: number) => JSON.stringify(this.item(r, n, m, locale));
    async function* chunks() {
      yield `${JSON.stringify(head).slice(0, -1)},"items":[`;
      let n = 0;
      let batch: string[] = [];
      for await (const r of rows) {
        batch.push(item(r, ++n));
        if (batch.length === 500) {
          yield (n > 500 ? ',' : '') + batch.join(',');
          batch = [];
        }
      }
      if (batch.length) yield (n > batch.length ? ',' : '') + batch.join(',');
      yield `],"unansweredIds":${JSON.stringify(unansweredIds)}}`;
    }
    return Readable.from(chunks());
  }

  /** Only when every proposal is answered (or none came: the notice); a later publication is a new version. */
  publish(officer: AuthUser, id: string, note: string | undefined, locale: Locale): Promise<ReportDto> {
    return this.tx.run(async () => {
      const c = await this.policy.require(officer, 'consultation', id, 'report', { lock: true });
      const status = consultationStatus(c, this.clock.now());
      if (status === 'draft' || status === 'upcoming' || status === 'open') throw new DomainError('consultation_not_closed', { status });
      if (status === 'decided') throw new DomainError('outcome_already_recorded');
      if (c.reportPublishedAt && !note?.trim()) throw new DomainError('correction_note_required');
      const unanswered = await this.repo.unansweredProposalIds(c.id);
      if (unanswered.length) throw new DomainError('unanswered_proposals', { contributionIds: unanswered });
      const first = !c.reportPublishedAt;
      c.reportPublishedAt ??= this.clock.now();
      await this.consultations.save(c);
      const report = await this.report(officer, c.id, locale);
      const version = await this.repo.nextVersion(c.id, 'report');
      await this.consultations.addVersion({ consultationId: c.id, subject: 'report', version, snapshot: { totals: report.totals, items: report.items.map(({ contributionId, decision, reasoning }) => ({ contributionId, decision, reasoning })) }, note: note?.trim() || null, createdBy: officer.id });
      await this.audit.record({ actorId: officer.id, action: first ? 'report.publish' : 'report.republish', entityType: 'consultation', entityId: c.id, municipalityId: c.municipalityId, after: { version, totals: report.totals } });
      if (first) {
        const m = (await this.municipalities.findById(c.municipalityId))!;
        for (const r of await this.repo.recipients(c.id)) {
          const l = (r.locale as Locale | null) ?? m.defaultLocale;
          await this.mail.send(r.email, 'reportPublished', l, { name: r.name, consultation: localize(c.title, l), link: `${this.config.publicUrl}/consultations/${c.id}/report` });
        }
      }
      return { ...report, published: true, version, authorsToNotify: 0 };
    });
  }

  /** Adopted, amended or withdrawn: only once the report is out. */
  recordOutcome(officer: AuthUser, id: string, dto: OutcomeDto): Promise<Consultation> {
    return this.tx.run(async () => {
      const c = await this.policy.require(officer, 'consultation', id, 'report', { lock: true });
      if (!c.reportPublishedAt) throw new DomainError('report_not_published');
      if (c.outcomeRecordedAt) throw new DomainError('outcome_already_recorded');
      Object.assign(c, { outcomeResult: dto.result, outcomeDecisionRef: dto.decisionRef, outcomeDecidedOn: dto.decidedOn, outcomeNote: dto.note ?? null, outcomeRecordedAt: this.clock.now() });
      const saved = await this.consultations.save(c);
      await this.audit.record({ actorId: officer.id, action: 'consultation.outcome', entityType: 'consultation', entityId: c.id, municipalityId: c.municipalityId, after: { ...dto } });
      return saved;
    });
  }

  /**
   * The справка as CSV (UTF-8 with BOM, so spreadsheets read Cyrillic), streamed. The same bytes
   * whatever the reader's language: a header of stable English names, codes (channel, kind,
   * decision) with their labels in each language in `_bg`/`_en`/`_mk` columns beside them, and
   * what is written for people (an anonymous author's "Участник 1", the line saying no proposals
   * came) in the municipality's language.
   */
  async csv(viewer: AuthUser | undefined, id: string): Promise<{ stream: Readable; filename: string }> {
    const { c, m } = await this.readable(viewer, id);
    const rows = this.repo.contributionRows(c.id);
    const own = m.defaultLocale;
    const item = (r: ReportRow, n: number) => this.item(r, n, m, own);
    const perLanguage = (labels: Record<Locale, string> | null | undefined) => LOCALES.map((l) => labels?.[l] ?? null);
    const unanswered = Object.fromEntries(LOCALES.map((l) => [l, REPORT_HEADINGS[l].unanswered])) as Record<Locale, string>;
    async function* lines() {
      yield `\uFEFF${csvLine(REPORT_CSV_COLUMNS)}`;
      let n = 0;
      for await (const r of rows) {
        const i = item(r, ++n);
        const decision = i.decision ? DECISION_LABELS[i.decision as Decision] : i.kind === 'proposal' ? unanswered : null;
        yield csvLine([i.number, i.contributionId, i.author, i.organization, r.channel, ...perLanguage(CHANNEL_LABELS[r.channel]), i.receivedOn, i.section, i.kind, ...perLanguage(KIND_LABELS[i.kind as 'proposal']), i.text, i.lang, i.decision, ...perLanguage(decision), i.reasoning]);
      }
      if (n === 0) yield csvLine(REPORT_CSV_COLUMNS.map((col) => (col === 'text' ? REPORT_HEADINGS[own].noProposals : null)));
    }
    return { stream: Readable.from(lines()), filename: `spravka-${c.id}.csv` };
  }

  /**
   * The справка as a tagged PDF (common/pdf): an H1, then a section per proposal with its heading,
   * the text and the answer, streamed page by page.
   */
  async pdf(viewer: AuthUser | undefined, id: string, locale: Locale): Promise<{ stream: Readable; filename: string }> {
    const { c, m } = await this.readable(viewer, id);
    const headings = REPORT_HEADINGS[locale];
    const title = localize(c.title, locale);
    const pdf = new TaggedPdf({ locale, title: `${headings.title}: ${title}`, author: localize(m.name, locale), footer: title });
    const doc = pdf.doc;
    const rows = this.repo.contributionRows(c.id);
    const item = (r: ReportRow, n: number) => this.item(r, n, m, locale);
    const status = consultationStatus(c, this.clock.now());
    void (async () => {
      try {
        pdf.paragraph(localize(m.name, locale), { font: 'bold', size: 10, gap: 0.5 });
        pdf.heading(1, headings.title, { size: 14, gap: 0.3 });
        pdf.paragraph(title, { font: 'bold', size: 12, gap: 0.3 });
        pdf.paragraph(`${c.publishOn ?? ''} — ${c.lastDay ?? ''}`);
        if (!c.reportPublishedAt) pdf.paragraph(headings.preview, { font: 'bold', color: '#a00' });
        if (status === 'decided' && c.outcomeDecisionRef) pdf.paragraph(c.outcomeDecisionRef);
        doc.moveDown();
        const decisions: Array<Pick<ReportRow, 'kind' | 'decision'>> = [];
        let n = 0;
        for await (const r of rows) {
          const i = item(r, ++n);
          decisions.push({ kind: r.kind, decision: r.decision });
          pdf.sectionSync(() => {
            pdf.heading(2, `${i.number}. ${[i.section, i.author, i.organization].filter(Boolean).join(' — ')}`, { size: 10 });
            pdf.paragraph(`${KIND_LABELS[i.kind as 'proposal'][locale]} · ${i.channel} · ${i.receivedOn}`, { size: 8, color: '#444' });
            // each text in its own language (`lang` as written), marked where it is not the document's
            pdf.paragraph(i.text, { size: 9, gap: 0.15, lang: i.lang });
            // a comment needs no answer: "unanswered" only for a proposal
            if (i.decisionLabel || i.kind === 'proposal') pdf.runs([{ text: `${headings.columns[8]}: `, font: 'bold' }, { text: i.decisionLabel ?? headings.unanswered }]);
            if (i.reasoning) pdf.runs([{ text: `${headings.columns[9]}: `, font: 'bold' }, { text: i.reasoning, lang: i.reasoningLang ?? undefined }]);
          });
          doc.moveDown(0.6);
          // let the socket take what was written: memory stays flat for 100,000 items
          if (n % 200 === 0) while (doc.readableLength > 1 << 20) await new Promise((r) => setTimeout(r, 5));
          // PDFKit caches the layout of every distinct word run per font and never lets go: with
          // 100,000 free texts that is most of the heap, so start the caches afresh now and then
          if (n % 1000 === 0) clearLayoutCaches(doc);
        }
        if (n === 0) pdf.paragraph(headings.noProposals, { size: 11 });
        else {
          const t = decisionTotals(decisions);
          doc.moveDown();
          pdf.heading(2, headings.totals, { size: 10 });
          pdf.list(
            [
              `${DECISION_LABELS.accepted[locale]}: ${t.accepted}`,
              `${DECISION_LABELS.partially_accepted[locale]}: ${t.partially_accepted}`,
              `${DECISION_LABELS.not_accepted[locale]}: ${t.not_accepted}`,
              `${DECISION_LABELS.noted[locale]}: ${t.noted}`,
              `${headings.unanswered}: ${t.unanswered}`,
            ],
            { indent: 0 },
          );
        }
        pdf.end();
      } catch (e) {
        doc.destroy(e as Error);
      }
    })();
    return { stream: pdf.stream, filename: `spravka-${c.id}.pdf` };
  }
}

/** Empties PDFKit's per-font layout caches (an internal field; harmless if a version lacks it). */
function clearLayoutCaches(doc: PDFKit.PDFDocument): void {
  const families = (doc as unknown as { _fontFamilies?: Record<string, { layoutCache?: object }> })._fontFamilies ?? {};
  for (const font of Object.values(families)) if (font.layoutCache) font.layoutCache = Object.create(null) as object;
}
