import { SQL_TRUE, sqlIn, type SqlPredicate, type SubjectPolicy } from './subject-policy';
import type { Standing } from './standing';

export interface OrganizationFacts {
  id: string;
}

/**
 * - `members`: see its members (its own members and the platform's admins);
 * - `manage`: invite, cancel invitations, remove members (its representatives and the admins);
 * - `verify`: mark it verified (the admins).
 */
export const ORGANIZATION_ACTIONS = ['members', 'manage', 'verify'] as const;
export type OrganizationAction = (typeof ORGANIZATION_ACTIONS)[number];

/** An organisation is public; what it holds is for its members, its representatives and the admins. */
export const organizationPolicy: SubjectPolicy<OrganizationFacts, OrganizationAction> = {
  name: 'organization',
  actions: ORGANIZATION_ACTIONS,

  isPublic: () => true,

  can(s: Standing, o: OrganizationFacts, action: OrganizationAction | 'view'): boolean {
    switch (action) {
      case 'view':
        return true;
      case 'members':
        return s.admin || s.organizations.has(o.id);
      case 'manage':
        return s.admin || s.organizations.get(o.id) === 'representative';
      case 'verify':
        return s.admin;
    }
  },

  sql(s: Standing, action: OrganizationAction | 'view', _now: Date, a: string): SqlPredicate {
    if (action === 'view' || s.admin) return SQL_TRUE;
    if (action === 'verify') return { sql: 'FALSE', params: {} };
    const ids = [...s.organizations].filter(([, r]) => action === 'members' || r === 'representative').map(([id]) => id);
    return sqlIn(`${a}.id`, `pol_o_${action}`, ids);
  },
};
