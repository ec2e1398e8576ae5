import { Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryColumn } from 'typeorm';
import { User } from '../users/user.entity';
import { Organization } from './organization.entity';
import type { OrganizationRole } from '../policy/roles';

/** the policy layer's name for it (policy/roles.ts) */
export type { OrganizationRole };

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
