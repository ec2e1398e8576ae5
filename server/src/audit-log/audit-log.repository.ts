import { Injectable } from '@nestjs/common';
import { Tx } from '../database/transaction';
import type { AuditEntryDto } from './dto/audit.dto';

export interface AuditFilter {
  /** the municipalities whose entries may be read; null: all */
  scope: string[] | null;
  entityType?: string;
  entityId?: string;
  /** the id of the last entry of the previous page */
  before?: string;
}

@Injectable()
export class AuditLogRepository {
  constructor(private readonly tx: Tx) {}

  /** Entries newest first, with the actor's display name. */
  page(filter: AuditFilter, limit: number): Promise<Array<AuditEntryDto & { at: Date }>> {
    const where: string[] = [];
    const params: unknown[] = [];
    const add = (sql: string, v: unknown) => {
      params.push(v);
      where.push(sql.replace('?', `$${params.length}`));
    };
    if (filter.scope) add('a.municipality_id = ANY(?)', filter.scope);
    if (filter.entityType) add('a.entity_type = ?', filter.entityType);
    if (filter.entityId) add('a.entity_id = ?', filter.entityId);
    if (filter.before) add('a.id < ?', filter.before);
    params.push(limit);
    return this.tx.manager.query(
      `SELECT a.id::text AS id, a.at, a.actor_id AS "actorId", u.display_name AS "actorName", a.action, a.entity_type AS "entityType",
              a.entity_id AS "entityId", a.municipality_id AS "municipalityId", a.before, a.after
         FROM audit_log a LEFT JOIN users u ON u.id = a.actor_id
        ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
        ORDER BY a.id DESC LIMIT $${params.length}`,
      params,
    );
  }
}
