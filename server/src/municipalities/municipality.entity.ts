import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { Locale, LocalizedText } from '../common/locale';

export type CountryCode = 'BG' | 'MK';

@Entity('municipalities')
export class Municipality {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('municipalities_slug_key', { unique: true })
  @Column('text')
  slug: string;

  @Column('jsonb')
  name: LocalizedText;

  @Column('varchar', { length: 2 })
  country: CountryCode;

  @Column('text')
  timeZone: string;

  @Column('varchar', { length: 2 })
  defaultLocale: Locale;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
