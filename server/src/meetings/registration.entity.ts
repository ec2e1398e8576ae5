import { Column, Entity, Generated, Index, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { User } from '../users/user.entity';
import type { Locale } from '../common/locale';
import { Meeting } from './meeting.entity';
import type { Category } from './participation';
import { Municipality } from '../municipalities/municipality.entity';
import { Organization } from '../organizations/organization.entity';
import type { RegistrationStatus } from './registration-rules';

/** Someone's registration for a meeting: a place, a place on the waiting list, or awaiting approval. */
@Entity('meeting_registrations')
@Index(['meetingId', 'code'], { unique: true })
@Index(['meetingId', 'status', 'seq'])
export class Registration {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** the order of registering: the waiting list moves up in this order */
  @Column('int')
  @Generated('increment')
  seq: number;

  @Column('uuid')
  meetingId: string;

  @ManyToOne(() => Meeting, { onDelete: 'CASCADE' })
  meeting?: Meeting;

  /** the account, when signed in; guests have none */
  @Index()
  @Column('uuid', { nullable: true })
  userId: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  user?: User;

  @Column('text')
  name: string;

  @Column('text', { nullable: true })
  email: string | null;

  @Column('text')
  homeSettlement: string;

  @Column('uuid', { nullable: true })
  homeMunicipalityId: string | null;

  @ManyToOne(() => Municipality, { onDelete: 'SET NULL' })
  homeMunicipality?: Municipality;

  /** ISO 3166-1 alpha-2 */
  @Column('varchar', { length: 2 })
  country: string;

  @Column('uuid', { nullable: true })
  organizationId: string | null;

  @ManyToOne(() => Organization, { onDelete: 'SET NULL' })
  organization?: Organization;

  /** as given, or the registered organisation's name */
  @Column('text', { nullable: true })
  organizationName: string | null;

  @Column('varchar', { length: 20 })
  category: Category;

  @Column('varchar', { length: 12 })
  status: RegistrationStatus;

  /** printed and shown at the door; unique within the meeting */
  @Column('varchar', { length: 12 })
  code: string;

  /** SHA-256 of the cancel link's token (the token itself is only in the e-mail) */
  @Index({ unique: true })
  @Column('text', { nullable: true })
  cancelTokenHash: string | null;

  /** registered and checked in at the door by an officer */
  @Column('boolean', { default: false })
  walkIn: boolean;

  /** the language of the e-mails */
  @Column('varchar', { length: 2 })
  locale: Locale;

  /** the officer who registered a walk-in */
  @Column('uuid', { nullable: true })
  registeredBy: string | null;

  @Column('timestamptz')
  registeredAt: Date;

  /** an officer's approval or rejection */
  @Column('timestamptz', { nullable: true })
  decidedAt: Date | null;

  @Column('uuid', { nullable: true })
  decidedBy: string | null;

  /** moved up from the waiting list */
  @Column('timestamptz', { nullable: true })
  promotedAt: Date | null;

  @Column('timestamptz', { nullable: true })
  cancelledAt: Date | null;
}

/** Attendance: one row per registration and meeting day on which the person came. */
@Entity('meeting_check_ins')
@Index(['meetingId', 'day'])
export class CheckIn {
  @PrimaryColumn('uuid')
  registrationId: string;

  @PrimaryColumn('date')
  day: string;

  @ManyToOne(() => Registration, { onDelete: 'CASCADE' })
  registration?: Registration;

  @Column('uuid')
  meetingId: string;

  @Column('timestamptz')
  at: Date;

  /** the officer at the door */
  @Column('uuid', { nullable: true })
  checkedInBy: string | null;
}
