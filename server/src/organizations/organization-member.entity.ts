import { Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryColumn } from 'typeorm';
import { User } from '../users/user.entity';
import { Organization } from './organization.entity';

export type OrganizationRole = 'representative' | 'member';

@Entity('organization_members')
export class OrganizationMember {
  @PrimaryColumn('uuid')
  organizationId: string;

  @Index()
  @PrimaryColumn('uuid')
  userId: string;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  organization?: Organization;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  user?: User;

  @Column('varchar', { length: 20 })
  role: OrganizationRole;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
