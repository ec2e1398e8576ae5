import { Injectable } from '@nestjs/common';
import type { LocalizedText } from '../common/locale';
import { Tx } from '../database/transaction';

export interface MyContributionRow {
  id: string;
  consultation_id: string;
  title: LocalizedText;
  municipality_slug: string;
  municipality_locale: 'bg' | 'en' | 'mk';
  lang: 'bg' | 'en' | 'mk';
  published_at: Date | null;
  opens_at: Date | null;
  closes_at: Date | null;
  report_published_at: Date | null;
  outcome_recorded_at: Date | null;
  kind: string;
  body: string;
  received_at: Date;
  parent_id: string | null;
  hidden_at: Date | null;
  hidden_reason: string | null;
  decision: string | null;
  reasoning: string | null;
}

/** What one account did on the platform, read for that account only. */
@Injectable()
export class MyParticipationRepository {
  constructor(private readonly tx: Tx) {}

  /** The account's own contributions, newest first, keyset on (received_at, id) over the (author_id, received_at, id) index. */
  contributionsOf(userId: string, limit: number, after?: [string, string]): Promise<MyContributionRow[]> {
    const params: unknown[] = [userId, limit];
    const keyset = after ? (params.push(after[0], after[1]), 'AND (c.received_at, c.id) < ($3::timestamptz, $4::uuid)') : '';
    return this.tx.manager.query(
      `SELECT c.id, c.consultation_id, k.title, m.slug AS municipality_slug, m.default_locale AS municipality_locale, c.lang, k.published_at, k.opens_at, k.closes_at,
              k.report_published_at, k.outcome_recorded_at, c.kind, c.body, c.received_at, c.parent_id, c.hidden_at, c.hidden_reason,
              r.decision, r.reasoning
         FROM contributions c
         JOIN consultations k ON k.id = c.consultation_id
         JOIN municipalities m ON m.id = k.municipality_id
         LEFT JOIN contribution_responses r ON r.contribution_id = c.id AND r.current
        WHERE c.author_id = $1 ${keyset}
        ORDER BY c.received_at DESC, c.id DESC
        LIMIT $2`,
      params,
    );
  }

  /**
   * Forms the account answered while signed in: those it answered anonymously are known only from
   * the "answered" mark (form, account), never joined to the answers; answers through an invitation
   * link are tied to no account and cannot be listed.
   */
  answeredFormsOf(userId: string): Promise<Array<{ form_id: string; title: LocalizedText; municipality_slug: string; anonymous: boolean; closes_at: Date | null }>> {
    return this.tx.manager.query(
      `SELECT f.id AS form_id, f.title, m.slug AS municipality_slug, f.anonymous, f.closes_at
         FROM forms f JOIN municipalities m ON m.id = f.municipality_id
        WHERE EXISTS (SELECT 1 FROM form_respondents p WHERE p.form_id = f.id AND p.user_id = $1)
           OR EXISTS (SELECT 1 FROM form_responses r WHERE r.form_id = f.id AND r.user_id = $1)
        ORDER BY f.closes_at DESC NULLS FIRST, f.id`,
      [userId],
    );
  }
}
