import type { Me } from '../../../api/types';

/** Officers of the consultation's municipality and platform admins run it (docs/api.md, roles). */
export function canManage(me: Me | undefined, municipalityId: string | undefined): boolean {
  if (!me || !municipalityId) return false;
  return me.isAdmin || me.staff.some((s) => s.municipalityId === municipalityId && s.role === 'officer');
}

/** Moderators and officers of the municipality (and admins) hide and unhide contributions. */
export function canModerate(me: Me | undefined, municipalityId: string | undefined): boolean {
  if (!me || !municipalityId) return false;
  return me.isAdmin || me.staff.some((s) => s.municipalityId === municipalityId);
}

/** Anyone who may open the officer pages at all: admins and officers of some municipality. */
export function isOfficer(me: Me | undefined): boolean {
  return Boolean(me && (me.isAdmin || me.staff.some((s) => s.role === 'officer')));
}
