import { Injectable } from '@nestjs/common';
import { Tx } from '../database/transaction';
import { OrganizationInvitation } from './organization-invitation.entity';
import { OrganizationMember, OrganizationRole } from './organization-member.entity';
import { Organization } from './organization.entity';
import { Partnership } from './partnership.entity';

@Injectable()
export class OrganizationsRepository {
  constructor(private readonly tx: Tx) {}

  findById(id: string): Promise<Organization | null> {
    return this.tx.repo(Organization).findOneBy({ id });
  }

  /** By name then id, keyset after (name, id); `verified` and a name search filter. */
  list(limit: number, filter: { verified?: boolean; q?: string }, after?: [string, string]): Promise<Organization[]> {
    const qb = this.tx.repo(Organization).createQueryBuilder('o').orderBy('o.name', 'ASC').addOrderBy('o.id', 'ASC').limit(limit);
    if (filter.verified !== undefined) qb.andWhere(filter.verified ? 'o.verified_at IS NOT NULL' : 'o.verified_at IS NULL');
    if (filter.q) qb.andWhere('o.name ILIKE :q', { q: `%${filter.q.replace(/[%_\\]/g, '\\$&')}%` });
    if (after) qb.andWhere('(o.name, o.id) > (:n, :i)', { n: after[0], i: after[1] });
    return qb.getMany();
  }

  save(o: Organization): Promise<Organization> {
    return this.tx.repo(Organization).save(o);
  }

  create(data: Partial<Organization>): Organization {
    return this.tx.repo(Organization).create(data);
  }

  members(organizationId: string): Promise<Array<{ userId: string; displayName: string; role: OrganizationRole }>> {
    return this.tx.manager.query(
      `SELECT m.user_id AS "userId", u.display_name AS "displayName", m.role
         FROM organization_members m JOIN users u ON u.id = m.user_id
        WHERE m.organization_id = $1 AND u.deleted_at IS NULL ORDER BY m.role DESC, u.display_name`,
      [organizationId],
    );
  }

  membershipsOfUser(userId: string): Promise<Array<{ organizationId: string; name: string; role: OrganizationRole; verified: boolean }>> {
    return this.tx.manager.query(
      `SELECT o.id AS "organizationId", o.name, m.role, (o.verified_at IS NOT NULL) AS verified
         FROM organization_members m JOIN organizations o ON o.id = m.organization_id
        WHERE m.user_id = $1 ORDER BY o.name`,
      [userId],
    );
  }

  findMember(organizationId: string, userId: string): Promise<OrganizationMember | null> {
    return this.tx.repo(OrganizationMember).findOneBy({ organizationId, userId });
  }

  async addMember(organizationId: string, userId: string, role: OrganizationRole): Promise<void> {
    await this.tx.repo(OrganizationMember).insert({ organizationId, userId, role });
  }

  async setRole(organizationId: string, userId: string, role: OrganizationRole): Promise<void> {
    await this.tx.repo(OrganizationMember).update({ organizationId, userId }, { role });
  }

  async removeMember(organizationId: string, userId: string): Promise<void> {
    await this.tx.repo(OrganizationMember).delete({ organizationId, userId });
  }

  countRepresentatives(organizationId: string): Promise<number> {
    return this.tx.repo(OrganizationMember).countBy({ organizationId, role: 'representative' });
  }


  partnersOf(municipalityId: string): Promise<Array<{ organizationId: string; name: string; kind: string; verified: boolean; since: Date }>> {
    return this.tx.manager.query(
      `SELECT o.id AS "organizationId", o.name, o.kind, (o.verified_at IS NOT NULL) AS verified, p.created_at AS since
         FROM partnerships p JOIN organizations o ON o.id = p.organization_id
        WHERE p.municipality_id = $1 ORDER BY o.name`,
      [municipalityId],
    );
  }

  findPartnership(municipalityId: string, organizationId: string): Promise<Partnership | null> {
    return this.tx.repo(Partnership).findOneBy({ municipalityId, organizationId });
  }

  async addPartnership(municipalityId: string, organizationId: string): Promise<void> {
    await this.tx.repo(Partnership).insert({ municipalityId, organizationId });
  }

  async removePartnership(municipalityId: string, organizationId: string): Promise<boolean> {
    const r = await this.tx.repo(Partnership).delete({ municipalityId, organizationId });
    return (r.affected ?? 0) > 0;
  }

  /** Is the user a representative of a verified organisation that partners the municipality? */
  async isPartnerRepresentative(userId: string, municipalityId: string): Promise<boolean> {
    const rows: unknown[] = await this.tx.manager.query(
      `SELECT 1 FROM partnerships p
         JOIN organization_members m ON m.organization_id = p.organization_id AND m.role = 'representative'
         JOIN organizations o ON o.id = p.organization_id AND o.verified_at IS NOT NULL
        WHERE p.municipality_id = $1 AND m.user_id = $2 LIMIT 1`,
      [municipalityId, userId],
    );
    return rows.length > 0;
  }

  /** Replaces any pending invitation of the same address to the same organisation. */
  async saveInvitation(data: Omit<OrganizationInvitation, 'id' | 'createdAt' | 'organization'>): Promise<OrganizationInvitation> {
    const repo = this.tx.repo(OrganizationInvitation);
    await repo.delete({ organizationId: data.organizationId, email: data.email });
    return repo.save(repo.create(data));
  }

  pendingInvitations(organizationId: string, now: Date): Promise<OrganizationInvitation[]> {
    return this.tx.repo(OrganizationInvitation).createQueryBuilder('i').where('i.organization_id = :organizationId AND i.expires_at > :now', { organizationId, now }).orderBy('i.created_at', 'DESC').getMany();
  }

  findInvitation(id: string): Promise<OrganizationInvitation | null> {
    return this.tx.repo(OrganizationInvitation).findOneBy({ id });
  }

  findInvitationByToken(organizationId: string, tokenHash: string): Promise<OrganizationInvitation | null> {
    return this.tx.repo(OrganizationInvitation).findOneBy({ organizationId, tokenHash });
  }

  /** The unexpired invitations sent to `email`, with their organisations. */
  invitationsFor(email: string, now: Date): Promise<Array<{ id: string; organizationId: string; organizationName: string; organizationVerified: boolean; role: OrganizationRole; createdAt: Date; expiresAt: Date }>> {
    return this.tx.manager.query(
      `SELECT i.id, i.organization_id AS "organizationId", o.name AS "organizationName", (o.verified_at IS NOT NULL) AS "organizationVerified",
              i.role, i.created_at AS "createdAt", i.expires_at AS "expiresAt"
         FROM organization_invitations i JOIN organizations o ON o.id = i.organization_id
        WHERE i.email = $1 AND i.expires_at > $2 ORDER BY i.created_at DESC`,
      [email, now],
    );
  }

  async deleteInvitation(id: string): Promise<boolean> {
    const r = await this.tx.repo(OrganizationInvitation).delete({ id });
    return (r.affected ?? 0) > 0;
  }
}
