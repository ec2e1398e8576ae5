import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import type { LocalizedText } from '../common/locale';

/** A one-off day the government declared non-working (or a Saturday declared working). */
@Entity('calendar_days')
export class CalendarDay {
  @PrimaryColumn('varchar', { length: 2 })
  country: 'BG' | 'MK';

  @PrimaryColumn('date')
  date: string;

  @Column('varchar', { length: 12 })
  kind: 'non_working' | 'working';

  @Column('jsonb', { default: {} })
  name: LocalizedText;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
