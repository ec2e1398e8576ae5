import { Injectable } from '@nestjs/common';
import { MunicipalitiesRepository } from '../municipalities/municipalities.repository';
import type { StaffRoleName } from '../municipalities/staff-role.entity';
import type { AuthUser } from './auth-user';
import { DomainError } from './domain-error';

/**
 * Role checks per municipality: a role in Haskovo gives nothing in Dupnitsa. Admins pass every
 * check (they set municipalities up).
 */
@Injectable()
export class Access {
  constructor(private readonly municipalities: MunicipalitiesRepository) {}

  async hasStaffRole(user: AuthUser | undefined, municipalityId: string, roles: StaffRoleName[]): Promise<boolean> {
    if (!user) return false;
    if (user.isAdmin) return true;
    const role = await this.municipalities.findRole(municipalityId, user.id);
    return role !== null && roles.includes(role.role);
  }

  /** Throws 403 forbidden unless the caller has one of `roles` in the municipality. */
  async requireStaff(user: AuthUser | undefined, municipalityId: string, roles: StaffRoleName[] = ['officer']): Promise<void> {
    if (!user) throw new DomainError('unauthorized');
    if (!(await this.hasStaffRole(user, municipalityId, roles))) throw DomainError.forbidden();
  }
}
