import { Check, Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { User } from '../users/user.entity';
import type { Locale, LocalizedText } from '../common/locale';
import { Municipality } from '../municipalities/municipality.entity';
import { Registration } from '../meetings/registration.entity';
import type { CleanAnswer, FormQuestion } from './questions';
import { FORM_AUDIENCES, type FormAudience } from '../policy/roles';

export const FORM_PURPOSES = ['satisfaction', 'feedback', 'needs_assessment', 'other'] as const;
export type FormPurpose = (typeof FORM_PURPOSES)[number];
// the audience is the policy layer's name (policy/roles.ts)
export { FORM_AUDIENCES, type FormAudience };
export const SUBJECT_TYPES = ['consultation', 'meeting', 'body'] as const;
export type SubjectType = (typeof SUBJECT_TYPES)[number];
/** The smallest minGroupSize a form may have: below it, a group (and a difference of two reports) could be one or two people. */
export const MIN_GROUP_SIZE_FLOOR = 3;

/**
 * A feedback or satisfaction form of a municipality, optionally about a consultation, a meeting
 * or a body. Its questions live in the row (a JSON list): they change only while no response
 * exists, so each response's answers always match them.
 */
@Entity('forms')
@Index(['municipalityId', 'createdAt'])
@Check('forms_min_group_size_at_least_3', `min_group_size >= 3`)
@Index(['subjectType', 'subjectId'])
export class Form {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  municipalityId: string;

  @ManyToOne(() => Municipality, { onDelete: 'RESTRICT' })
  municipality?: Municipality;

  @Column('varchar', { length: 20 })
  purpose: FormPurpose;

  @Column('varchar', { length: 20, nullable: true })
  subjectType: SubjectType | null;

  /** a consultation, meeting or body of the same municipality */
  @Column('uuid', { nullable: true })
  subjectId: string | null;

  @Column('jsonb')
  title: LocalizedText;

  @Column('jsonb', { default: {} })
  description: LocalizedText;

  /** no response is linked to a person or an invitation */
  @Column('boolean')
  anonymous: boolean;

  @Column('varchar', { length: 12 })
  audience: FormAudience;

  /** null: open from publication */
  @Column('timestamptz', { nullable: true })
  opensAt: Date | null;

  /** null: open until an officer sets an end */
  @Column('timestamptz', { nullable: true })
  closesAt: Date | null;

  /** reports hide every count below this, and answers join the reports in groups of at least this many; never below 3 */
  @Column('int', { default: 5 })
  minGroupSize: number;

  /** the report is public */
  @Column('boolean', { default: false })
  publishResults: boolean;

  /**
   * Set when a closed form is reopened: its groups up to this one were shown complete while it was
   * closed, so answers left over at the next closing may not join them (they wait instead).
   */
  @Column('int', { nullable: true })
  sealedGroup: number | null;

  /** reminder rounds sent to the unused invitations (at most 3, one a day) */
  @Column('int', { default: 0 })
  remindersSent: number;

  /** when the last reminder round was sent: the next may go 24 hours later */
  @Column('timestamptz', { nullable: true })
  lastReminderAt: Date | null;

  @Column('jsonb')
  questions: FormQuestion[];

  @Column('timestamptz', { nullable: true })
  publishedAt: Date | null;

  /** the form this one is a new version of */
  @Column('uuid', { nullable: true })
  basedOnId: string | null;

  @Column('uuid', { nullable: true })
  createdBy: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

/**
 * A single-use link sent to one person. Only the SHA-256 of the token is stored; the token is an
 * HMAC of the invitation's id under the server's secret, so a reminder can repeat the same link.
 * `used` says that the link was spent, never when nor for which response.
 */
@Entity('form_invitations')
@Index(['formId', 'email'], { unique: true, where: 'email IS NOT NULL' })
export class FormInvitation {
  @PrimaryColumn('uuid')
  id: string;

  @Index()
  @Column('uuid')
  formId: string;

  @ManyToOne(() => Form, { onDelete: 'CASCADE' })
  form?: Form;

  /** lower-cased; null for a link handed over in person (e.g. printed for a meeting's attendees) */
  @Column('text', { nullable: true })
  email: string | null;

  @Column('text', { nullable: true })
  name: string | null;

  /** the language of the e-mails */
  @Column('varchar', { length: 2 })
  locale: Locale;

  /** the meeting registration it was made for, if any */
  @Column('uuid', { nullable: true })
  registrationId: string | null;

  @ManyToOne(() => Registration, { onDelete: 'SET NULL' })
  registration?: Registration;

  @Index({ unique: true })
  @Column('text')
  tokenHash: string;

  @Column('boolean', { default: false })
  used: boolean;

  @Column('timestamptz')
  createdAt: Date;

  @Column('uuid', { nullable: true })
  createdBy: string | null;

  @Column('int', { default: 0 })
  reminders: number;

  /**
   * E-mails that went out for this link: 1 once the invitation is sent, `1 + reminders` once the
   * last reminder round is. The worker sends only what is missing, so a job run again (a retry
   * after a failure half-way) writes to nobody twice.
   */
  @Column('int', { default: 0 })
  mailed: number;
}

/**
 * One response. Its id is a random UUID, it carries only the day it came in, and on anonymous
 * forms neither an account nor an invitation (the CHECK keeps it so).
 */
@Entity('form_responses')
@Index(['formId', 'id'])
@Index(['formId', 'submittedOn'])
@Index(['formId', 'groupNo'])
@Check('form_responses_anonymous_unlinked', `NOT anonymous OR (user_id IS NULL AND invitation_id IS NULL)`)
export class FormResponse {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid')
  formId: string;

  @ManyToOne(() => Form, { onDelete: 'CASCADE' })
  form?: Form;

  /** the day in the municipality's time zone (anonymous: its group's day, like `groupedOn`): no time precise enough to match a log line or a spent link */
  @Column('date')
  submittedOn: string;

  /** copied from the form when answering */
  @Column('boolean')
  anonymous: boolean;

  /**
   * The group it joined the reports with (1, 2, … per form; null: not yet in a group). Groups hold
   * at least minGroupSize responses, and a closed form's leftovers join its last group, so any
   * date range covers whole groups only (docs/architecture.md, "Reports and small groups").
   */
  @Column('int', { nullable: true })
  groupNo: number | null;

  /** the day its group was complete, in the municipality's time zone: the date reports filter and group by */
  @Column('date', { nullable: true })
  groupedOn: string | null;

  /** identified forms only */
  @Index()
  @Column('uuid', { nullable: true })
  userId: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  user?: User;

  /** identified forms only */
  @Column('uuid', { nullable: true })
  invitationId: string | null;

  @ManyToOne(() => FormInvitation, { onDelete: 'SET NULL' })
  invitation?: FormInvitation;
}

/**
 * One answer: a number (scales), one row per chosen option (choices, `position` 0, 1, …), or a
 * text. Aggregates read this table with GROUP BY; `form_id` is repeated so they need no join.
 */
@Entity('form_answers')
@Index(['formId', 'questionKey'])
export class FormAnswer {
  @PrimaryColumn('uuid')
  responseId: string;

  @PrimaryColumn('varchar', { length: 40 })
  questionKey: string;

  @PrimaryColumn('smallint')
  position: number;

  @ManyToOne(() => FormResponse, { onDelete: 'CASCADE' })
  response?: FormResponse;

  @Column('uuid')
  formId: string;

  @Column('smallint', { nullable: true })
  num: number | null;

  @Column('varchar', { length: 40, nullable: true })
  choice: string | null;

  @Column('text', { nullable: true })
  text: string | null;

  /** The language of a text answer (the interface's when answering); null for numbers and choices. */
  @Column('varchar', { length: 2, nullable: true })
  lang: Locale | null;
}

/** Who answered with their account, to allow one response each: no time, no link to the response. */
@Entity('form_respondents')
export class FormRespondent {
  @PrimaryColumn('uuid')
  formId: string;

  @Index()
  @PrimaryColumn('uuid')
  userId: string;

  @ManyToOne(() => Form, { onDelete: 'CASCADE' })
  form?: Form;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  user?: User;
}

/**
 * An anonymous form's answers waiting for their group (the mix). Spending a link and storing the
 * answers happen in one transaction, so the row written here carries that transaction's `xmin`,
 * like the spent invitation. Once the form's inbox holds `minGroupSize` rows, one
 * transaction deletes them and writes them to `form_responses` in random order with new ids, so a
 * response's `xmin` points at a group, never at one invitation. Nothing here has a time but the day.
 */
@Entity('form_response_inbox')
export class FormResponseInbox {
  @PrimaryColumn('uuid')
  id: string;

  @Index()
  @Column('uuid')
  formId: string;

  @ManyToOne(() => Form, { onDelete: 'CASCADE' })
  form?: Form;

  /** the day in the municipality's time zone, carried over to the response */
  @Column('date')
  submittedOn: string;

  /** the checked answers, as `checkAnswers` gives them */
  @Column('jsonb')
  answers: CleanAnswer[];
}
