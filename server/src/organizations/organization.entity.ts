import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export const ORGANIZATION_KINDS = ['ngo', 'business', 'public_authority', 'academic', 'trade_union', 'other'] as const;
export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];

@Entity('organizations')
export class Organization {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('text')
  name: string;

  @Column('varchar', { length: 20 })
  kind: OrganizationKind;

  @Column('text', { nullable: true })
  registrationNumber: string | null;

  @Column('timestamptz', { nullable: true })
  verifiedAt: Date | null;

  @Column('uuid', { nullable: true })
  verifiedBy: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
