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

  /** Contact details shown on the municipality's page; address and office hours per language. */
  @Column('jsonb', { nullable: true })
  address: LocalizedText | null;

  @Column('text', { nullable: true })
  phone: string | null;

  @Column('text', { nullable: true })
  email: string | null;

  @Column('text', { nullable: true })
  website: string | null;

  @Column('jsonb', { nullable: true })
  officeHours: LocalizedText | null;

  /** The data protection officer (GDPR Art. 37), listed on the privacy notice. */
  @Column('text', { nullable: true })
  dpoName: string | null;

  @Column('text', { nullable: true })
  dpoEmail: string | null;

  /**
   * The official code of the municipality in its country's register (EKATTE in Bulgaria, e.g.
   * HKV34; the state statistical office's code in North Macedonia), for open data portals.
   */
  @Column('varchar', { length: 12, nullable: true })
  officialCode: string | null;

  /** Eurostat's LAU code (for Bulgaria, the EKATTE municipality code). */
  @Column('varchar', { length: 12, nullable: true })
  lauCode: string | null;

  /** The coat of arms in the file store under `coats-of-arms/<key>`, checked by content: PNG, JPEG or WebP. */
  @Column('text', { nullable: true })
  coatOfArmsKey: string | null;

  @Column('text', { nullable: true })
  coatOfArmsType: string | null;

  @Column('timestamptz', { nullable: true })
  coatOfArmsUpdatedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
