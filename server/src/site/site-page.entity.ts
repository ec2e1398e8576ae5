import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { Locale } from '../common/locale';

export const SITE_PAGE_KEYS = ['accessibility', 'privacy'] as const;
export type SitePageKey = (typeof SITE_PAGE_KEYS)[number];

/**
 * A page the installation must publish (the accessibility statement, the privacy notice), one row
 * per language as its administrator wrote it. Without a row the shipped default text is shown.
 */
@Entity('site_pages')
export class SitePage {
  @PrimaryColumn('varchar', { length: 40 })
  key: SitePageKey;

  @PrimaryColumn('varchar', { length: 2 })
  locale: Locale;

  /** Markdown */
  @Column('text')
  body: string;

  @Column('timestamptz')
  updatedAt: Date;

  /** the administrator who saved it last; null once that account is deleted */
  @Column('uuid', { nullable: true })
  updatedBy: string | null;
}
