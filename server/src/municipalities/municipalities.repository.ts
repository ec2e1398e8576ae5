import { Injectable } from '@nestjs/common';
import { Tx } from '../database/transaction';
import { Municipality } from './municipality.entity';
import { StaffRole, StaffRoleName } from './staff-role.entity';

@Injectable()
export class MunicipalitiesRepository {
  constructor(private readonly tx: Tx) {}

  findById(id: string): Promise<Municipality | null> {
    return this.tx.repo(Municipality).findOneBy({ id });
  }

  /** By slug or by id: public URLs use the slug, the API accepts both. */
  async findByRef(ref: string): Promise<Municipality | null> {
    const repo = this.tx.repo(Municipality);
    return (await repo.findOneBy({ slug: ref })) ?? (isUuid(ref) ? repo.findOneBy({ id: ref }) : null);
  }

  /** Ordered by slug, keyset after `afterSlug`. */
  list(limit: number, afterSlug?: string): Promise<Municipality[]> {
    const qb = this.tx.repo(Municipality).createQueryBuilder('m').orderBy('m.slug', 'ASC').limit(limit);
    if (afterSlug) qb.where('m.slug > :after', { after: afterSlug });
    return qb.getMany();
  }

  save(m: Municipality): Promise<Municipality> {
    return this.tx.repo(Municipality).save(m);
  }

  create(data: Partial<Municipality>): Municipality {
    return this.tx.repo(Municipality).create(data);
  }

  staffOf(municipalityId: string): Promise<Array<{ userId: string; displayName: string; email: string; role: StaffRoleName }>> {
    return this.tx.manager.query(
      `SELECT s.user_id AS "userId", u.display_name AS "displayName", u.email, s.role
         FROM staff_roles s JOIN users u ON u.id = s.user_id
        WHERE s.municipality_id = $1 AND u.deleted_at IS NULL ORDER BY s.role, u.display_name`,
      [municipalityId],
    );
  }

  rolesOfUser(userId: string): Promise<Array<{ municipalityId: string; municipalitySlug: string; role: StaffRoleName }>> {
    return this.tx.manager.query(
      `SELECT s.municipality_id AS "municipalityId", m.slug AS "municipalitySlug", s.role
         FROM staff_roles s JOIN municipalities m ON m.id = s.municipality_id
        WHERE s.user_id = $1 ORDER BY m.slug`,
      [userId],
    );
  }

  findRole(municipalityId: string, userId: string): Promise<StaffRole | null> {
    return this.tx.repo(StaffRole).findOneBy({ municipalityId, userId });
  }

  async upsertRole(municipalityId: string, userId: string, role: StaffRoleName): Promise<void> {
    await this.tx.repo(StaffRole).upsert({ municipalityId, userId, role }, ['municipalityId', 'userId']);
  }

  async deleteRole(municipalityId: string, userId: string): Promise<boolean> {
    const r = await this.tx.repo(StaffRole).delete({ municipalityId, userId });
    return (r.affected ?? 0) > 0;
  }

}

export function isUuid(s: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(s);
}
