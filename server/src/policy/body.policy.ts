import type { BodyVisibility } from './roles';
import { isOfficerOf, isStaffOf, municipalitiesWhere, type Standing } from './standing';
import { sqlIn, sqlOr, SQL_TRUE, type SqlPredicate, type SubjectPolicy } from './subject-policy';

/** What of a body its rule reads (a `PublicBody` has them). */
export interface BodyFacts {
  id: string;
  municipalityId: string;
  visibility: BodyVisibility;
}

/** `inspect`: see it as its municipality's staff; `manage`: change it, its members and linked consultations. */
export const BODY_ACTIONS = ['inspect', 'manage'] as const;
export type BodyAction = (typeof BODY_ACTIONS)[number];

/**
 * A public body exists for everyone; a private one for its members (a term that gives rights,
 * `termGivesRights`), its municipality's staff and the platform's admins. Its municipality's
 * officers and the admins manage it. A body has no draft.
 */
export const bodyPolicy: SubjectPolicy<BodyFacts, BodyAction> = {
  name: 'body',
  actions: BODY_ACTIONS,

  isPublic: (b) => b.visibility === 'public',

  can(s: Standing, b: BodyFacts, action: BodyAction | 'view'): boolean {
    const staff = s.admin || isStaffOf(s, b.municipalityId);
    if (action === 'view') return b.visibility === 'public' || staff || s.bodyTerms.has(b.id);
    if (action === 'inspect') return staff;
    return s.admin || isOfficerOf(s, b.municipalityId);
  },

  sql(s: Standing, action: BodyAction | 'view', _now: Date, a: string): SqlPredicate {
    if (s.admin) return SQL_TRUE;
    if (action === 'manage') return sqlIn(`${a}.municipality_id`, 'pol_b_officer_of', municipalitiesWhere(s, ['officer']));
    const staff = sqlIn(`${a}.municipality_id`, 'pol_b_staff_of', municipalitiesWhere(s, ['officer', 'moderator']));
    if (action === 'inspect') return staff;
    return sqlOr({ sql: `${a}.visibility = 'public'`, params: {} }, staff, sqlIn(`${a}.id`, 'pol_b_terms', [...s.bodyTerms]));
  },
};
