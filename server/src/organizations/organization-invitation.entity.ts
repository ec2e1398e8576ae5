import { Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Organization } from './organization.entity';
import type { OrganizationRole } from './organization-member.entity';

/**
 * An invitation to join an organisation, sent to an e-mail address. Nobody gets a right through it
 * until the owner of that address (signed in with it, verified) accepts it. Only the SHA-256 hash of
 * the link's token is stored. Accepting, declining or cancelling deletes the row (the audit log keeps
 * what happened).
 */
@Entity('organization_invitations')
@Index('organization_invitations_org_email_key', ['organizationId', 'email'], { unique: true })
export class OrganizationInvitation {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  organizationId: string;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  organization?: Organization;

  /** lower-cased; the address the invitation was sent to */
  @Index()
  @Column('text')
  email: string;

  @Column('varchar', { length: 20 })
  role: OrganizationRole;

  @Index('organization_invitations_hash_key', { unique: true })
  @Column('text')
  tokenHash: string;

  /** who invited (null once that account is deleted) */
  @Column('uuid', { nullable: true })
  invitedBy: string | null;

  @Column('timestamptz')
  expiresAt: Date;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
