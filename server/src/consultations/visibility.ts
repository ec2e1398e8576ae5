import type { StaffRoleName } from '../municipalities/staff-role.entity';
import { consultationPolicy, isPubliclyVisible } from '../policy/consultation.policy';
import { ANONYMOUS } from '../policy/standing';
import type { Consultation } from './consultation.entity';

export { isPubliclyVisible };

/** A caller as one municipality sees them: their staff role there, and whether they administer the platform. */
export interface Standing {
  role: StaffRoleName | null;
  admin: boolean;
}

/**
 * The consultation rules of `server/src/policy/consultation.policy.ts` seen from one
 * municipality: `staff` is the `inspect` action, `may(['officer'])` the officer's work and
 * `may(['officer', 'moderator'])` moderation. Services ask `Policy` instead.
 */
export function consultationAccess(c: Pick<Consultation, 'publishedAt'>, who: Standing, now: Date): { visible: boolean; staff: boolean; may(roles: StaffRoleName[]): boolean } {
  const s = { ...ANONYMOUS, userId: who.admin || who.role ? 'caller' : null, admin: who.admin, roles: new Map<string, StaffRoleName>(who.role ? [['m', who.role]] : []) };
  const facts = { municipalityId: 'm', publishedAt: c.publishedAt };
  const visible = consultationPolicy.can(s, facts, 'view', now);
  return {
    visible,
    staff: visible && consultationPolicy.can(s, facts, 'inspect', now),
    may: (roles) => visible && consultationPolicy.can(s, facts, roles.includes('moderator') ? 'moderate' : 'edit', now),
  };
}
