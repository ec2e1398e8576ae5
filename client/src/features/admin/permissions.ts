import type { Me } from '../../api/types';

/** Officers of a municipality and platform admins run its admin pages (docs/api.md, roles). */
export function isOfficerOf(me: Me | undefined, municipalityId: string | undefined): boolean {
  if (!me || !municipalityId) return false;
  return me.staff.some((s) => s.municipalityId === municipalityId && s.role === 'officer');
}

export function canViewMunicipalityAdmin(me: Me | undefined, municipalityId: string | undefined): boolean {
  return Boolean(me?.isAdmin) || isOfficerOf(me, municipalityId);
}

/** Staff roles are given and taken by platform admins only. */
export function canEditStaff(me: Me | undefined): boolean {
  return Boolean(me?.isAdmin);
}

/** Partnerships: admins and the municipality's officers (PUT/DELETE …/partners). */
export function canEditPartners(me: Me | undefined, municipalityId: string | undefined): boolean {
  return canViewMunicipalityAdmin(me, municipalityId);
}
