import type { StaffRoleName } from './roles';
import { isOfficerOf, municipalitiesWhere, roleIn, type Standing } from './standing';
import { sqlAnd, sqlIn, sqlOr, SQL_FALSE, SQL_TRUE, type SqlPredicate, type SubjectPolicy } from './subject-policy';

/** What of a consultation its rule reads (a `Consultation`, and its status facts, have them). */
export interface ConsultationFacts {
  municipalityId: string;
  /** null: a draft; later than now: scheduled */
  publishedAt: Date | null;
}

/**
 * - `inspect`: see what the municipality's staff see (hidden texts, flags, the report preview);
 * - `edit`, `publish`, `answer`, `report`: the officer's work (the draft, its documents and the
 *   calculator, publication, answers to contributions, the справка);
 * - `moderate`: hide and show contributions, group duplicates (officers and moderators).
 */
export const CONSULTATION_ACTIONS = ['inspect', 'edit', 'publish', 'answer', 'report', 'moderate'] as const;
export type ConsultationAction = (typeof CONSULTATION_ACTIONS)[number];

/** Who of the municipality's staff may do what, once the consultation is published. */
const ROLES: Record<ConsultationAction, readonly StaffRoleName[]> = {
  inspect: ['officer', 'moderator'],
  edit: ['officer'],
  publish: ['officer'],
  answer: ['officer'],
  report: ['officer'],
  moderate: ['officer', 'moderator'],
};

/** The public sees a consultation from its publication on; before that it does not exist for them. */
export function isPubliclyVisible(c: Pick<ConsultationFacts, 'publishedAt'>, now: Date): boolean {
  return c.publishedAt !== null && c.publishedAt <= now;
}

/**
 * - A draft (never published) exists only for the officers of its municipality, and only they act
 *   on it (the rule for drafts of every kind, docs/architecture.md "Who may do what").
 * - A publication scheduled for a later day is seen by the municipality's staff and the platform's
 *   admins as any published one; the public sees it from that day on.
 * - On a published consultation the admins hold every role; the staff what `ROLES` gives them.
 */
export const consultationPolicy: SubjectPolicy<ConsultationFacts, ConsultationAction> = {
  name: 'consultation',
  actions: CONSULTATION_ACTIONS,

  isPublic: isPubliclyVisible,

  can(s: Standing, c: ConsultationFacts, action: ConsultationAction | 'view', now: Date): boolean {
    if (c.publishedAt === null) return isOfficerOf(s, c.municipalityId);
    if (action === 'view' && isPubliclyVisible(c, now)) return true;
    if (s.admin) return true;
    const role = roleIn(s, c.municipalityId);
    return role !== null && (action === 'view' || ROLES[action].includes(role));
  },

  sql(s: Standing, action: ConsultationAction | 'view', now: Date, a: string): SqlPredicate {
    const drafts = sqlAnd({ sql: `${a}.published_at IS NULL`, params: {} }, sqlIn(`${a}.municipality_id`, 'pol_c_officer_of', municipalitiesWhere(s, ['officer'])));
    const published = { sql: `${a}.published_at IS NOT NULL`, params: {} };
    const staff = s.admin ? SQL_TRUE : sqlIn(`${a}.municipality_id`, 'pol_c_staff_of', municipalitiesWhere(s, action === 'view' ? ['officer', 'moderator'] : ROLES[action]));
    const pub = action === 'view' ? { sql: `(${a}.published_at IS NOT NULL AND ${a}.published_at <= :pol_c_now)`, params: { pol_c_now: now } } : SQL_FALSE;
    return sqlOr(pub, drafts, sqlAnd(published, staff));
  },
};
