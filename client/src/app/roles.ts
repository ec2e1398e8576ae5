import type { Me } from '../api/types';

/*
 * What the client decides from the caller's roles in /api/me: only what no subject's `can` flags
 * can say, because there is no subject yet — whether to open a whole staff area, a
 * municipality's admin pages, the partner reviews. Whether an action on a consultation, a
 * contribution, a body, a meeting, a form or an organisation is offered comes from the `can` of
 * that thing's answer, computed by the server's policy (docs/architecture.md, "Who may do what").
 */

/** Platform admins and officers of some municipality: the staff area. */
export function isStaff(me: Me): boolean {
  return me.isAdmin || me.staff.some((s) => s.role === 'officer');
}

/** A municipality's admin pages: platform admins and its officers. */
export function canViewMunicipalityAdmin(me: Me | undefined, municipalityId: string | undefined): boolean {
  if (!me || !municipalityId) return false;
  return me.isAdmin || me.staff.some((s) => s.municipalityId === municipalityId && s.role === 'officer');
}

/** Staff roles are given and taken by platform admins only. */
export function canEditStaff(me: Me | undefined): boolean {
  return Boolean(me?.isAdmin);
}

/** Partnerships: admins and the municipality's officers (PUT/DELETE …/partners). */
export function canEditPartners(me: Me | undefined, municipalityId: string | undefined): boolean {
  return canViewMunicipalityAdmin(me, municipalityId);
}

/** The verified organisations I represent: their partnerships open the partner municipalities' reports. */
export function representedOrganizations(me: Me | undefined): string[] {
  return me?.organizations.filter((o) => o.role === 'representative' && o.verified).map((o) => o.organizationId) ?? [];
}
