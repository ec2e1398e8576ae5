import type { DataSource } from 'typeorm';
import { DEFAULT_LOCALE, localize, type Locale, type LocalizedText } from '../common/locale';
import { escapeMarkup } from '../common/markup';

/** What a link preview of a public page shows (Open Graph and Twitter card). */
export interface PagePreview {
  title: string;
  description: string;
  municipality: string;
  locale: Locale;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

// The same rules as the API's for the public: a consultation from its publication on; a body when
// public; a meeting unless its body is private.
const PUBLIC_CONSULTATION = `c.published_at IS NOT NULL AND c.published_at <= $1`;
const PUBLIC_MEETING = `(m.body_id IS NULL OR EXISTS (SELECT 1 FROM bodies pb WHERE pb.id = m.body_id AND pb.visibility = 'public'))`;
const PUBLIC_BODY = `b.visibility = 'public'`;

export type PreviewKind = 'consultations' | 'meetings' | 'bodies';

/**
 * The title and summary of a consultation, meeting or body, if the public may see it; null for an
 * unknown one, a draft, a scheduled publication or anything of a private body.
 */
export async function pagePreview(db: DataSource, kind: PreviewKind, id: string, now: Date, wanted: Locale | null): Promise<PagePreview | null> {
  if (!UUID.test(id)) return null;
  const sql = {
    consultations: `SELECT c.title, c.summary AS description, mu.name AS municipality, mu.default_locale AS locale
                      FROM consultations c JOIN municipalities mu ON mu.id = c.municipality_id WHERE c.id = $2 AND ${PUBLIC_CONSULTATION}`,
    meetings: `SELECT m.title, m.description, mu.name AS municipality, mu.default_locale AS locale
                 FROM meetings m JOIN municipalities mu ON mu.id = m.municipality_id WHERE m.id = $2 AND ${PUBLIC_MEETING} AND $1::timestamptz IS NOT NULL`,
    bodies: `SELECT b.name AS title, b.mandate AS description, mu.name AS municipality, mu.default_locale AS locale
               FROM bodies b JOIN municipalities mu ON mu.id = b.municipality_id WHERE b.id = $2 AND ${PUBLIC_BODY} AND $1::timestamptz IS NOT NULL`,
  }[kind];
  const rows = (await db.query(sql, [now, id])) as Array<{ title: LocalizedText; description: LocalizedText; municipality: LocalizedText; locale: Locale }>;
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
  const rows = (await db.query(
    `SELECT '/municipalities/' || slug AS path, updated_at AS modified FROM municipalities
     UNION ALL SELECT '/consultations/' || c.id, c.updated_at FROM consultations c WHERE ${PUBLIC_CONSULTATION}
     UNION ALL SELECT '/meetings/' || m.id, m.updated_at FROM meetings m WHERE ${PUBLIC_MEETING}
     UNION ALL SELECT '/bodies/' || b.id, b.updated_at FROM bodies b WHERE ${PUBLIC_BODY}
     LIMIT 49000`,
    [now],
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
