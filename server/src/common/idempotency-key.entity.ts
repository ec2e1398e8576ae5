import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** The first answer to a create request, replayed for the same key from the same account for 24 h. */
@Entity('idempotency_keys')
export class IdempotencyKey {
  @PrimaryColumn('uuid')
  userId: string;

  @PrimaryColumn('text')
  key: string;

  /** method + path + body hash: the same key for another request is refused. */
  @Column('text')
  fingerprint: string;

  @Column('int', { nullable: true })
  statusCode: number | null;

  @Column('jsonb', { nullable: true })
  response: unknown;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
