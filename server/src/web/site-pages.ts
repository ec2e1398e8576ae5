import type { DataSource } from 'typeorm';
import { DEFAULT_LOCALE, localize, type Locale, type LocalizedText } from '../common/locale';
import { escapeMarkup } from '../common/markup';
import { bodyPolicy } from '../policy/body.policy';
import { consultationPolicy } from '../policy/consultation.policy';
import { meetingPolicy } from '../policy/meeting.policy';
import { ANONYMOUS } from '../policy/standing';
import type { SqlPredicate } from '../policy/subject-policy';

/** What a link preview of a public page shows (Open Graph and Twitter card). */
export interface PagePreview {
  title: string;
  description: string;
  municipality: string;
  locale: Locale;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * What the public may see of each kind, from the policy layer's own predicates for an anonymous
 * caller (docs/architecture.md, "Who may do what"): a consultation from its publication on, a body
 * when public, a meeting unless its body is private. The named parameters of a predicate become
 * positional ones, appended to `values`.
 */
function publicWhere(kind: PreviewKind, alias: string, now: Date, values: unknown[]): string {
  const policy = { consultations: consultationPolicy, meetings: meetingPolicy, bodies: bodyPolicy }[kind];
  const p: SqlPredicate = policy.sql(ANONYMOUS, 'view', now, alias);
  // an anonymous caller's predicate holds no list parameters (`IN (:...x)` comes only from a standing)
  return p.sql.replace(/(?<!:):([A-Za-z_][A-Za-z0-9_]*)/g, (_match, name: string) => {
    values.push(p.params[name]);
    return `$${values.length}`;
  });
}

export type PreviewKind = 'consultations' | 'meetings' | 'bodies';

/**
 * The title and summary of a consultation, meeting or body, if the public may see it; null for an
 * unknown one, a draft, a scheduled publication or anything of a private body.
 */
export async function pagePreview(db: DataSource, kind: PreviewKind, id: string, now: Date, wanted: Locale | null): Promise<PagePreview | null> {
  if (!UUID.test(id)) return null;
  const values: unknown[] = [id];
  const from = {
    consultations: `SELECT c.title, c.summary AS description, mu.name AS municipality, mu.default_locale AS locale
                      FROM consultations c JOIN municipalities mu ON mu.id = c.municipality_id WHERE c.id = $1`,
    meetings: `SELECT m.title, m.description, mu.name AS municipality, mu.default_locale AS locale
                 FROM meetings m JOIN municipalities mu ON mu.id = m.municipality_id WHERE m.id = $1`,
    bodies: `SELECT b.name AS title, b.mandate AS description, mu.name AS municipality, mu.default_locale AS locale
               FROM bodies b JOIN municipalities mu ON mu.id = b.municipality_id WHERE b.id = $1`,
  }[kind];
  const sql = `${from} AND ${publicWhere(kind, { consultations: 'c', meetings: 'm', bodies: 'b' }[kind], now, values)}`;
  const rows = (await db.query(sql, values)) as Array<{ title: LocalizedText; description: LocalizedText; municipality: LocalizedText; locale: Locale }>;
  const row = rows[0];
  if (!row) return null;
  const locale = wanted && row.title[wanted] ? wanted : (row.locale ?? DEFAULT_LOCALE);
  return {
    title: localize(row.title, locale),
    description: plainSummary(localize(row.description, locale)),
    municipality: localize(row.municipality, locale),
    locale,
  };
}

/** A description of at most about 200 characters without Markdown marks. */
export function plainSummary(markdown: string): string {
  const text = markdown
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^\s{0,3}(#{1,6}|>|[-*+]|\d+[.)])\s+/gm, '')
    .replace(/[*_`~]+/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (text.length <= 200) return text;
  const cut = text.slice(0, 200);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 150)).trimEnd()}…`;
}

export interface SitemapEntry {
  path: string;
  lastModified?: Date;
}

/** Every page the public may see: the lists, the municipalities, and each public consultation, meeting and body. */
export async function sitemapEntries(db: DataSource, now: Date): Promise<SitemapEntry[]> {
  const entries: SitemapEntry[] = [{ path: '/' }, { path: '/consultations' }, { path: '/meetings' }, { path: '/bodies' }];
  const values: unknown[] = [];
  const rows = (await db.query(
    `SELECT '/municipalities/' || slug AS path, updated_at AS modified FROM municipalities
     UNION ALL SELECT '/consultations/' || c.id, c.updated_at FROM consultations c WHERE ${publicWhere('consultations', 'c', now, values)}
     UNION ALL SELECT '/meetings/' || m.id, m.updated_at FROM meetings m WHERE ${publicWhere('meetings', 'm', now, values)}
     UNION ALL SELECT '/bodies/' || b.id, b.updated_at FROM bodies b WHERE ${publicWhere('bodies', 'b', now, values)}
     LIMIT 49000`,
    values,
  )) as Array<{ path: string; modified: Date }>;
  for (const r of rows) entries.push({ path: r.path, lastModified: r.modified });
  return entries;
}

export function sitemapXml(publicUrl: string, entries: SitemapEntry[]): string {
  const urls = entries.map((e) => {
    const lastmod = e.lastModified ? `<lastmod>${e.lastModified.toISOString()}</lastmod>` : '';
    return `  <url><loc>${escapeMarkup(publicUrl + e.path)}</loc>${lastmod}</url>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`;
}

/** Public pages for everyone; the API and the staff's and people's own areas for no crawler. */
export function robotsTxt(publicUrl: string): string {
  return [
    'User-agent: *',
    'Allow: /',
    'Disallow: /api/',
    'Disallow: /officer',
    'Disallow: /admin',
    'Disallow: /me',
    'Disallow: /reviews',
    '',
    `Sitemap: ${publicUrl}/sitemap.xml`,
    '',
  ].join('\n');
}

const BRAND: Record<Locale, string> = { bg: 'Събор', en: 'Sabor', mk: 'Собор' };

/**
 * index.html with the page's title, description, Open Graph and Twitter card tags, all escaped:
 * what a link shared on a social network or in a chat shows. The client replaces the title once
 * it runs.
 */
export function withPreview(indexHtml: string, preview: PagePreview, url: string): string {
  const title = `${preview.title} — ${BRAND[preview.locale]}`;
  const meta = (attr: 'property' | 'name', key: string, value: string) => `<meta ${attr}="${key}" content="${escapeMarkup(value)}" />`;
  const tags = [
    meta('property', 'og:type', 'website'),
    meta('property', 'og:title', preview.title),
    meta('property', 'og:description', preview.description),
    meta('property', 'og:site_name', `${BRAND[preview.locale]} — ${preview.municipality}`),
    meta('property', 'og:url', url),
    meta('property', 'og:locale', { bg: 'bg_BG', en: 'en_GB', mk: 'mk_MK' }[preview.locale]),
    meta('name', 'twitter:card', 'summary'),
    meta('name', 'twitter:title', preview.title),
    meta('name', 'twitter:description', preview.description),
  ].join('\n    ');
  return indexHtml
    .replace(/<title>[^<]*<\/title>/, () => `<title>${escapeMarkup(title)}</title>`)
    .replace(/<meta name="description" content="[^"]*"\s*\/?>/, () => meta('name', 'description', preview.description))
    .replace(/<html lang="[^"]*"/, () => `<html lang="${preview.locale}"`)
    .replace('</head>', () => `    ${tags}\n  </head>`);
}
