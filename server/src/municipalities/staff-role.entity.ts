import { Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryColumn } from 'typeorm';
import { User } from '../users/user.entity';
import { Municipality } from './municipality.entity';
import type { StaffRoleName } from '../policy/roles';

/** the policy layer's name for it (policy/roles.ts) */
export type { StaffRoleName };

/** A person's role in one municipality; a role in Haskovo gives nothing in Dupnitsa. */
@Entity('staff_roles')
export class StaffRole {
  @PrimaryColumn('uuid')
  municipalityId: string;

  @Index()
  @PrimaryColumn('uuid')
  userId: string;

  @ManyToOne(() => Municipality, { onDelete: 'CASCADE' })
  municipality?: Municipality;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  user?: User;

  @Column('varchar', { length: 20 })
  role: StaffRoleName;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
