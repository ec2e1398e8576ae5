import { Column, Entity, Index, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Consultation } from './consultation.entity';

/** An addressable part of the draft ("Чл. 3"), which contributions can point at. */
@Entity('consultation_sections')
@Index(['consultationId', 'ordinal'])
export class ConsultationSection {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  consultationId: string;

  @ManyToOne(() => Consultation, { onDelete: 'CASCADE' })
  consultation?: Consultation;

  @Column('int')
  ordinal: number;

  @Column('text')
  ref: string;

  @Column('text', { default: '' })
  title: string;

  @Column('text')
  text: string;

  @Column('text', { nullable: true })
  chapter: string | null;
}
