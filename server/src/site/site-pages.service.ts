import { Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import type { AuthUser } from '../common/auth-user';
import { Clock } from '../common/clock';
import { DomainError } from '../common/domain-error';
import type { Locale } from '../common/locale';
import { Tx } from '../database/transaction';
import { DEFAULT_PAGES, DEFAULT_PAGES_DATE } from './default-pages';
import { SITE_PAGE_KEYS, SitePage, SitePageKey } from './site-page.entity';
import type { SitePageDto } from './site-page.dto';

/** The pages every installation must publish, as its administrator wrote them, else as shipped. */
@Injectable()
export class SitePagesService {
  constructor(
    private readonly tx: Tx,
    private readonly clock: Clock,
    private readonly audit: AuditService,
  ) {}

  async get(key: string, locale: Locale): Promise<SitePageDto> {
    const k = requireKey(key);
    const row = await this.tx.repo(SitePage).findOneBy({ key: k, locale });
    if (row) return toDto(row);
    return { key: k, locale, body: DEFAULT_PAGES[k][locale], edited: false, updatedOn: DEFAULT_PAGES_DATE };
  }

  update(admin: AuthUser, key: string, locale: Locale, body: string): Promise<SitePageDto> {
    const k = requireKey(key);
    if (!body.trim()) throw DomainError.validation([{ field: 'body', code: 'isNotEmpty' }]);
    return this.tx.run(async () => {
      const repo = this.tx.repo(SitePage);
      const before = await repo.findOneBy({ key: k, locale });
      const saved = await repo.save(repo.create({ key: k, locale, body, updatedAt: this.clock.now(), updatedBy: admin.id }));
      await this.audit.record({
        actorId: admin.id,
        action: 'site_page.update',
        entityType: 'site_page',
        entityId: `${k}:${locale}`,
        before: before ? { body: before.body } : { body: DEFAULT_PAGES[k][locale], shipped: true },
        after: { body },
      });
      return toDto(saved);
    });
  }
}

function requireKey(key: string): SitePageKey {
  if (!(SITE_PAGE_KEYS as readonly string[]).includes(key)) throw DomainError.notFound();
  return key as SitePageKey;
}

function toDto(row: SitePage): SitePageDto {
  return { key: row.key, locale: row.locale, body: row.body, edited: true, updatedOn: row.updatedAt.toISOString().slice(0, 10) };
}
