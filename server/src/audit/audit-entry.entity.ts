import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Append-only (a trigger refuses UPDATE and DELETE): who did what to which record, when. */
@Entity('audit_log')
@Index(['municipalityId', 'id'])
export class AuditEntry {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id: string;

  @Column('timestamptz')
  at: Date;

  @Column('uuid', { nullable: true })
  actorId: string | null;

  @Column('text')
  action: string;

  @Column('text')
  entityType: string;

  @Column('text')
  entityId: string;

  @Column('uuid', { nullable: true })
  municipalityId: string | null;

  @Column('jsonb', { nullable: true })
  before: Record<string, unknown> | null;

  @Column('jsonb', { nullable: true })
  after: Record<string, unknown> | null;
}
