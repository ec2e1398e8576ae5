import { CreateDateColumn, Entity, ManyToOne, PrimaryColumn } from 'typeorm';
import { Contribution } from './contribution.entity';

/** One support per person per contribution. */
@Entity('contribution_supports')
export class ContributionSupport {
  @PrimaryColumn('uuid')
  contributionId: string;

  @PrimaryColumn('uuid')
  userId: string;

  @ManyToOne(() => Contribution, { onDelete: 'CASCADE' })
  contribution?: Contribution;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
