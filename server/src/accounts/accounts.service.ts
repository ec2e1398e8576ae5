import { Injectable } from '@nestjs/common';
import { IsNull } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { RefreshToken } from '../users/refresh-token.entity';
import type { AuthUser } from '../common/auth-user';
import { Clock } from '../common/clock';
import { PersonalData } from '../common/personal-data';
import { DomainError } from '../common/domain-error';
import { Page, decodeCursor, pageLimit, toPage } from '../common/pagination';
import { Tx } from '../database/transaction';
import { MunicipalitiesRepository } from '../municipalities/municipalities.repository';
import { OrganizationsRepository } from '../organizations/organizations.repository';
import { MeDto, UpdateMeDto, UserSearchQuery, UserSummaryDto } from './dto/me.dto';
import { toUserDto } from '../users/dto/user.dto';
import { UsersRepository } from '../users/users.repository';

@Injectable()
export class AccountsService {
  constructor(
    private readonly users: UsersRepository,
    private readonly municipalities: MunicipalitiesRepository,
    private readonly organizations: OrganizationsRepository,
    private readonly tx: Tx,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly personalData: PersonalData,
  ) {}

  async me(userId: string): Promise<MeDto> {
    const user = await this.users.findLive(userId);
    if (!user) throw new DomainError('unauthorized');
    const [staff, organizations, follows] = await Promise.all([
      this.municipalities.rolesOfUser(userId),
      this.organizations.membershipsOfUser(userId),
      this.tx.manager.query('SELECT municipality_id FROM municipality_follows WHERE user_id = $1 ORDER BY created_at', [userId]) as Promise<Array<{ municipality_id: string }>>,
    ]);
    return { ...toUserDto(user), staff, organizations, follows: follows.map((f) => f.municipality_id), keyboardShortcuts: user.keyboardShortcuts };
  }

  update(userId: string, dto: UpdateMeDto): Promise<MeDto> {
    return this.tx.run(async () => {
      const user = await this.users.findLive(userId);
      if (!user) throw new DomainError('unauthorized');
      if (dto.displayName !== undefined) user.displayName = dto.displayName;
      if (dto.locale !== undefined) user.locale = dto.locale;
      if (dto.homeSettlement !== undefined) user.homeSettlement = dto.homeSettlement || null;
      if (dto.country !== undefined) user.country = dto.country || null;
      if (dto.keyboardShortcuts !== undefined) user.keyboardShortcuts = dto.keyboardShortcuts;
      await this.users.save(user);
      return this.me(userId);
    });
  }

  /** Every piece of personal data held about the caller (GDPR art. 15 and 20). */
  async export(userId: string): Promise<Record<string, unknown>> {
    const me = await this.me(userId);
    const sessions: Array<Record<string, unknown>> = await this.tx.manager.query(
      `SELECT created_at AS "createdAt", expires_at AS "expiresAt", rotated_at AS "rotatedAt", revoked_at AS "revokedAt" FROM refresh_tokens WHERE user_id = $1 ORDER BY created_at`,
      [userId],
    );
    const actions: Array<Record<string, unknown>> = await this.tx.manager.query(
      `SELECT at, action, entity_type AS "entityType", entity_id AS "entityId" FROM audit_log WHERE actor_id = $1 ORDER BY id`,
      [userId],
    );
    const contributions: Array<Record<string, unknown>> = await this.tx.manager.query(
      `SELECT c.id, c.consultation_id AS "consultationId", c.kind, c.body, c.publish_name AS "publishName", c.channel, c.received_at AS "receivedAt", c.parent_id AS "parentId"
         FROM contributions c WHERE c.author_id = $1 ORDER BY c.received_at, c.id`,
      [userId],
    );
    const supports: Array<Record<string, unknown>> = await this.tx.manager.query(
      'SELECT contribution_id AS "contributionId", created_at AS "createdAt" FROM contribution_supports WHERE user_id = $1 ORDER BY created_at',
      [userId],
    );
    const organizationInvitations: Array<Record<string, unknown>> = await this.tx.manager.query(
      `SELECT i.organization_id AS "organizationId", o.name AS "organizationName", i.role, i.created_at AS "createdAt", i.expires_at AS "expiresAt"
         FROM organization_invitations i JOIN organizations o ON o.id = i.organization_id WHERE i.email = $1 ORDER BY i.created_at`,
      [me.email],
    );
    return {
      exportedAt: this.clock.now().toISOString(),
      format: 'sabor-personal-data/1',
      account: me,
      sessions,
      organizationInvitations,
      contributions,
      supports,
      ...(await this.personalData.exportAll(userId)),
      auditedActions: actions,
    };
  }

  /**
   * Deletes the account: personal data is erased, sessions end, roles and memberships go.
   * Contributions stay in the public record, shown as "deleted participant".
   */
  delete(user: AuthUser): Promise<void> {
    return this.tx.run(async (em) => {
      const u = await this.users.findLive(user.id);
      if (!u) throw new DomainError('unauthorized');
      const now = this.clock.now();
      // invitations to the address are personal data too; those the person sent lose the sender
      await em.query('DELETE FROM organization_invitations WHERE email = $1', [u.email]);
      await em.query('UPDATE organization_invitations SET invited_by = NULL WHERE invited_by = $1', [u.id]);
      Object.assign(u, { email: null, passwordHash: null, displayName: 'deleted participant', homeSettlement: null, country: null, deletedAt: now, isAdmin: false });
      await this.users.save(u);
      await em.getRepository(RefreshToken).update({ userId: u.id, revokedAt: IsNull() }, { revokedAt: now });
      await em.query('DELETE FROM email_tokens WHERE user_id = $1', [u.id]);
      await this.municipalities.deleteRolesOfUser(u.id);
      await this.organizations.removeMembershipsOfUser(u.id);
      await em.query('DELETE FROM municipality_follows WHERE user_id = $1', [u.id]);
      await this.personalData.eraseAll(u.id);
      await this.audit.record({ actorId: u.id, action: 'account.delete', entityType: 'user', entityId: u.id });
    });
  }

  async search(q: UserSearchQuery): Promise<Page<UserSummaryDto>> {
    const limit = pageLimit(q);
    const after = decodeCursor(q.cursor, 1)?.[0] as string | undefined;
    const rows = await this.users.search(q.q?.trim() ?? '', limit + 1, after);
    return toPage(rows, limit, (u) => ({ id: u.id, email: u.email ?? '', displayName: u.displayName }), (u) => [u.email]);
  }
}
