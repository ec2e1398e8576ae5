import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Access } from '../common/access';
import type { AuthUser } from '../common/auth-user';
import { Auth, CurrentUser } from '../common/decorators';
import { DomainError } from '../common/domain-error';
import { decodeCursor, pageLimit, toPage } from '../common/pagination';
import { Tx } from '../database/transaction';
import { MunicipalitiesRepository } from '../municipalities/municipalities.repository';
import { AuditEntryDto, AuditPageDto, AuditQuery } from './dto/audit.dto';

@ApiTags('operations')
@Controller('audit-log')
export class AuditController {
  constructor(
    private readonly tx: Tx,
    private readonly access: Access,
    private readonly municipalities: MunicipalitiesRepository,
  ) {}

  /** Admins see everything; an officer sees the entries of the municipalities they serve. Newest first. */
  @Get()
  @Auth()
  @ApiOkResponse({ type: AuditPageDto })
  async list(@CurrentUser() user: AuthUser, @Query() q: AuditQuery): Promise<AuditPageDto> {
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
    const where: string[] = [];
    const params: unknown[] = [];
    const add = (sql: string, v: unknown) => {
      params.push(v);
      where.push(sql.replace('?', `$${params.length}`));
    };
    if (scope) add('a.municipality_id = ANY(?)', scope);
    if (q.entityType) add('a.entity_type = ?', q.entityType);
    if (q.entityId) add('a.entity_id = ?', q.entityId);
    if (before) add('a.id < ?', before);
    params.push(limit + 1);
    const rows: Array<AuditEntryDto & { at: Date }> = await this.tx.manager.query(
      `SELECT a.id::text AS id, a.at, a.actor_id AS "actorId", u.display_name AS "actorName", a.action, a.entity_type AS "entityType",
              a.entity_id AS "entityId", a.municipality_id AS "municipalityId", a.before, a.after
         FROM audit_log a LEFT JOIN users u ON u.id = a.actor_id
        ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
        ORDER BY a.id DESC LIMIT $${params.length}`,
      params,
    );
    return toPage(rows, limit, (r) => ({ ...r, at: new Date(r.at).toISOString() }), (r) => [r.id]);
  }
}
