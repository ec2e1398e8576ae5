import type { Me } from '../../../api/types';

/** Officers of the form's municipality and platform admins run it (docs/api.md, roles). */
export function canManage(me: Me | undefined, municipalityId: string | undefined): boolean {
  if (!me || !municipalityId) return false;
  return me.isAdmin || me.staff.some((s) => s.municipalityId === municipalityId && s.role === 'officer');
}

/** The verified organisations I represent: their partnerships open the partner municipalities' reports. */
export function representedOrganizations(me: Me | undefined): string[] {
  return me?.organizations.filter((o) => o.role === 'representative' && o.verified).map((o) => o.organizationId) ?? [];
}
