import { Column, Entity, PrimaryColumn } from 'typeorm';

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
