import { Injectable } from '@nestjs/common';
import { Access } from '../policy/access';
import type { AuthUser } from '../common/auth-user';
import { DomainError } from '../common/domain-error';
import { decodeCursor, pageLimit, toPage } from '../common/pagination';
import { MunicipalitiesRepository } from '../municipalities/municipalities.repository';
import { AuditLogRepository } from './audit-log.repository';
import { AuditPageDto, AuditQuery } from './dto/audit.dto';

/** Reading the audit log (audit/ writes it): who may see which municipality's entries. */
@Injectable()
export class AuditLogService {
  constructor(
    private readonly repo: AuditLogRepository,
    private readonly access: Access,
    private readonly municipalities: MunicipalitiesRepository,
  ) {}

  /** Admins see everything; an officer sees the entries of the municipalities they serve. Newest first. */
  async list(user: AuthUser, q: AuditQuery): Promise<AuditPageDto> {
    let scope: string[] | null = null;
    if (q.municipalityId) {
      if (!(await this.access.hasStaffRole(user, q.municipalityId, ['officer']))) throw DomainError.forbidden();
      scope = [q.municipalityId];
    } else if (!user.isAdmin) {
      scope = (await this.municipalities.rolesOfUser(user.id)).filter((r) => r.role === 'officer').map((r) => r.municipalityId);
      if (!scope.length) throw DomainError.forbidden();
    }
    const limit = pageLimit(q);
    const before = decodeCursor(q.cursor, 1)?.[0] as string | undefined;
    const rows = await this.repo.page({ scope, entityType: q.entityType, entityId: q.entityId, before }, limit + 1);
    return toPage(rows, limit, (r) => ({ ...r, at: new Date(r.at).toISOString() }), (r) => [r.id]);
  }
}
