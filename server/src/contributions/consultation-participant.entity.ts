import { Column, Entity, ManyToOne, PrimaryColumn } from 'typeorm';
import { Consultation } from '../consultations/consultation.entity';

/** Gives each author one "participant N" per consultation, in order of their first contribution. */
@Entity('consultation_participants')
export class ConsultationParticipant {
  @PrimaryColumn('uuid')
  consultationId: string;

  /** "user:<id>", "email:<address>" or "once:<contribution id>" */
  @PrimaryColumn('text')
  authorKey: string;

  @Column('int')
  participantNo: number;
}

/**
 * The last "participant N" given out in a consultation. A row of its own, taken only for the short
 * autocommit statement that numbers a first contribution (`take_participant_no`, see the
 * repository), so it never holds the consultation's row or a request's transaction.
 */
@Entity('consultation_participant_counters')
export class ConsultationParticipantCounter {
  @PrimaryColumn('uuid')
  consultationId: string;

  @ManyToOne(() => Consultation, { onDelete: 'CASCADE' })
  consultation?: Consultation;

  @Column('int', { default: 0 })
  lastNo: number;
}
