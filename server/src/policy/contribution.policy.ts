import { consultationPolicy, type ConsultationFacts } from './consultation.policy';
import type { Standing } from './standing';
import { SQL_FALSE, type SqlPredicate, type SubjectPolicy } from './subject-policy';

export interface ContributionFacts {
  authorId: string | null;
  /** its consultation's facts: a contribution is seen where its consultation is */
  consultation: ConsultationFacts;
}

/**
 * - `inspect`: read it whole when hidden (the consultation's staff);
 * - `support`, `flag`: any signed-in person who sees it (the consultation must be open to support);
 * - `moderate`: hide or show it (the consultation's officers and moderators);
 * - `answer`: answer it in the справка (the consultation's officers).
 */
export const CONTRIBUTION_ACTIONS = ['inspect', 'support', 'flag', 'moderate', 'answer'] as const;
export type ContributionAction = (typeof CONTRIBUTION_ACTIONS)[number];

/** A contribution has no rule of its own: its consultation's, and a signed-in caller for support and flags. */
export const contributionPolicy: SubjectPolicy<ContributionFacts, ContributionAction> = {
  name: 'contribution',
  actions: CONTRIBUTION_ACTIONS,

  isPublic: (c, now) => consultationPolicy.isPublic(c.consultation, now),

  can(s: Standing, c: ContributionFacts, action: ContributionAction | 'view', now: Date): boolean {
    if (!consultationPolicy.can(s, c.consultation, 'view', now)) return false;
    switch (action) {
      case 'view':
        return true;
      case 'support':
      case 'flag':
        return s.userId !== null;
      default:
        return consultationPolicy.can(s, c.consultation, action, now);
    }
  },

  sql(s: Standing, action: ContributionAction | 'view', now: Date, a: string): SqlPredicate {
    const of = (act: 'view' | 'inspect' | 'moderate' | 'answer'): SqlPredicate => {
      const p = consultationPolicy.sql(s, act, now, 'pol_cc');
      if (p.sql === 'FALSE') return SQL_FALSE;
      return { sql: `EXISTS (SELECT 1 FROM consultations pol_cc WHERE pol_cc.id = ${a}.consultation_id AND ${p.sql})`, params: p.params };
    };
    if (action === 'support' || action === 'flag') return s.userId === null ? SQL_FALSE : of('view');
    return of(action);
  },
};
