/** The lifecycle of a consultation, derived from its dates and the clock (nothing to schedule). */
export const CONSULTATION_STATUSES = ['draft', 'upcoming', 'open', 'closed', 'reported', 'decided'] as const;
export type ConsultationStatus = (typeof CONSULTATION_STATUSES)[number];

export interface StatusFacts {
  publishedAt: Date | null;
  opensAt: Date | null;
  closesAt: Date | null;
  reportPublishedAt: Date | null;
  outcomeRecordedAt: Date | null;
}

export function consultationStatus(c: StatusFacts, now: Date): ConsultationStatus {
  if (!c.publishedAt || !c.opensAt || !c.closesAt) return 'draft';
  if (c.outcomeRecordedAt) return 'decided';
  if (c.reportPublishedAt) return 'reported';
  if (now < c.opensAt) return 'upcoming';
  if (now <= c.closesAt) return 'open';
  return 'closed';
}

/** The same rule as SQL, for filters; `$now` is the clock's time. */
export function statusCondition(status: ConsultationStatus, alias: string, nowParam: string): string {
  const a = alias;
  switch (status) {
    case 'draft':
      return `${a}.published_at IS NULL`;
    case 'decided':
      return `${a}.outcome_recorded_at IS NOT NULL`;
    case 'reported':
      return `${a}.report_published_at IS NOT NULL AND ${a}.outcome_recorded_at IS NULL`;
    case 'upcoming':
      return `${a}.published_at IS NOT NULL AND ${a}.report_published_at IS NULL AND ${nowParam} < ${a}.opens_at`;
    case 'open':
      return `${a}.published_at IS NOT NULL AND ${a}.report_published_at IS NULL AND ${nowParam} >= ${a}.opens_at AND ${nowParam} <= ${a}.closes_at`;
    case 'closed':
      return `${a}.published_at IS NOT NULL AND ${a}.report_published_at IS NULL AND ${nowParam} > ${a}.closes_at`;
  }
}
