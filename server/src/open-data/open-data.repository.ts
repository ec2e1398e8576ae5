import { Injectable } from '@nestjs/common';
import type { Locale, LocalizedText } from '../common/locale';
import { Tx } from '../database/transaction';
import type { Decision } from '../reports/contribution-response.entity';

export interface PublishedConsultationRow {
  id: string;
  slug: string;
  municipality_name: LocalizedText;
  default_locale: Locale;
  time_zone: string;
  kind: string;
  title: LocalizedText;
  summary: LocalizedText;
  published_at: Date;
  opens_at: Date;
  closes_at: Date;
  last_day: string;
  report_published_at: Date | null;
  outcome_result: string | null;
  outcome_recorded_at: Date | null;
  updated_at: Date;
  contributions: number;
  proposals: number;
  answered: number;
  document_ids: string[];
}

/** The queries of open data: published consultations, their contributions, the transparency figures. */
@Injectable()
export class OpenDataRepository {
  constructor(private readonly tx: Tx) {}

  /** A municipality's figures over the consultations published by `now`; `fullDays` is the full legal period. */
  async transparency(municipalityId: string, now: Date, fullDays: number) {
    const [row]: Array<{ consultations: number; full: number; reported: number; proposals: number; answered: number; median_days: string | null }> = await this.tx.manager.query(
      `WITH c AS (SELECT * FROM consultations WHERE municipality_id = $1 AND published_at IS NOT NULL AND published_at <= $2),
            p AS (SELECT x.id, c.closes_at FROM contributions x JOIN c ON c.id = x.consultation_id WHERE x.kind = 'proposal' AND x.hidden_at IS NULL),
            a AS (SELECT p.id, EXTRACT(EPOCH FROM (r.created_at - p.closes_at)) / 86400 AS days
                    FROM p JOIN contribution_responses r ON r.contribution_id = p.id AND r.version = 1)
       SELECT (SELECT count(*) FROM c)::int AS consultations,
              (SELECT count(*) FROM c WHERE period_days >= $3)::int AS full,
              (SELECT count(*) FROM c WHERE report_published_at IS NOT NULL)::int AS reported,
              (SELECT count(*) FROM p)::int AS proposals,
              (SELECT count(*) FROM p WHERE EXISTS (SELECT 1 FROM contribution_responses r WHERE r.contribution_id = p.id AND r.current))::int AS answered,
              (SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY GREATEST(days, 0)) FROM a) AS median_days`,
      [municipalityId, now, fullDays],
    );
    return row;
  }

  /** The newest published consultations (of one municipality, or all), with their counts and documents. */
  published(municipalityId: string | null, now: Date, limit: number): Promise<PublishedConsultationRow[]> {
    return this.tx.manager.query(
      `SELECT c.id, mu.slug, mu.name AS municipality_name, mu.default_locale, mu.time_zone, c.kind, c.title, c.summary, c.published_at, c.opens_at, c.closes_at,
              c.last_day, c.report_published_at, c.outcome_result, c.outcome_recorded_at, c.updated_at,
              (SELECT count(*) FROM contributions x WHERE x.consultation_id = c.id AND x.hidden_at IS NULL)::int AS contributions,
              (SELECT count(*) FROM contributions x WHERE x.consultation_id = c.id AND x.hidden_at IS NULL AND x.kind = 'proposal')::int AS proposals,
              (SELECT count(*) FROM contributions x JOIN contribution_responses r ON r.contribution_id = x.id AND r.current
                WHERE x.consultation_id = c.id AND x.hidden_at IS NULL AND x.kind = 'proposal')::int AS answered,
              (SELECT coalesce(array_agg(d.id ORDER BY d.created_at, d.id), '{}') FROM documents d WHERE d.consultation_id = c.id) AS document_ids
         FROM consultations c JOIN municipalities mu ON mu.id = c.municipality_id
        WHERE c.published_at IS NOT NULL AND c.published_at <= $1 ${municipalityId ? 'AND c.municipality_id = $3' : ''}
        ORDER BY c.published_at DESC, c.id DESC LIMIT $2`,
      municipalityId ? [now, limit, municipalityId] : [now, limit],
    );
  }

  /** Every municipality, modified when it or one of its published consultations last changed. */
  catalogRows(now: Date): Promise<Array<{ slug: string; name: LocalizedText; country: 'BG' | 'MK'; default_locale: Locale; email: string | null; website: string | null; official_code: string | null; lau_code: string | null; modified: Date }>> {
    return this.tx.manager.query(
      `SELECT mu.slug, mu.name, mu.country, mu.default_locale, mu.email, mu.website, mu.official_code, mu.lau_code,
              GREATEST(mu.updated_at, (SELECT max(GREATEST(c.updated_at, c.published_at, coalesce(c.report_published_at, c.published_at), coalesce(c.outcome_recorded_at, c.published_at)))
                                         FROM consultations c WHERE c.municipality_id = mu.id AND c.published_at IS NOT NULL AND c.published_at <= $1)) AS modified
         FROM municipalities mu ORDER BY mu.slug`,
      [now],
    );
  }

  /** The consultation's publication and language, for the contributions' export. */
  async consultationOf(consultationId: string) {
    const [c]: Array<{ id: string; published_at: Date | null; default_locale: Locale }> = await this.tx.manager.query(
      'SELECT c.id, c.published_at, m.default_locale FROM consultations c JOIN municipalities m ON m.id = c.municipality_id WHERE c.id = $1',
      [consultationId],
    );
    return c as { id: string; published_at: Date | null; default_locale: Locale } | undefined;
  }

  /** Up to 2000 contributions of a consultation after (received_at, id), oldest first, with their current answers. */
  contributionBatch(consultationId: string, after: [Date, string] | null): Promise<Array<{ id: string; kind: string; ref: string | null; parent_id: string | null; author_name: string | null; publish_name: boolean; participant_no: number; organization_name: string | null; deleted: boolean; channel: string; received_at: Date; support_count: number; lang: Locale; body: string; hidden_reason: string | null; hidden: boolean; decision: Decision | null; reasoning: string | null }>> {
    return this.tx.manager.query(
      `SELECT x.id, x.kind, s.ref, x.parent_id, x.author_name, x.publish_name, x.participant_no, x.organization_name, (u.deleted_at IS NOT NULL) AS deleted,
              x.channel, x.received_at, x.support_count, x.lang, x.body, x.hidden_reason, (x.hidden_at IS NOT NULL) AS hidden, r.decision, r.reasoning
         FROM contributions x
         LEFT JOIN consultation_sections s ON s.id = x.section_id
         LEFT JOIN users u ON u.id = x.author_id
         LEFT JOIN contribution_responses r ON r.contribution_id = x.id AND r.current
        WHERE x.consultation_id = $1 ${after ? 'AND (x.received_at, x.id) > ($2, $3)' : ''}
        ORDER BY x.received_at, x.id LIMIT 2000`,
      after ? [consultationId, after[0], after[1]] : [consultationId],
    );
  }
}
