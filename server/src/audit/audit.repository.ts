import { Injectable } from '@nestjs/common';
import { Tx } from '../database/transaction';

/** The append-only audit log's one write, in the caller's transaction. */
@Injectable()
export class AuditRepository {
  constructor(private readonly tx: Tx) {}

  /** Appends one entry (before/after as JSON text, or null). */
  async append(at: Date, actorId: string | null, action: string, entityType: string, entityId: string, municipalityId: string | null, before: string | null, after: string | null): Promise<void> {
    await this.tx.manager.query(
      `INSERT INTO audit_log (at, actor_id, action, entity_type, entity_id, municipality_id, before, after) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [at, actorId, action, entityType, entityId, municipalityId, before, after],
    );
  }
}
