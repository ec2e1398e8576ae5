import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { Locale } from '../common/locale';

export const DECISIONS = ['accepted', 'partially_accepted', 'not_accepted', 'noted'] as const;
export type Decision = (typeof DECISIONS)[number];

/**
 * The municipality's answer to a contribution. Immutable: a change is a new version and the
 * old one stays, with `current` moving to the newest.
 */
@Entity('contribution_responses')
@Index(['contributionId', 'version'], { unique: true })
@Index('contribution_responses_current', ['contributionId'], { unique: true, where: 'current' })
export class ContributionResponse {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  contributionId: string;

  @Index()
  @Column('uuid')
  consultationId: string;

  @Column('int')
  version: number;

  @Column('varchar', { length: 20 })
  decision: Decision;

  @Column('text')
  reasoning: string;

  /** The language of the reasoning: the officer's interface language when answering. */
  @Column('varchar', { length: 2, default: 'bg' })
  lang: Locale;

  @Column('uuid')
  officerId: string;

  /** why an answer given after the report was changed */
  @Column('text', { nullable: true })
  changeNote: string | null;

  @Column('boolean', { default: true })
  current: boolean;

  /** from the clock service, like every time the rules depend on */
  @Column('timestamptz', { default: () => 'now()' })
  createdAt: Date;
}
