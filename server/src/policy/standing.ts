import type { MemberInvitation, OrganizationRole, StaffRoleName } from './roles';

/**
 * What a caller is, everywhere at once: loaded once per request (`StandingLoader`) and handed to
 * every policy. Pure data: the policies decide from it and from a subject's facts alone.
 */
export interface Standing {
  /** null: anonymous */
  userId: string | null;
  /** administers the platform */
  admin: boolean;
  emailVerified: boolean;
  /** the staff role per municipality id; a role in Haskovo gives nothing in Dupnitsa */
  roles: ReadonlyMap<string, StaffRoleName>;
  /** the caller's role per organisation id */
  organizations: ReadonlyMap<string, OrganizationRole>;
  /** municipalities of which the caller represents a verified partner organisation */
  partnerOf: ReadonlySet<string>;
  /** bodies in which the caller holds a term that gives a member's rights (see `termGivesRights`) */
  bodyTerms: ReadonlySet<string>;
}

export const ANONYMOUS: Standing = Object.freeze({
  userId: null,
  admin: false,
  emailVerified: false,
  roles: new Map<string, StaffRoleName>(),
  organizations: new Map<string, OrganizationRole>(),
  partnerOf: new Set<string>(),
  bodyTerms: new Set<string>(),
});

export function roleIn(s: Standing, municipalityId: string): StaffRoleName | null {
  return s.roles.get(municipalityId) ?? null;
}

export function isOfficerOf(s: Standing, municipalityId: string): boolean {
  return s.roles.get(municipalityId) === 'officer';
}

/** officer or moderator of the municipality */
export function isStaffOf(s: Standing, municipalityId: string): boolean {
  return s.roles.has(municipalityId);
}

/** municipality ids where the caller holds one of `roles` */
export function municipalitiesWhere(s: Standing, roles: readonly StaffRoleName[]): string[] {
  return [...s.roles].filter(([, r]) => roles.includes(r)).map(([m]) => m);
}

/** What of a term of membership decides whether it gives its holder a member's rights. */
export interface TermFacts {
  until: string | null;
  /** a term named with an account is an invitation until its owner accepts (null: named only, no account) */
  invitation: MemberInvitation | null;
}

/**
 * Consent: a membership linked to an account is an invitation until that person accepts it, and
 * only an accepted one gives the account a right (to see a private body, its meetings and
 * documents). Every rule that grants something through a body membership goes through this one
 * (`termGivesRights`, which the standing of each request is built with; bodies/ asks it too).
 */
export function membershipGrantsRights(invitation: string | null): boolean {
  return invitation === 'accepted';
}

/**
 * The one condition under which a term of membership in a body gives its holder a member's rights
 * (seeing a private body and its meetings): one its holder accepted (membership is consented: an
 * officer's invitation gives nothing until then), current or yet to begin, i.e. not ended before
 * `today` (the body's municipality's local date). Further conditions belong here.
 */
export function termGivesRights(term: TermFacts, today: string): boolean {
  return membershipGrantsRights(term.invitation) && (term.until === null || term.until >= today);
}
