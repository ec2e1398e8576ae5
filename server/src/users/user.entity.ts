import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { Locale } from '../common/locale';

@Entity('users')
export class User {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Lower-cased; unique among live accounts. A deleted account keeps no address. */
  @Index('users_email_key', { unique: true })
  @Column('text', { nullable: true })
  email: string | null;

  @Column('text', { nullable: true })
  passwordHash: string | null;

  @Column('text')
  displayName: string;

  @Column('varchar', { length: 2, default: 'bg' })
  locale: Locale;

  @Column('text', { nullable: true })
  homeSettlement: string | null;

  /** ISO 3166-1 alpha-2 */
  @Column('varchar', { length: 2, nullable: true })
  country: string | null;

  @Column('timestamptz', { nullable: true })
  emailVerifiedAt: Date | null;

  @Column('boolean', { default: false })
  isAdmin: boolean;

  /** Single-key shortcuts (J, K, N on the officer's answering page); off for people they get in the way of (WCAG 2.1.4). */
  @Column('boolean', { default: true })
  keyboardShortcuts: boolean;

  @Column('timestamptz', { nullable: true })
  deletedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
