import { Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { PublicBody } from '../bodies/body.entity';
import type { LocalizedText } from '../common/locale';
import { Municipality } from '../municipalities/municipality.entity';

export const MEETING_KINDS = ['body_meeting', 'public_forum', 'hearing', 'partnership_event', 'workshop'] as const;
export type MeetingKind = (typeof MEETING_KINDS)[number];
export const MEETING_STATUSES = ['scheduled', 'cancelled'] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];

/** One item of the programme, on one day of the meeting. */
export interface ProgrammeItem {
  /** YYYY-MM-DD in the municipality's time zone */
  day: string;
  startsAt: string | null;
  endsAt: string | null;
  title: LocalizedText;
  description: LocalizedText;
}

export interface MinutesDecision {
  text: LocalizedText;
  responsible: string | null;
  /** YYYY-MM-DD */
  due: string | null;
}

export interface MinutesDraft {
  text: LocalizedText;
  decisions: MinutesDecision[];
  attendeesCount: number | null;
  updatedAt: string;
  updatedBy: string | null;
}

/** A meeting of a body, or a public event on its own: one or several days. */
@Entity('meetings')
@Index(['municipalityId', 'startsAt'])
@Index(['bodyId', 'startsAt'])
@Index(['startsAt'])
export class Meeting {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  municipalityId: string;

  @ManyToOne(() => Municipality, { onDelete: 'RESTRICT' })
  municipality?: Municipality;

  @Column('uuid', { nullable: true })
  bodyId: string | null;

  @ManyToOne(() => PublicBody, { onDelete: 'RESTRICT' })
  body?: PublicBody;

  @Column('varchar', { length: 20 })
  kind: MeetingKind;

  @Column('jsonb')
  title: LocalizedText;

  /** Markdown per locale */
  @Column('jsonb')
  description: LocalizedText;

  @Column('timestamptz')
  startsAt: Date;

  @Column('timestamptz')
  endsAt: Date;

  /** the place, per locale; empty for an online-only meeting */
  @Column('jsonb')
  location: LocalizedText;

  @Column('text', { nullable: true })
  onlineUrl: string | null;

  /** places; null: no limit */
  @Column('int', { nullable: true })
  capacity: number | null;

  @Column('boolean', { default: false })
  registrationOpen: boolean;

  @Column('timestamptz', { nullable: true })
  registrationOpensAt: Date | null;

  @Column('timestamptz', { nullable: true })
  registrationClosesAt: Date | null;

  @Column('boolean', { default: false })
  requireApproval: boolean;

  @Column('jsonb')
  programme: ProgrammeItem[];

  @Column('varchar', { length: 10, default: 'scheduled' })
  status: MeetingStatus;

  /** the minutes being written; published versions are in meeting_minutes */
  @Column('jsonb', { nullable: true })
  minutesDraft: MinutesDraft | null;

  /** the latest published version of the minutes (0: none) */
  @Column('int', { default: 0 })
  minutesVersion: number;

  @Column('timestamptz', { nullable: true })
  minutesPublishedAt: Date | null;

  @Column('uuid', { nullable: true })
  createdBy: string | null;

  /** iCalendar SEQUENCE: 0 when made, one more at every change, the cancellation included */
  @Column('int', { default: 0 })
  revision: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

/** A partner municipality of a meeting, also across the border. */
@Entity('meeting_partners')
export class MeetingPartner {
  @PrimaryColumn('uuid')
  meetingId: string;

  @Index()
  @PrimaryColumn('uuid')
  municipalityId: string;

  @ManyToOne(() => Meeting, { onDelete: 'CASCADE' })
  meeting?: Meeting;

  @ManyToOne(() => Municipality, { onDelete: 'CASCADE' })
  municipality?: Municipality;
}

/** A published version of the minutes: immutable; a correction is a new version. */
@Entity('meeting_minutes')
@Index(['meetingId', 'version'], { unique: true })
export class MeetingMinutes {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  meetingId: string;

  @ManyToOne(() => Meeting, { onDelete: 'CASCADE' })
  meeting?: Meeting;

  @Column('int')
  version: number;

  /** Markdown per locale */
  @Column('jsonb')
  text: LocalizedText;

  @Column('jsonb')
  decisions: MinutesDecision[];

  @Column('int', { nullable: true })
  attendeesCount: number | null;

  /** why a later version was published */
  @Column('text', { nullable: true })
  note: string | null;

  @Column('uuid', { nullable: true })
  publishedBy: string | null;

  @Column('timestamptz')
  publishedAt: Date;
}
