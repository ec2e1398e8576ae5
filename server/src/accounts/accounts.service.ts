import { Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import type { AuthUser } from '../common/auth-user';
import { Clock } from '../common/clock';
import { PersonalData } from '../common/personal-data';
import { DomainError } from '../common/domain-error';
import { Page, decodeCursor, pageLimit, toPage } from '../common/pagination';
import { Tx } from '../database/transaction';
import { PERSONAL_DATA, bind } from '../privacy/registry';
import { MunicipalitiesRepository } from '../municipalities/municipalities.repository';
import { OrganizationsRepository } from '../organizations/organizations.repository';
import { AccountsRepository } from './accounts.repository';
import { MeDto, UpdateMeDto, UserSearchQuery, UserSummaryDto } from './dto/me.dto';
import { toUserDto } from '../users/dto/user.dto';
import { UsersRepository } from '../users/users.repository';

@Injectable()
export class AccountsService {
  constructor(
    private readonly users: UsersRepository,
    private readonly repo: AccountsRepository,
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
      this.repo.followedMunicipalities(userId),
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

  /**
   * Every piece of personal data held about the caller (GDPR art. 15 and 20), section by section
   * as the personal-data registry declares them.
   */
  async export(userId: string): Promise<Record<string, unknown>> {
    const me = await this.me(userId);
    const out: Record<string, unknown> = { exportedAt: this.clock.now().toISOString(), format: 'sabor-personal-data/1' };
    for (const entry of PERSONAL_DATA) {
      const how = entry.export;
      if ('within' in how) continue;
      const value = 'sql' in how ? await this.query(how.sql, [userId, me.email]) : how.service === 'account' ? me : await this.personalData.get(how.service).export(userId);
      const path = how.key.split('.');
      let at = out;
      for (const part of path.slice(0, -1)) at = (at[part] ??= {}) as Record<string, unknown>;
      at[path[path.length - 1]] = value;
    }
    return out;
  }

  private query(sql: string, values: unknown[]): Promise<unknown[]> {
    const bound = bind(sql, values);
    return this.tx.manager.query(bound.sql, bound.params);
  }

  /**
   * Deletes the account, in one transaction, doing to each table what the personal-data registry
   * says: personal data erased, sessions ended, roles and memberships gone. Contributions stay in
   * the public record, shown as "deleted participant".
   */
  delete(user: AuthUser): Promise<void> {
    return this.tx.run(async (em) => {
      const u = await this.users.findLive(user.id);
      if (!u) throw new DomainError('unauthorized');
      const params = [u.id, u.email, this.clock.now()];
      const servicesDone = new Set<string>();
      for (const entry of PERSONAL_DATA) {
        const { service, sql = [] } = entry.erase;
        if (service && !servicesDone.has(service)) {
          servicesDone.add(service);
          await this.personalData.get(service).erase(u.id);
        }
        for (const statement of sql) {
          const bound = bind(statement, params);
          await em.query(bound.sql, bound.params);
        }
      }
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
