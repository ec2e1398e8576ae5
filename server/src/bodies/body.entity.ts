import { Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { User } from '../users/user.entity';
import type { LocalizedText } from '../common/locale';
import { Consultation } from '../consultations/consultation.entity';
import { Municipality } from '../municipalities/municipality.entity';
import { Organization } from '../organizations/organization.entity';
import { BODY_VISIBILITIES, MEMBER_INVITATIONS, type BodyVisibility, type MemberInvitation } from '../policy/roles';

export const BODY_KINDS = ['working_group', 'committee', 'civic_council', 'advisory_body', 'forum'] as const;
export type BodyKind = (typeof BODY_KINDS)[number];
// the visibility and the invitation's answer are the policy layer's names (policy/roles.ts)
export { BODY_VISIBILITIES, MEMBER_INVITATIONS, type BodyVisibility, type MemberInvitation };
export const BODY_STATUSES = ['active', 'dissolved'] as const;
export type BodyStatus = (typeof BODY_STATUSES)[number];
export const MEMBER_ROLES = ['chair', 'vice_chair', 'secretary', 'member', 'observer'] as const;
export type MemberRole = (typeof MEMBER_ROLES)[number];

/** A working group, committee, civic council, advisory body or forum of a municipality. */
@Entity('bodies')
@Index(['municipalityId', 'createdAt'])
export class PublicBody {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  municipalityId: string;

  @ManyToOne(() => Municipality, { onDelete: 'RESTRICT' })
  municipality?: Municipality;

  @Column('varchar', { length: 20 })
  kind: BodyKind;

  @Column('jsonb')
  name: LocalizedText;

  /** Markdown per locale */
  @Column('jsonb')
  mandate: LocalizedText;

  /** private: members and minutes only for its members and the municipality's staff */
  @Column('varchar', { length: 10 })
  visibility: BodyVisibility;

  @Column('varchar', { length: 10 })
  status: BodyStatus;

  @Column('uuid', { nullable: true })
  createdBy: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

/** A consultation the body worked on. */
@Entity('body_consultations')
export class BodyConsultation {
  @PrimaryColumn('uuid')
  bodyId: string;

  @Index()
  @PrimaryColumn('uuid')
  consultationId: string;

  @ManyToOne(() => PublicBody, { onDelete: 'CASCADE' })
  body?: PublicBody;

  @ManyToOne(() => Consultation, { onDelete: 'CASCADE' })
  consultation?: Consultation;
}

/**
 * A term of membership: a registered user or a named outsider, with a role. The list keeps its
 * history: removal ends the term (until), it does not delete it.
 */
@Entity('body_members')
@Index(['bodyId', 'since'])
export class BodyMember {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  bodyId: string;

  @ManyToOne(() => PublicBody, { onDelete: 'CASCADE' })
  body?: PublicBody;

  @Index()
  @Column('uuid', { nullable: true })
  userId: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  user?: User;

  /** the outsider's name; for a user, their display name is read live */
  @Column('text', { nullable: true })
  name: string | null;

  @Column('uuid', { nullable: true })
  organizationId: string | null;

  @ManyToOne(() => Organization, { onDelete: 'SET NULL' })
  organization?: Organization;

  @Column('varchar', { length: 12 })
  role: MemberRole;

  @Column('date')
  since: string;

  @Column('date', { nullable: true })
  until: string | null;

  /**
   * For a registered user: the membership is an invitation until that person accepts it, and only
   * an accepted one gives the account any right (see `ACCEPTED_MEMBER` in membership.ts). Null for
   * a named outsider, who has no account to give rights to.
   */
  @Column('varchar', { length: 10, nullable: true })
  invitation: MemberInvitation | null;

  /**
   * An invitation sent to an e-mail address (lower-case), whether or not it had an account: the
   * officer's answer and roster are the same either way. While no account has it, user_id is null;
   * when an account verifies the address the row becomes that account's. Emptied when the
   * invitation is answered; while unanswered the row (and the address) goes when the officer
   * withdraws the invitation, with the body, or when the owner of the address erases the account.
   */
  @Index()
  @Column('text', { nullable: true })
  invitedEmail: string | null;

  /** when the invitation was answered (accepted or declined) */
  @Column('timestamptz', { nullable: true })
  answeredAt: Date | null;

  @Column('uuid', { nullable: true })
  createdBy: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
