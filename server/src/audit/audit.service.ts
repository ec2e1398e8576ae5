import { Injectable } from '@nestjs/common';
import { Clock } from '../common/clock';
import { Tx } from '../database/transaction';

export interface AuditRecord {
  actorId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  municipalityId?: string | null;
  before?: object | null;
  after?: object | null;
}

/** Writes to the append-only audit log inside the caller's transaction. */
@Injectable()
export class AuditService {
  constructor(
    private readonly tx: Tx,
    private readonly clock: Clock,
  ) {}

  async record(entry: AuditRecord): Promise<void> {
    await this.tx.manager.query(
      `INSERT INTO audit_log (at, actor_id, action, entity_type, entity_id, municipality_id, before, after) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [this.clock.now(), entry.actorId, entry.action, entry.entityType, entry.entityId, entry.municipalityId ?? null, entry.before ? JSON.stringify(entry.before) : null, entry.after ? JSON.stringify(entry.after) : null],
    );
  }
}
