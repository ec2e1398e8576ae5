import { CreateDateColumn, Entity, Index, ManyToOne, PrimaryColumn } from 'typeorm';
import { Municipality } from '../municipalities/municipality.entity';
import { Organization } from './organization.entity';

/** Lets an organisation's representatives review the municipality's form and participation reports. */
@Entity('partnerships')
export class Partnership {
  @PrimaryColumn('uuid')
  municipalityId: string;

  @Index()
  @PrimaryColumn('uuid')
  organizationId: string;

  @ManyToOne(() => Municipality, { onDelete: 'CASCADE' })
  municipality?: Municipality;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  organization?: Organization;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
