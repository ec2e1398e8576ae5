import { Injectable } from '@nestjs/common';
import type { Locale } from '../common/locale';
import { Tx } from '../database/transaction';
import type { Decision } from './contribution-response.entity';

export interface ReportRow {
  id: string;
  kind: 'comment' | 'proposal';
  author_name: string | null;
  publish_name: boolean;
  participant_no: number;
  organization_name: string | null;
  author_deleted: boolean;
  channel: string;
  received_at: Date;
  section_ref: string | null;
  body: string;
  lang: string;
  decision: Decision | null;
  reasoning: string | null;
  reasoning_lang: string | null;
}

/**
 * One batch of the справка's rows: `$1` the consultation, `$2` the batch's size, and after the
 * first batch `$3, $4` the last row's receipt time and id. The benchmark's raw baseline runs it too.
 */
export function reportBatchStatement(afterFirst: boolean): string {
  return `SELECT c.id, c.kind, c.author_name, c.publish_name, c.participant_no, c.organization_name,
                (u.deleted_at IS NOT NULL) AS author_deleted, c.channel, c.received_at, s.ref AS section_ref, c.body, c.lang,
                r.decision, r.reasoning, r.lang AS reasoning_lang
           FROM contributions c
           LEFT JOIN consultation_sections s ON s.id = c.section_id
           LEFT JOIN users u ON u.id = c.author_id
           LEFT JOIN contribution_responses r ON r.contribution_id = c.id AND r.current
          WHERE c.consultation_id = $1 AND c.hidden_at IS NULL ${afterFirst ? 'AND (c.received_at, c.id) > ($3, $4)' : ''}
          ORDER BY c.received_at, c.id LIMIT $2`;
}

@Injectable()
export class ReportsRepository {
  constructor(private readonly tx: Tx) {}

  /**
   * Every visible contribution of the consultation in order of receipt, in batches: a report of
   * 100,000 proposals streams with flat memory.
   */
  async *contributionRows(consultationId: string, batchSize = 2000): AsyncGenerator<ReportRow> {
    let after: [Date, string] | null = null;
    for (;;) {
      const params: unknown[] = [consultationId, batchSize];
      if (after) params.push(after[0], after[1]);
      const batch: ReportRow[] = await this.tx.manager.query(
        reportBatchStatement(after !== null),
        params,
      );
      for (const row of batch) yield row;
      if (batch.length < batchSize) return;
      const last = batch[batch.length - 1];
      after = [last.received_at, last.id];
    }
  }

  /** Visible proposals without a current answer. */
  /** How many contributions of each kind have each current decision (null: none yet), hidden ones left out. */
  kindsAndDecisions(consultationId: string): Promise<Array<{ kind: string; decision: Decision | null; n: number }>> {
    return this.tx.manager.query(
      `SELECT c.kind, r.decision, count(*)::int AS n
         FROM contributions c LEFT JOIN contribution_responses r ON r.contribution_id = c.id AND r.current
        WHERE c.consultation_id = $1 AND c.hidden_at IS NULL GROUP BY c.kind, r.decision`,
      [consultationId],
    );
  }

  async unansweredProposalIds(consultationId: string, limit = 1000): Promise<string[]> {
    const rows: Array<{ id: string }> = await this.tx.manager.query(
      `SELECT c.id FROM contributions c
        WHERE c.consultation_id = $1 AND c.kind = 'proposal' AND c.hidden_at IS NULL
          AND NOT EXISTS (SELECT 1 FROM contribution_responses r WHERE r.contribution_id = c.id AND r.current)
        ORDER BY c.received_at, c.id LIMIT $2`,
      [consultationId, limit],
    );
    return rows.map((r) => r.id);
  }

  async nextVersion(consultationId: string, subject: 'report' | 'response'): Promise<number> {
    const [{ v }]: Array<{ v: number }> = await this.tx.manager.query('SELECT COALESCE(max(version), 0)::int + 1 AS v FROM consultation_versions WHERE consultation_id = $1 AND subject = $2', [consultationId, subject]);
    return v;
  }

  /** How many e-mails `recipients` gives: the authors the first publication notifies. */
  async recipientCount(consultationId: string): Promise<number> {
    const [{ n }]: Array<{ n: number }> = await this.tx.manager.query(
      `SELECT count(DISTINCT email)::int AS n FROM (
         SELECT u.email FROM contributions c JOIN users u ON u.id = c.author_id
          WHERE c.consultation_id = $1 AND u.deleted_at IS NULL AND u.email IS NOT NULL
         UNION ALL
         SELECT c.author_email FROM contributions c WHERE c.consultation_id = $1 AND c.author_email IS NOT NULL
       ) x`,
      [consultationId],
    );
    return n;
  }

  /** Authors with an address: online accounts that still exist, and offline authors who left one. */
  recipients(consultationId: string): Promise<Array<{ email: string; name: string; locale: string | null }>> {
    return this.tx.manager.query(
      `SELECT DISTINCT ON (email) email, name, locale FROM (
         SELECT u.email, u.display_name AS name, u.locale FROM contributions c JOIN users u ON u.id = c.author_id
          WHERE c.consultation_id = $1 AND u.deleted_at IS NULL AND u.email IS NOT NULL
         UNION ALL
         SELECT c.author_email, c.author_name, NULL FROM contributions c WHERE c.consultation_id = $1 AND c.author_email IS NOT NULL
       ) x ORDER BY email`,
      [consultationId],
    );
  }

  /** The address, name and language of a live account that wrote a contribution; none when it was deleted. */
  liveAuthor(userId: string): Promise<Array<{ email: string | null; display_name: string; locale: Locale }>> {
    return this.tx.manager.query('SELECT email, display_name, locale FROM users WHERE id = $1 AND deleted_at IS NULL', [userId]);
  }
}
