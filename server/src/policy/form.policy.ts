import type { FormAudience } from './roles';
import { isOfficerOf, municipalitiesWhere, type Standing } from './standing';
import { sqlAnd, sqlIn, sqlOr, SQL_FALSE, type SqlPredicate, type SubjectPolicy } from './subject-policy';

/** What of a form its rule reads (a `Form` has them). */
export interface FormFacts {
  municipalityId: string;
  /** null: a draft */
  publishedAt: Date | null;
  audience: FormAudience;
  publishResults: boolean;
}

/**
 * - `manage`: change, publish, invite, remind, read every response (the officers);
 * - `list`: find it in the list of forms;
 * - `read`: see its questions without an invitation (an `invited` form needs the invitation's
 *   token; a `registered` one a signed-in caller);
 * - `report`: read its report (officers, partner NGOs, everyone once the results are public);
 * - `texts`: read the free-text answers in the report (the same people).
 */
export const FORM_ACTIONS = ['manage', 'list', 'read', 'report', 'texts'] as const;
export type FormAction = (typeof FORM_ACTIONS)[number];

/**
 * A draft exists only for the officers of its municipality (the rule for drafts of every kind).
 * Published, a form exists for everyone (its audience decides who answers and who reads its
 * questions); its municipality's officers and the platform's admins manage it, and the
 * representatives of a verified partner organisation of the municipality review it.
 */
export const formPolicy: SubjectPolicy<FormFacts, FormAction> = {
  name: 'form',
  actions: FORM_ACTIONS,

  isPublic: (f) => f.publishedAt !== null,

  can(s: Standing, f: FormFacts, action: FormAction | 'view'): boolean {
    if (f.publishedAt === null) return isOfficerOf(s, f.municipalityId);
    const manager = s.admin || isOfficerOf(s, f.municipalityId);
    const partner = s.partnerOf.has(f.municipalityId);
    switch (action) {
      case 'view':
        return true;
      case 'manage':
        return manager;
      case 'list':
        return manager || partner || f.publishResults || f.audience === 'public';
      case 'read':
        return manager || partner || f.publishResults || f.audience === 'public' || (f.audience === 'registered' && s.userId !== null);
      case 'report':
      case 'texts':
        return manager || partner || f.publishResults;
    }
  },

  sql(s: Standing, action: FormAction | 'view', _now: Date, a: string): SqlPredicate {
    const published = { sql: `${a}.published_at IS NOT NULL`, params: {} };
    const officerOf = municipalitiesWhere(s, ['officer']);
    const drafts = sqlAnd({ sql: `${a}.published_at IS NULL`, params: {} }, sqlIn(`${a}.municipality_id`, 'pol_f_officer_of', officerOf));
    const manager = s.admin ? published : sqlAnd(published, sqlIn(`${a}.municipality_id`, 'pol_f_officer_of', officerOf));
    const partner = sqlAnd(published, sqlIn(`${a}.municipality_id`, 'pol_f_partner_of', [...s.partnerOf]));
    const results = { sql: `(${a}.published_at IS NOT NULL AND ${a}.publish_results)`, params: {} };
    const open = { sql: `(${a}.published_at IS NOT NULL AND ${a}.audience = 'public')`, params: {} };
    const registered = s.userId ? { sql: `(${a}.published_at IS NOT NULL AND ${a}.audience = 'registered')`, params: {} } : SQL_FALSE;
    switch (action) {
      case 'view':
        return sqlOr(published, drafts);
      case 'manage':
        return sqlOr(drafts, manager);
      case 'list':
        return sqlOr(drafts, manager, partner, results, open);
      case 'read':
        return sqlOr(drafts, manager, partner, results, open, registered);
      case 'report':
      case 'texts':
        return sqlOr(drafts, manager, partner, results);
    }
  },
};
