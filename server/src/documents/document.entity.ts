import { Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Consultation } from '../consultations/consultation.entity';

export const DOCUMENT_KINDS = ['draft', 'motives', 'impact_assessment', 'other'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** A file published with a consultation; the bytes live in the file store under `documents/<storageKey>`. */
@Entity('documents')
@Index(['consultationId', 'createdAt'])
export class ConsultationDocument {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  consultationId: string;

  @ManyToOne(() => Consultation, { onDelete: 'CASCADE' })
  consultation?: Consultation;

  @Column('varchar', { length: 20 })
  kind: DocumentKind;

  @Column('text')
  filename: string;

  @Column('text')
  mimeType: string;

  @Column('int')
  size: number;

  @Column('char', { length: 64 })
  sha256: string;

  @Column('text')
  storageKey: string;

  @Column('uuid')
  uploadedBy: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
