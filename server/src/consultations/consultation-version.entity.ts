import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** An immutable published version of the draft: what the public saw, and why it changed. */
@Entity('consultation_versions')
@Index(['consultationId', 'subject', 'version'], { unique: true })
export class ConsultationVersion {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  consultationId: string;

  @Column('varchar', { length: 20, default: 'draft' })
  subject: 'draft' | 'report' | 'response';

  @Column('int')
  version: number;

  @Column('jsonb')
  snapshot: Record<string, unknown>;

  @Column('text', { nullable: true })
  note: string | null;

  @Column('uuid', { nullable: true })
  createdBy: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
