import { Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Contribution } from './contribution.entity';

/** A participant's report of abuse, for moderators. */
@Entity('contribution_flags')
@Index(['contributionId', 'userId'], { unique: true })
export class ContributionFlag {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  contributionId: string;

  @ManyToOne(() => Contribution, { onDelete: 'CASCADE' })
  contribution?: Contribution;

  @Column('uuid')
  userId: string;

  @Column('text')
  reason: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
