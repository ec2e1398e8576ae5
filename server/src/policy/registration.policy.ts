import { isOfficerOf, municipalitiesWhere, type Standing } from './standing';
import { sqlOr, SQL_FALSE, SQL_TRUE, type SqlPredicate, type SubjectPolicy } from './subject-policy';

/** What of a registration its rule reads (a `Registration` has them), with its meeting's host. */
export interface RegistrationFacts {
  id: string;
  /** the registrant's account; null for a guest */
  userId: string | null;
  /** the host municipality of the meeting */
  municipalityId: string;
}

/** `cancel`: the registrant (signed in) or whoever manages the meeting. */
export const REGISTRATION_ACTIONS = ['cancel'] as const;
export type RegistrationAction = (typeof REGISTRATION_ACTIONS)[number];

/**
 * A registration exists (by its id) for its registrant and for those who manage the meeting:
 * the host's officers and the platform's admins; a 404 for everyone else. Whoever sees it may
 * cancel it. (A guest cancels with the link from the e-mail instead.)
 */
export const registrationPolicy: SubjectPolicy<RegistrationFacts, RegistrationAction> = {
  name: 'registration',
  actions: REGISTRATION_ACTIONS,

  isPublic: () => false,

  can(s: Standing, r: RegistrationFacts): boolean {
    return (s.userId !== null && r.userId === s.userId) || s.admin || isOfficerOf(s, r.municipalityId);
  },

  sql(s: Standing, _action: RegistrationAction | 'view', _now: Date, a: string): SqlPredicate {
    if (s.admin) return SQL_TRUE;
    const own = s.userId ? { sql: `${a}.user_id = :pol_r_user`, params: { pol_r_user: s.userId } } : SQL_FALSE;
    const officerOf = municipalitiesWhere(s, ['officer']);
    const manages = officerOf.length ? { sql: `EXISTS (SELECT 1 FROM meetings pol_rm WHERE pol_rm.id = ${a}.meeting_id AND pol_rm.municipality_id IN (:...pol_r_officer_of))`, params: { pol_r_officer_of: officerOf } } : SQL_FALSE;
    return sqlOr(own, manages);
  },
};
