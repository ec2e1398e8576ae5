import { Injectable } from '@nestjs/common';
import type { AuthUser } from '../common/auth-user';
import { DomainError } from '../common/domain-error';
import type { StaffRoleName } from './roles';
import { StandingLoader } from './standing.loader';

/**
 * Rights over a municipality as a whole (creating a body, a meeting or a form there, its staff, its
 * partners, its audit log): a role in Haskovo gives nothing in Dupnitsa. Admins pass every check
 * (they set municipalities up). Read from the caller's standing, loaded once per request like
 * every other rule of the policy layer.
 */
@Injectable()
export class Access {
  constructor(private readonly standings: StandingLoader) {}

  async hasStaffRole(user: AuthUser | undefined, municipalityId: string, roles: StaffRoleName[]): Promise<boolean> {
    if (!user) return false;
    if (user.isAdmin) return true;
    const role = (await this.standings.of(user)).roles.get(municipalityId);
    return role !== undefined && roles.includes(role);
  }

  /** Throws 403 forbidden unless the caller has one of `roles` in the municipality. */
  async requireStaff(user: AuthUser | undefined, municipalityId: string, roles: StaffRoleName[] = ['officer']): Promise<void> {
    if (!user) throw new DomainError('unauthorized');
    if (!(await this.hasStaffRole(user, municipalityId, roles))) throw DomainError.forbidden();
  }
}
