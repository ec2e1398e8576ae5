import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import fastifyStatic from '@fastify/static';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { DataSource } from 'typeorm';
import { Clock } from '../common/clock';
import { pickLocale } from '../common/locale';
import type { AppConfig } from '../config/config';
import { ClientRoutes } from './client-routes';
import { pagePreview, robotsTxt, sitemapEntries, sitemapXml, withPreview, type PreviewKind } from './site-pages';
import { SESSION_HINT_COOKIE } from '../auth/refresh-cookie';

/** Hashed build files: their name changes with their content, so browsers may keep them a year. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
const PREVIEW_PAGE = /^\/(consultations|meetings|bodies)\/([^/]+)\/?$/;

/**
 * The built client on the same origin as the API:
 * - files of client/dist, each in the Brotli or gzip copy the build made when the browser accepts
 *   it (`Vary: Accept-Encoding`); /assets/* cached for a year (hashed names), the rest for an hour;
 * - index.html for each of the client's pages (200) and for any other path (404, the client shows
 *   its not-found page), never cached without asking again (`no-cache`), so a release is seen at
 *   once; a public consultation, meeting or body gets its title and link-preview tags in it;
 * - /robots.txt and /sitemap.xml.
 */
export function serveClient(app: NestFastifyApplication, config: AppConfig): void {
  const fastify = app.getHttpAdapter().getInstance();
  const db = app.get(DataSource);
  const clock = app.get(Clock);
  const clientDir = config.clientDir;
  const indexFile = clientDir ? path.join(clientDir, 'index.html') : null;
  const client = indexFile && fs.existsSync(indexFile) ? { html: fs.readFileSync(indexFile, 'utf8'), routes: ClientRoutes.load(clientDir!) } : null;
  const plainIndex = client ? encodings(client.html) : null;
  // index.html naming the chunks of a page, so they load alongside the entry; one per pattern
  const routeIndex = new Map<string, Encoded>();
  const htmlFor = (pattern: string) => withPreloads(client!.html, client!.routes?.preloadsOf(pattern) ?? []);
  const indexFor = (pattern: string) => {
    let page = routeIndex.get(pattern);
    if (!page) routeIndex.set(pattern, (page = encodings(htmlFor(pattern))));
    return page;
  };

  if (client) {
    void fastify.register(fastifyStatic, {
      root: clientDir!,
      prefix: '/',
      wildcard: false,
      index: false,
      preCompressed: true,
      maxAge: '1h',
      setHeaders: (res, file) => {
        if (/index\.html(\.br|\.gz)?$/.test(file)) res.header('Cache-Control', 'no-cache');
        else if (file.includes(`${path.sep}assets${path.sep}`)) res.header('Cache-Control', IMMUTABLE);
      },
    });
  }

  fastify.get('/robots.txt', (_req, reply) => reply.type('text/plain; charset=utf-8').header('Cache-Control', 'public, max-age=3600').send(robotsTxt(config.publicUrl)));
  fastify.get('/sitemap.xml', async (_req, reply) => {
    const xml = sitemapXml(config.publicUrl, await sitemapEntries(db, clock.now()));
    return reply.type('application/xml; charset=utf-8').header('Cache-Control', 'public, max-age=3600').send(xml);
  });

  fastify.get('/*', async (req, reply) => {
    const pathname = req.url.split('?')[0];
    if (pathname.startsWith('/api/') || pathname === '/api') {
      return reply.status(404).send({ statusCode: 404, code: 'not_found', message: 'Not found.' });
    }
    if (!client || !plainIndex) return reply.status(404).type('text/plain').send('The client is not built: run `npm run build`.');
    // a missing build file (an old chunk after a release): no page in its place
    if (pathname.startsWith('/assets/')) return reply.status(404).type('text/plain').send('Not found.');

    const pattern = client.routes ? client.routes.match(pathname) : '/';
    const preview = PREVIEW_PAGE.exec(pathname);
    if (pattern && preview) {
      const wanted = req.headers['accept-language'] ? pickLocale(req.headers['accept-language']) : null;
      const found = await pagePreview(db, preview[1] as PreviewKind, preview[2], clock.now(), wanted);
      if (found) return sendHtml(req, reply, 200, encodings(withPreview(htmlFor(pattern), found, config.publicUrl + pathname)));
      // unknown, a draft, or not public: 404, and the client shows "not found"; but a browser with
      // a session (its hint cookie) may be the draft's officer or the body's member, whose client
      // shows the page: 200 with no preview, so their console logs no failed load
      const signedIn = new RegExp(`(?:^|;\\s*)${SESSION_HINT_COOKIE}=1(?:;|$)`).test(req.headers.cookie ?? '');
      return sendHtml(req, reply, signedIn ? 200 : 404, indexFor(pattern));
    }
    if (pattern) return sendHtml(req, reply, 200, indexFor(pattern));
    return sendHtml(req, reply, 404, plainIndex);
  });
}

function withPreloads(html: string, files: string[]): string {
  if (!files.length) return html;
  const links = files.map((f) => `<link rel="modulepreload" crossorigin href="/${f}">`).join('\n    ');
  return html.replace('</head>', () => `  ${links}\n  </head>`);
}

interface Encoded {
  identity: Buffer;
  br: Buffer;
  gzip: Buffer;
}

function encodings(html: string): Encoded {
  const identity = Buffer.from(html, 'utf8');
  return { identity, br: zlib.brotliCompressSync(identity, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 5 } }), gzip: zlib.gzipSync(identity) };
}

/** The best encoding the request accepts: Brotli, then gzip, else none. */
export function negotiate(acceptEncoding: string | undefined): 'br' | 'gzip' | null {
  const accepted = new Map<string, number>();
  for (const part of (acceptEncoding ?? '').split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    accepted.set(name, q ? Number(q.slice(2)) : 1);
  }
  const ok = (name: string) => (accepted.get(name) ?? accepted.get('*') ?? 0) > 0;
  if (ok('br')) return 'br';
  if (ok('gzip')) return 'gzip';
  return null;
}

function sendHtml(req: FastifyRequest, reply: FastifyReply, status: number, page: Encoded) {
  const encoding = negotiate(req.headers['accept-encoding']);
  reply.status(status).type('text/html; charset=utf-8').header('Cache-Control', 'no-cache').header('Vary', 'Accept-Encoding');
  if (encoding) reply.header('Content-Encoding', encoding);
  return reply.send(encoding ? page[encoding] : page.identity);
}
