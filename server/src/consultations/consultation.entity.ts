import { Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { LocalizedText } from '../common/locale';
import { Municipality } from '../municipalities/municipality.entity';

export const CONSULTATION_KINDS = ['ordinance', 'strategy', 'plan', 'budget', 'decision', 'other'] as const;
export type ConsultationKind = (typeof CONSULTATION_KINDS)[number];

/** ЗНА чл. 28(2): the five items of the motives of an ordinance. */
export interface Motives {
  reasons?: LocalizedText;
  objectives?: LocalizedText;
  resources?: LocalizedText;
  expectedResults?: LocalizedText;
  euCompliance?: LocalizedText;
}

export interface Contact {
  name?: string;
  email?: string;
  phone?: string;
  address?: string;
}

@Entity('consultations')
@Index(['municipalityId', 'publishedAt'])
// GIN on to_tsvector('simple', search_text), created by hand in the migration
@Index('consultations_search_idx', { synchronize: false })
export class Consultation {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  municipalityId: string;

  @ManyToOne(() => Municipality, { onDelete: 'RESTRICT' })
  municipality?: Municipality;

  @Column('varchar', { length: 20 })
  kind: ConsultationKind;

  @Column('jsonb')
  title: LocalizedText;

  @Column('jsonb')
  summary: LocalizedText;

  /** Markdown per locale; the default locale's text is split into sections. */
  @Column('jsonb')
  body: LocalizedText;

  @Column('jsonb', { nullable: true })
  motives: Motives | null;

  @Column('jsonb', { default: {} })
  contact: Contact;

  @Column('int', { default: 30 })
  periodDays: number;

  @Column('text', { nullable: true })
  shortenedReason: string | null;

  /** The calendar day of publication in the municipality's time zone. */
  @Column('date', { nullable: true })
  publishOn: string | null;

  @Column('timestamptz', { nullable: true })
  publishedAt: Date | null;

  @Column('timestamptz', { nullable: true })
  opensAt: Date | null;

  @Column('timestamptz', { nullable: true })
  closesAt: Date | null;

  @Column('date', { nullable: true })
  lastDay: string | null;

  /** The nominal last day when a weekend or holiday moved it. */
  @Column('date', { nullable: true })
  movedFrom: string | null;

  @Column('timestamptz', { nullable: true })
  reportPublishedAt: Date | null;

  @Column('varchar', { length: 20, nullable: true })
  outcomeResult: 'adopted' | 'amended' | 'withdrawn' | null;

  @Column('text', { nullable: true })
  outcomeDecisionRef: string | null;

  @Column('date', { nullable: true })
  outcomeDecidedOn: string | null;

  @Column('text', { nullable: true })
  outcomeNote: string | null;

  @Column('timestamptz', { nullable: true })
  outcomeRecordedAt: Date | null;

  /** The published version of the draft (1 at publication, +1 per correction). */
  @Column('int', { default: 0 })
  version: number;

  /** All the text people search, lower-cased by to_tsvector('simple'). */
  @Column('text', { default: '' })
  searchText: string;

  @Column('uuid', { nullable: true })
  createdBy: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
