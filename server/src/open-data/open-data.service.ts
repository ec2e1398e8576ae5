import { Inject, Injectable } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { Readable } from 'node:stream';
import { Clock } from '../common/clock';
import { escapeMarkup } from '../common/markup';
import { DomainError } from '../common/domain-error';
import { Locale, localize } from '../common/locale';
import { APP_CONFIG } from '../config/config';
import type { AppConfig } from '../config/config';
import { PERIOD_RULES } from '../legal-time/deadline';
import { consultationStatus } from '../consultations/status';
import { localDateOf } from '../legal-time/zoned-time';
import { isPubliclyVisible } from '../consultations/visibility';
import { publicAuthor } from '../contributions/author';
import { MunicipalitiesRepository } from '../municipalities/municipalities.repository';
import type { Municipality } from '../municipalities/municipality.entity';
import { CatalogMunicipality, dcatCatalog } from './catalog';
import { OpenDataRepository, type PublishedConsultationRow } from './open-data.repository';
import { csvLine } from '../common/csv';
import { DECISION_LABELS } from '../reports/report-format';
import type { Decision } from '../reports/contribution-response.entity';

export class TransparencyDto {
  @ApiProperty({ description: 'published consultations' }) consultations: number;
  @ApiProperty({ description: 'of them, with the full legal period (BG 30 days, MK 20)' }) withFullPeriod: number;
  @ApiProperty({ description: 'of them, with a published summary report' }) withReport: number;
  @ApiProperty() proposals: number;
  @ApiProperty() answered: number;
  @ApiProperty({ type: Number, nullable: true, description: 'answered ÷ proposals, 0…1' }) answerRate: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'median days from the close of a consultation to the first answer of a proposal' }) medianDaysToAnswer: number | null;
}

/**
 * One published consultation as open data: the same columns in the CSV and the JSON, named in
 * English, with values that do not depend on the reader's language (codes, ISO times, the texts
 * in each language in columns of their own). `language` is the municipality's: the language the
 * consultation is held in.
 */
export interface ConsultationRecord {
  id: string;
  url: string;
  municipality: string;
  language: Locale;
  kind: string;
  status: string;
  title: string;
  title_bg: string;
  title_en: string;
  title_mk: string;
  summary: string;
  published_at: string;
  opens_at: string;
  closes_at: string;
  last_day: string;
  contributions: number;
  proposals: number;
  answered: number;
  report_published_at: string | null;
  report_url: string | null;
  outcome: string | null;
  documents: string[];
}

const RECORD_COLUMNS: Array<keyof ConsultationRecord> = ['id', 'url', 'municipality', 'language', 'kind', 'status', 'title', 'title_bg', 'title_en', 'title_mk', 'summary', 'published_at', 'opens_at', 'closes_at', 'last_day', 'contributions', 'proposals', 'answered', 'report_published_at', 'report_url', 'outcome', 'documents'];

/** One contribution as open data (the columns of contributions.csv); null where a hidden one shows nothing. */
export interface ContributionRecord {
  number: number;
  id: string;
  kind: string | null;
  section: string | null;
  parent_id: string | null;
  author: string | null;
  organization: string | null;
  channel: string | null;
  received_at: string;
  supports: number | null;
  lang: Locale | null;
  text: string | null;
  hidden_reason: string | null;
  decision: Decision | null;
  decision_bg: string | null;
  decision_en: string | null;
  decision_mk: string | null;
  reasoning: string | null;
}

const CONTRIBUTION_COLUMNS: Array<keyof ContributionRecord> = ['number', 'id', 'kind', 'section', 'parent_id', 'author', 'organization', 'channel', 'received_at', 'supports', 'lang', 'text', 'hidden_reason', 'decision', 'decision_bg', 'decision_en', 'decision_mk', 'reasoning'];

/** Public, anonymised open data: Atom and CSV of consultations and contributions, transparency figures. */
@Injectable()
export class OpenDataService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly municipalities: MunicipalitiesRepository,
    private readonly repo: OpenDataRepository,
    private readonly clock: Clock,
  ) {}

  private async municipality(ref: string | undefined): Promise<Municipality | null> {
    if (!ref) return null;
    const m = await this.municipalities.findByRef(ref);
    if (!m) throw DomainError.notFound();
    return m;
  }

  async transparency(ref: string): Promise<TransparencyDto> {
    const m = (await this.municipality(ref))!;
    const now = this.clock.now();
    const row = await this.repo.transparency(m.id, now, PERIOD_RULES[m.country].fullDays);
    return {
      consultations: row.consultations,
      withFullPeriod: row.full,
      withReport: row.reported,
      proposals: row.proposals,
      answered: row.answered,
      answerRate: row.proposals ? Math.round((row.answered / row.proposals) * 1000) / 1000 : null,
      medianDaysToAnswer: row.median_days === null ? null : Math.round(Number(row.median_days) * 10) / 10,
    };
  }

  private published(m: Municipality | null, limit: number): Promise<PublishedConsultationRow[]> {
    return this.repo.published(m?.id ?? null, this.clock.now(), limit);
  }

  /**
   * An Atom feed (RFC 4287) of the newest published consultations, for feed readers and other
   * sites. Each entry says its language (`xml:lang`: the reader's language where the title has it,
   * else the municipality's); an entry is never updated before it was published, and the feed's
   * `updated` is its newest entry's. `lastModified` is for HTTP caching.
   */
  async atom(ref: string | undefined, locale: Locale): Promise<{ body: string; lastModified: Date }> {
    const m = await this.municipality(ref);
    const rows = await this.published(m, 50);
    const base = this.config.publicUrl;
    const changed = (r: PublishedConsultationRow) => new Date(Math.max(new Date(r.updated_at).getTime(), new Date(r.published_at).getTime()));
    const lastModified = rows.reduce<Date | null>((latest, r) => (!latest || changed(r) > latest ? changed(r) : latest), null) ?? (m ? m.createdAt : new Date(0));
    const title = m ? `Събор — ${localize(m.name, locale)}` : 'Събор';
    const self = `${base}/api/feeds/consultations.atom${m ? `?municipality=${m.slug}` : ''}`;
    const entries = rows
      .map((r) => {
        const l = r.title[locale] ? locale : r.default_locale;
        return `  <entry xml:lang="${l}">
    <id>urn:uuid:${r.id}</id>
    <title>${escapeMarkup(localize(r.title, l))}</title>
    <link rel="alternate" type="text/html" href="${base}/consultations/${r.id}"/>
    <published>${new Date(r.published_at).toISOString()}</published>
    <updated>${changed(r).toISOString()}</updated>
    <author><name>${escapeMarkup(localize(r.municipality_name, l))}</name></author>
    <category term="${escapeMarkup(r.kind)}"/>
    <summary>${escapeMarkup(`${localize(r.summary, l)} (${localDateOf(r.opens_at, r.time_zone)} – ${r.last_day})`)}</summary>
  </entry>`;
      })
      .join('\n');
    const body = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${locale}">
  <id>${escapeMarkup(self)}</id>
  <title>${escapeMarkup(title)}</title>
  <link rel="self" type="application/atom+xml" href="${escapeMarkup(self)}"/>
  <link rel="alternate" type="text/html" href="${base}/"/>
  <updated>${lastModified.toISOString()}</updated>
${entries}
</feed>
`;
    return { body, lastModified };
  }

  /** Every published consultation, newest first, as records; `lastModified` is the newest change. */
  async consultationRecords(ref: string | undefined): Promise<{ records: ConsultationRecord[]; lastModified: Date }> {
    const m = await this.municipality(ref);
    const rows = await this.published(m, 100_000);
    const now = this.clock.now();
    const base = this.config.publicUrl;
    const records = rows.map((r): ConsultationRecord => {
      const status = consultationStatus({ publishedAt: r.published_at, opensAt: r.opens_at, closesAt: r.closes_at, reportPublishedAt: r.report_published_at, outcomeRecordedAt: r.outcome_recorded_at }, now);
      const own = r.default_locale;
      return {
        id: r.id,
        url: `${base}/consultations/${r.id}`,
        municipality: r.slug,
        language: own,
        kind: r.kind,
        status,
        title: localize(r.title, own),
        title_bg: r.title.bg ?? '',
        title_en: r.title.en ?? '',
        title_mk: r.title.mk ?? '',
        summary: localize(r.summary, own),
        published_at: r.published_at.toISOString(),
        opens_at: r.opens_at.toISOString(),
        closes_at: r.closes_at.toISOString(),
        last_day: r.last_day,
        contributions: r.contributions,
        proposals: r.proposals,
        answered: r.answered,
        report_published_at: r.report_published_at?.toISOString() ?? null,
        report_url: r.report_published_at ? `${base}/consultations/${r.id}/report` : null,
        outcome: r.outcome_result ?? null,
        documents: r.document_ids.map((id) => `${base}/api/documents/${id}/download`),
      };
    });
    const changed = rows.map((r) => Math.max(new Date(r.updated_at).getTime(), new Date(r.published_at).getTime(), r.report_published_at?.getTime() ?? 0, r.outcome_recorded_at?.getTime() ?? 0));
    return { records, lastModified: new Date(changed.length ? Math.max(...changed) : (m?.createdAt.getTime() ?? 0)) };
  }

  /**
   * The DCAT-AP catalogue (JSON-LD): a dataset per municipality, modified when the municipality
   * or any of its published consultations last changed.
   */
  async catalog(): Promise<{ body: string; lastModified: Date }> {
    const rows = await this.repo.catalogRows(this.clock.now());
    const municipalities = rows.map((r): CatalogMunicipality => ({ slug: r.slug, name: r.name, country: r.country, defaultLocale: r.default_locale, email: r.email, website: r.website, officialCode: r.official_code, lauCode: r.lau_code, modified: new Date(r.modified) }));
    const catalog = dcatCatalog({ base: this.config.publicUrl, license: this.config.openDataLicense, municipalities });
    const lastModified = municipalities.reduce((latest, m) => (m.modified > latest ? m.modified : latest), new Date(0));
    return { body: JSON.stringify(catalog), lastModified };
  }

  /** The records as CSV: one header row, the same whatever the reader's language; documents space-separated. */
  static consultationsCsv(records: ConsultationRecord[]): string {
    const lines = [`\uFEFF${csvLine(RECORD_COLUMNS)}`];
    for (const r of records) lines.push(csvLine(RECORD_COLUMNS.map((c) => (c === 'documents' ? r.documents.join(' ') : (r[c] as string | number | null)))));
    return lines.join('');
  }

  /**
   * Every contribution of a published consultation as records, oldest first, in batches; names
   * only where the author published them. The values do not depend on the reader's language: the
   * decision is a code with its label in each language beside it, and an anonymous author is named
   * in the municipality's language ("Участник 1").
   */
  async contributionRecords(consultationId: string): Promise<AsyncGenerator<ContributionRecord>> {
    const c = await this.repo.consultationOf(consultationId);
    if (!c || !isPubliclyVisible({ publishedAt: c.published_at }, this.clock.now())) throw DomainError.notFound();
    const repo = this.repo;
    const own = c.default_locale;
    async function* records(): AsyncGenerator<ContributionRecord> {
      let after: [Date, string] | null = null;
      let n = 0;
      for (;;) {
        const batch = await repo.contributionBatch(consultationId, after);
        for (const r of batch) {
          const receivedAt = new Date(r.received_at).toISOString();
          // a hidden one keeps its place (number, id, thread, date) and the reason, nothing else
          if (r.hidden) {
            yield { number: ++n, id: r.id, kind: null, section: null, parent_id: r.parent_id, author: null, organization: null, channel: null, received_at: receivedAt, supports: null, lang: null, text: null, hidden_reason: r.hidden_reason, decision: null, decision_bg: null, decision_en: null, decision_mk: null, reasoning: null };
            continue;
          }
          const author = publicAuthor({ publishName: r.publish_name, participantNo: r.participant_no, authorName: r.author_name, organizationName: r.organization_name, authorDeleted: r.deleted }, own);
          const label = r.decision ? DECISION_LABELS[r.decision] : null;
          yield {
            number: ++n,
            id: r.id,
            kind: r.kind,
            section: r.ref,
            parent_id: r.parent_id,
            author: author.name,
            organization: author.organization ?? null,
            channel: r.channel,
            received_at: receivedAt,
            supports: r.support_count,
            lang: r.lang,
            text: r.body,
            hidden_reason: r.hidden_reason,
            decision: r.decision,
            decision_bg: label?.bg ?? null,
            decision_en: label?.en ?? null,
            decision_mk: label?.mk ?? null,
            reasoning: r.reasoning,
          };
        }
        if (batch.length < 2000) return;
        after = [batch[batch.length - 1].received_at, batch[batch.length - 1].id];
      }
    }
    return records();
  }

  /** The contribution records as CSV, streamed: one header row, the same whatever the reader's language. */
  async contributionsCsv(consultationId: string): Promise<Readable> {
    const records = await this.contributionRecords(consultationId);
    async function* lines() {
      yield `\uFEFF${csvLine(CONTRIBUTION_COLUMNS)}`;
      for await (const r of records) yield csvLine(CONTRIBUTION_COLUMNS.map((col) => r[col]));
    }
    return Readable.from(lines());
  }

  /** The same records as JSON. */
  async contributionsJson(consultationId: string): Promise<ContributionRecord[]> {
    const items: ContributionRecord[] = [];
    for await (const r of await this.contributionRecords(consultationId)) items.push(r);
    return items;
  }
}
