import { Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { Locale } from '../common/locale';
import { Consultation } from '../consultations/consultation.entity';

export const CONTRIBUTION_KINDS = ['comment', 'proposal'] as const;
export type ContributionKind = (typeof CONTRIBUTION_KINDS)[number];
export const CHANNELS = ['online', 'email', 'post', 'registry', 'in_person'] as const;
export type Channel = (typeof CHANNELS)[number];

/** A comment or proposal, from any channel, in the one register of the consultation. */
@Entity('contributions')
@Index(['consultationId', 'receivedAt', 'id'])
@Index(['consultationId', 'supportCount', 'receivedAt', 'id'])
@Index(['consultationId', 'sectionId'])
// a person's own contributions, newest first (GET /api/me/contributions)
@Index(['authorId', 'receivedAt', 'id'])
// GIN trigram index on body for near-duplicate search, created by hand in the migration
@Index('contributions_body_trgm', { synchronize: false })
export class Contribution {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  consultationId: string;

  @ManyToOne(() => Consultation, { onDelete: 'CASCADE' })
  consultation?: Consultation;

  @Column('uuid', { nullable: true })
  sectionId: string | null;

  @Column('uuid', { nullable: true })
  parentId: string | null;

  @Column('varchar', { length: 10 })
  kind: ContributionKind;

  @Column('text')
  body: string;

  /** The language of the text (bg, en, mk): the interface's when written online, the officer's choice offline. */
  @Column('varchar', { length: 2, default: 'bg' })
  lang: Locale;

  /** The account that wrote it online; null for contributions registered by an officer. */
  @Column('uuid', { nullable: true })
  authorId: string | null;

  /** The name as given (offline), or as it was when written online. */
  @Column('text', { nullable: true })
  authorName: string | null;

  @Column('text', { nullable: true })
  authorEmail: string | null;

  @Column('uuid', { nullable: true })
  organizationId: string | null;

  @Column('text', { nullable: true })
  organizationName: string | null;

  /** false: shown as "participant N" */
  @Column('boolean', { default: false })
  publishName: boolean;

  /** N in "participant N", per consultation, in order of receipt. */
  @Column('int')
  participantNo: number;

  @Column('varchar', { length: 12, default: 'online' })
  channel: Channel;

  @Column('timestamptz')
  receivedAt: Date;

  @Column('uuid', { nullable: true })
  registeredBy: string | null;

  @Column('int', { default: 0 })
  supportCount: number;

  @Column('int', { default: 0 })
  flagCount: number;

  @Column('timestamptz', { nullable: true })
  hiddenAt: Date | null;

  @Column('text', { nullable: true })
  hiddenReason: string | null;

  @Column('uuid', { nullable: true })
  hiddenBy: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
