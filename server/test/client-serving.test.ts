import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { TestApp } from './test-app';

// The built client (npm test builds it first), served as in production.
const CLIENT_DIR = path.resolve(__dirname, '../../client/dist');
const manifest = JSON.parse(fs.readFileSync(path.join(CLIENT_DIR, '.vite/manifest.json'), 'utf8'));
const entry = Object.values<{ file: string; isEntry?: boolean }>(manifest).find((c) => c.isEntry)!.file;

let t: TestApp;
beforeAll(async () => {
  t = await TestApp.create({ activity: true, clientDir: CLIENT_DIR });
});
afterAll(() => t?.close());

const get = (url: string, headers: Record<string, string> = {}) => t.app.inject({ method: 'GET', url, headers });
const isIndex = (body: string) => body.includes('<div id="root">') && body.includes(`/${entry}`);

describe('the client’s pages and unknown paths', () => {
  it.each(['/', '/consultations', '/meetings', '/bodies', '/login', '/officer/consultations/new', '/admin/municipalities/haskovo/staff', '/forms/8b2c7d44-1a4e-4c1e-9f57-000000000000/report', '/consultations/'])(
    '%s is a page of the client: 200 with index.html, revalidated every time',
    async (url) => {
      const res = await get(url);
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toMatch(/^text\/html/);
      expect(res.headers['cache-control']).toBe('no-cache');
      expect(isIndex(res.body)).toBe(true);
    },
  );

  it.each(['/no-such-page', '/consultations/x/y/z', '/officerx', '/wp-login.php', '/admin/nothing'])('%s is unknown: 404 with index.html (the client shows its not-found page)', async (url) => {
    const res = await get(url);
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.headers['cache-control']).toBe('no-cache');
    expect(isIndex(res.body)).toBe(true);
  });

  it('an unknown API path stays a JSON 404, and a missing build file gets no page', async () => {
    const api = await get('/api/no-such-thing');
    expect(api.statusCode).toBe(404);
    expect(api.json()).toMatchObject({ code: 'not_found' });
    const asset = await get('/assets/gone-12345678.js');
    expect(asset.statusCode).toBe(404);
    expect(asset.body).not.toContain('<div id="root">');
  });

  it('a page names its own chunks for preloading, so they come alongside the entry', async () => {
    const chunk = (source: string) => manifest[source].file as string;
    const home = await get('/');
    expect(home.body).toContain(`<link rel="modulepreload" crossorigin href="/${chunk('src/features/municipalities/HomePage.tsx')}">`);
    expect(home.body).not.toContain(chunk('src/features/consultations/ConsultationPage.tsx'));
    const [c] = await t.query(`SELECT id FROM consultations WHERE published_at <= now() LIMIT 1`);
    const page = await get(`/consultations/${c.id}`);
    expect(page.body).toContain(`href="/${chunk('src/features/consultations/ConsultationPage.tsx')}"`);
    expect(page.body).toContain(`href="/${chunk('src/features/consultations/messages.ts?lang=bg')}"`);
    expect(page.body).not.toContain(chunk('src/features/consultations/messages.ts?lang=en'));
    const officer = await get('/officer/forms/new');
    expect(officer.body).toContain(`href="/${chunk('src/features/forms/officer/FormBuilderPage.tsx')}"`);
  });

  it('the page keeps its Content-Security-Policy, with scripts from the site only', async () => {
    const res = await get('/consultations');
    expect(res.headers['content-security-policy']).toMatch(/script-src 'self'/);
  });
});

describe('compressed, cached build files', () => {
  const original = fs.readFileSync(path.join(CLIENT_DIR, entry));

  it('sends Brotli to a browser that takes it, with the type and cache headers of the file', async () => {
    const res = await t.app.inject({ method: 'GET', url: `/${entry}`, headers: { 'accept-encoding': 'gzip, deflate, br, zstd' } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['content-type']).toMatch(/javascript/);
    expect(res.headers.vary).toMatch(/accept-encoding/i);
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(zlib.brotliDecompressSync(res.rawPayload).equals(original)).toBe(true);
    expect(res.rawPayload.length).toBeLessThan(original.length / 2);
  });

  it('sends gzip when Brotli is not accepted, and the plain file when nothing is', async () => {
    const gz = await get(`/${entry}`, { 'accept-encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(zlib.gunzipSync(gz.rawPayload).equals(original)).toBe(true);
    const plain = await get(`/${entry}`, { 'accept-encoding': 'identity' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers.vary).toMatch(/accept-encoding/i);
    expect(plain.rawPayload.equals(original)).toBe(true);
  });

  it('compresses the pages too, and never lets them be cached unchecked', async () => {
    const br = await get('/consultations', { 'accept-encoding': 'br' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers.vary).toMatch(/accept-encoding/i);
    expect(isIndex(zlib.brotliDecompressSync(br.rawPayload).toString())).toBe(true);
    const gz = await get('/nowhere', { 'accept-encoding': 'gzip;q=1, br;q=0' });
    expect(gz.statusCode).toBe(404);
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(isIndex(zlib.gunzipSync(gz.rawPayload).toString())).toBe(true);
    const index = await get('/index.html', { 'accept-encoding': 'br' });
    expect(index.headers['cache-control']).toBe('no-cache');
  });
});

describe('robots.txt and sitemap.xml', () => {
  it('robots.txt lets crawlers see the public pages, not the API or the staff’s areas, and names the sitemap', async () => {
    const res = await get('/robots.txt');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/plain/);
    const lines = res.body.split('\n');
    expect(lines).toEqual(expect.arrayContaining(['User-agent: *', 'Allow: /', 'Disallow: /api/', 'Disallow: /officer', 'Disallow: /admin', 'Sitemap: http://sabor.test/sitemap.xml']));
  });

  it('sitemap.xml lists what the public may see, with absolute addresses, and nothing else', async () => {
    const res = await get('/sitemap.xml');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/xml/);
    const locs = [...res.body.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
    expect(locs).toEqual(expect.arrayContaining(['http://sabor.test/', 'http://sabor.test/consultations', 'http://sabor.test/meetings', 'http://sabor.test/bodies', 'http://sabor.test/municipalities/haskovo']));

    const published = await t.query(`SELECT id FROM consultations WHERE published_at <= now()`);
    const drafts = await t.query(`SELECT id FROM consultations WHERE published_at IS NULL`);
    const publicBodies = await t.query(`SELECT id FROM bodies WHERE visibility = 'public'`);
    const privateBodies = await t.query(`SELECT id FROM bodies WHERE visibility = 'private'`);
    const privateMeetings = await t.query(`SELECT m.id FROM meetings m JOIN bodies b ON b.id = m.body_id WHERE b.visibility = 'private'`);
    const publicMeetings = await t.query(`SELECT m.id FROM meetings m LEFT JOIN bodies b ON b.id = m.body_id WHERE b.id IS NULL OR b.visibility = 'public'`);
    expect(drafts.length).toBeGreaterThan(0);
    expect(privateBodies.length).toBeGreaterThan(0);
    for (const c of published) expect(locs).toContain(`http://sabor.test/consultations/${c.id}`);
    for (const b of publicBodies) expect(locs).toContain(`http://sabor.test/bodies/${b.id}`);
    for (const m of publicMeetings) expect(locs).toContain(`http://sabor.test/meetings/${m.id}`);
    const hidden = [...drafts.map((c) => `/consultations/${c.id}`), ...privateBodies.map((b) => `/bodies/${b.id}`), ...privateMeetings.map((m) => `/meetings/${m.id}`)];
    for (const p of hidden) expect(locs).not.toContain(`http://sabor.test${p}`);
  });
});

describe('link previews of public pages', () => {
  const meta = (html: string, key: string) => new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`).exec(html)?.[1];

  it('a published consultation: its title and summary in the page’s title, description, Open Graph and Twitter tags', async () => {
    const [c] = await t.query(`SELECT c.id, c.title, c.summary, m.name AS municipality FROM consultations c JOIN municipalities m ON m.id = c.municipality_id WHERE c.published_at <= now() ORDER BY c.published_at LIMIT 1`);
    const res = await get(`/consultations/${c.id}`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('no-cache');
    const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
    expect(res.body).toContain(`<title>${escape(c.title.bg)} — Събор</title>`);
    expect(meta(res.body, 'og:title')).toBe(escape(c.title.bg));
    expect(meta(res.body, 'og:description')).toBe(escape(c.summary.bg.length <= 200 ? c.summary.bg : meta(res.body, 'og:description')!));
    expect(meta(res.body, 'description')).toBe(meta(res.body, 'og:description'));
    expect(meta(res.body, 'og:site_name')).toBe(escape(`Събор — ${c.municipality.bg}`));
    expect(meta(res.body, 'og:url')).toBe(`http://sabor.test/consultations/${c.id}`);
    expect(meta(res.body, 'twitter:card')).toBe('summary');
    expect(isIndex(res.body)).toBe(true);

    const en = await get(`/consultations/${c.id}`, { 'accept-language': 'en-GB,en;q=0.8' });
    if (c.title.en) expect(meta(en.body, 'og:title')).toBe(escape(c.title.en));
  });

  it('escapes what officers wrote: no markup gets into the page', async () => {
    const [c] = await t.query(`SELECT id FROM consultations WHERE published_at <= now() LIMIT 1`);
    await t.query(`UPDATE consultations SET title = jsonb_set(title, '{bg}', to_jsonb($2::text)) WHERE id = $1`, [c.id, 'Наредба "А" </title><script>alert(1)</script>']);
    const res = await get(`/consultations/${c.id}`);
    expect(res.body).not.toContain('<script>alert(1)');
    expect(meta(res.body, 'og:title')).toBe('Наредба &quot;А&quot; &lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('a public meeting and a public body have previews too', async () => {
    const [m] = await t.query(`SELECT m.id, m.title FROM meetings m LEFT JOIN bodies b ON b.id = m.body_id WHERE b.id IS NULL OR b.visibility = 'public' LIMIT 1`);
    const meeting = await get(`/meetings/${m.id}`);
    expect(meeting.statusCode).toBe(200);
    expect(meeting.body).toContain('og:title');
    const [b] = await t.query(`SELECT id, name FROM bodies WHERE visibility = 'public' LIMIT 1`);
    const body = await get(`/bodies/${b.id}`);
    expect(body.statusCode).toBe(200);
    expect(body.body).toContain('og:description');
  });

  it('a draft, a private body, its meetings and unknown ids: the plain page with 404, nothing of them in it', async () => {
    const [draft] = await t.query(`SELECT id, title FROM consultations WHERE published_at IS NULL LIMIT 1`);
    const [body] = await t.query(`SELECT id, name FROM bodies WHERE visibility = 'private' LIMIT 1`);
    const meetings = await t.query(`SELECT m.id FROM meetings m WHERE m.body_id = $1 LIMIT 1`, [body.id]);
    const cases = [`/consultations/${draft.id}`, `/bodies/${body.id}`, ...meetings.map((m) => `/meetings/${m.id}`), '/consultations/00000000-0000-4000-8000-000000000000', '/meetings/not-an-id'];
    for (const url of cases) {
      const res = await get(url);
      expect(res.statusCode).toBe(404);
      expect(isIndex(res.body)).toBe(true);
      expect(res.body).not.toContain('og:title');
      expect(res.body).not.toContain(draft.title.bg);
      expect(res.body).not.toContain(body.name.bg);
      // a browser with a session may be the draft's officer or the body's member: the same plain
      // page, answered 200 so its console logs no failed load; still nothing of them in it
      const signedIn = await t.app.inject({ method: 'GET', url, headers: { cookie: 'sabor_session=1' } });
      expect(signedIn.statusCode).toBe(200);
      expect(signedIn.body).not.toContain('og:title');
      expect(signedIn.body).not.toContain(draft.title.bg);
    }
  });
});
