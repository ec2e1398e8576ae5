import { Injectable } from '@nestjs/common';
import { Clock } from '../common/clock';
import { AuditRepository } from './audit.repository';

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
    private readonly repo: AuditRepository,
    private readonly clock: Clock,
  ) {}

  async record(entry: AuditRecord): Promise<void> {
    await this.repo.append(this.clock.now(), entry.actorId, entry.action, entry.entityType, entry.entityId, entry.municipalityId ?? null, entry.before ? JSON.stringify(entry.before) : null, entry.after ? JSON.stringify(entry.after) : null);
  }
}
