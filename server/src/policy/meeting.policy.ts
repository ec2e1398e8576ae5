import type { BodyVisibility } from './roles';
import { isOfficerOf, isStaffOf, municipalitiesWhere, type Standing } from './standing';
import { sqlAnd, sqlIn, sqlOr, SQL_TRUE, type SqlPredicate, type SubjectPolicy } from './subject-policy';

/** What of a meeting its rule reads: the row's (a `Meeting` has them) and its body's visibility and co-hosts. */
export interface MeetingFacts {
  id: string;
  /** the host municipality */
  municipalityId: string;
  bodyId: string | null;
  /** 0: the minutes are not published */
  minutesVersion: number;
  /** the visibility of the body that meets; null for a meeting of no body */
  bodyVisibility: BodyVisibility | null;
  /** the partner municipalities that co-host it */
  partnerMunicipalityIds: string[];
}

/**
 * - `inspect`: see it as the host municipality's staff (the minutes draft, the registrations);
 * - `manage`: change it, its minutes and its registrations (the host's officers);
 * - `participation`: read the participation report before the minutes are published (the host's
 *   staff, the co-hosts' officers, the representatives of a partner organisation of either).
 */
export const MEETING_ACTIONS = ['inspect', 'manage', 'participation'] as const;
export type MeetingAction = (typeof MEETING_ACTIONS)[number];

/**
 * A meeting exists for everyone unless the body that meets is private: then for that body's
 * members, the host municipality's staff and the platform's admins (404 for others). A meeting
 * has no draft.
 */
export const meetingPolicy: SubjectPolicy<MeetingFacts, MeetingAction> = {
  name: 'meeting',
  actions: MEETING_ACTIONS,

  isPublic: (m) => m.bodyVisibility !== 'private',

  can(s: Standing, m: MeetingFacts, action: MeetingAction | 'view'): boolean {
    const staff = s.admin || isStaffOf(s, m.municipalityId);
    const visible = m.bodyVisibility !== 'private' || staff || (m.bodyId !== null && s.bodyTerms.has(m.bodyId));
    if (!visible) return false;
    switch (action) {
      case 'view':
        return true;
      case 'inspect':
        return staff;
      case 'manage':
        return s.admin || isOfficerOf(s, m.municipalityId);
      case 'participation':
        return (
          m.minutesVersion > 0 ||
          staff ||
          s.partnerOf.has(m.municipalityId) ||
          m.partnerMunicipalityIds.some((p) => s.partnerOf.has(p) || isOfficerOf(s, p))
        );
    }
  },

  sql(s: Standing, action: MeetingAction | 'view', _now: Date, a: string): SqlPredicate {
    if (s.admin) return SQL_TRUE;
    const staff = sqlIn(`${a}.municipality_id`, 'pol_m_staff_of', municipalitiesWhere(s, ['officer', 'moderator']));
    const visible = sqlOr(
      { sql: `(${a}.body_id IS NULL OR EXISTS (SELECT 1 FROM bodies pol_pb WHERE pol_pb.id = ${a}.body_id AND pol_pb.visibility = 'public'))`, params: {} },
      staff,
      sqlIn(`${a}.body_id`, 'pol_m_terms', [...s.bodyTerms]),
    );
    switch (action) {
      case 'view':
        return visible;
      case 'inspect':
        return staff;
      case 'manage':
        return sqlIn(`${a}.municipality_id`, 'pol_m_officer_of', municipalitiesWhere(s, ['officer']));
      case 'participation': {
        const partnerOf = [...s.partnerOf];
        const coHost = [...new Set([...partnerOf, ...municipalitiesWhere(s, ['officer'])])];
        const coHosts = coHost.length
          ? { sql: `EXISTS (SELECT 1 FROM meeting_partners pol_mp WHERE pol_mp.meeting_id = ${a}.id AND pol_mp.municipality_id IN (:...pol_m_cohost))`, params: { pol_m_cohost: coHost } }
          : { sql: 'FALSE', params: {} };
        return sqlAnd(visible, sqlOr({ sql: `${a}.minutes_version > 0`, params: {} }, staff, sqlIn(`${a}.municipality_id`, 'pol_m_partner_of', partnerOf), coHosts));
      }
    }
  },
};
