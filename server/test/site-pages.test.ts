import { TestApp } from './test-app';

const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('IHDR fake image data')]);
const SVG = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(2)</script></svg>');

function multipart(file?: { name: string; data: Buffer; type?: string }) {
  const boundary = '----sabor-test-boundary';
  const parts: Buffer[] = [];
  if (file) {
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\nContent-Type: ${file.type ?? 'application/octet-stream'}\r\n\r\n`));
    parts.push(file.data, Buffer.from('\r\n'));
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(parts), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

describe('the pages a public body must publish, and the municipality’s contact details', () => {
  let t: TestApp;
  let admin: string;
  let officer: string;
  let citizen: string;
  let haskovo: string;
  beforeAll(async () => {
    t = await TestApp.create();
    admin = await t.login('admin@sabor.example');
    officer = await t.login('officer@haskovo.sabor.example');
    citizen = await t.login('citizen@sabor.example');
    haskovo = await t.idOf('municipalities', 'haskovo');
  });
  afterAll(() => t.close());

  describe('the accessibility statement and the privacy notice', () => {
    it('ships a complete statement in every language, readable by anyone', async () => {
      const headings: Record<string, string[]> = {
        bg: ['Състояние на съответствие', 'Недостъпно съдържание', 'Изготвяне на декларацията', 'Обратна връзка и данни за контакт', 'Процедура по прилагане'],
        en: ['Compliance status', 'Non-accessible content', 'Preparation of this statement', 'Feedback and contact information', 'Enforcement procedure'],
        mk: ['Статус на усогласеност', 'Непристапна содржина', 'Подготовка на изјавата', 'Повратни информации и контакт', 'Постапка за спроведување'],
      };
      for (const [locale, expected] of Object.entries(headings)) {
        const res = await t.get(`/api/site/pages/accessibility?locale=${locale}`);
        expect(res.status).toBe(200);
        expect(res.body).toMatchObject({ key: 'accessibility', locale, edited: false });
        expect(res.body.updatedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        for (const h of expected) expect(res.body.body).toContain(`## ${h}`);
      }
      // the language of the request when none is asked for
      const en = await t.get('/api/site/pages/privacy', { headers: { 'accept-language': 'en' } });
      expect(en.body.locale).toBe('en');
      for (const part of ['Controller', 'legal basis', 'Art. 6(1)(e)', 'consent', 'Your rights', 'Commission for Personal Data Protection', 'Personal Data Protection Agency']) expect(en.body.body).toContain(part);
      expect((await t.get('/api/site/pages/privacy?locale=bg')).body.body).toContain('КЗЛД');
    });

    it('lets the administrator rewrite one language, records who and when, and leaves the others as shipped', async () => {
      const text = '# Декларация\n\n## Състояние на съответствие\n\nЧастично съвместим.';
      const res = await t.put('/api/site/pages/accessibility', { locale: 'bg', body: text }, { token: admin });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ key: 'accessibility', locale: 'bg', body: text, edited: true });
      expect((await t.get('/api/site/pages/accessibility?locale=bg')).body.body).toBe(text);
      expect((await t.get('/api/site/pages/accessibility?locale=en')).body.edited).toBe(false);
      const [row] = await t.query(`SELECT updated_by FROM site_pages WHERE key = 'accessibility' AND locale = 'bg'`);
      expect(row.updated_by).toBe(await t.idOf('users', 'admin@sabor.example'));
      const audit = await t.query(`SELECT action, after FROM audit_log WHERE entity_type = 'site_page' AND entity_id = 'accessibility:bg'`);
      expect(audit).toEqual([{ action: 'site_page.update', after: { body: text } }]);
      // a second save replaces the text
      await t.put('/api/site/pages/accessibility', { locale: 'bg', body: 'Втора версия' }, { token: admin });
      expect((await t.get('/api/site/pages/accessibility?locale=bg')).body.body).toBe('Втора версия');
    });

    it('keeps the writing to administrators', async () => {
      const body = { locale: 'en', body: 'Nothing to see' };
      expect((await t.put('/api/site/pages/privacy', body)).status).toBe(401);
      expect((await t.put('/api/site/pages/privacy', body, { token: citizen })).status).toBe(403);
      const res = await t.put('/api/site/pages/privacy', body, { token: officer });
      expect(res.status).toBe(403);
      expect(res.body.code).toBe('forbidden');
      expect((await t.get('/api/site/pages/privacy?locale=en')).body.edited).toBe(false);
    });

    it('refuses bad input with the fields named, and knows only its pages', async () => {
      const badLocale = await t.put('/api/site/pages/privacy', { locale: 'de', body: 'Text' }, { token: admin });
      expect(badLocale.status).toBe(400);
      expect(badLocale.body.details.fields.map((f: { field: string }) => f.field)).toEqual(['locale']);
      for (const body of ['', '   ', 'x'.repeat(100_001)]) {
        const res = await t.put('/api/site/pages/privacy', { locale: 'bg', body }, { token: admin });
        expect(res.status).toBe(400);
        expect(res.body.details.fields[0].field).toBe('body');
      }
      expect((await t.get('/api/site/pages/privacy?locale=de')).status).toBe(400);
      expect((await t.get('/api/site/pages/cookies')).status).toBe(404);
      expect((await t.put('/api/site/pages/cookies', { locale: 'bg', body: 'x' }, { token: admin })).status).toBe(404);
    });
  });

  describe('the municipality’s contact details and data protection officer', () => {
    it('are set by the administrator and shown to anyone', async () => {
      const res = await t.patch(
        `/api/municipalities/${haskovo}`,
        { address: { bg: 'пл. „Общински“ 9, 6300 Хасково', en: '9 Obshtinski Sq., 6300 Haskovo' }, phone: '+359 38 603 300', email: 'obshtina@haskovo.bg', website: 'https://www.haskovo.bg', officeHours: { bg: 'пон.–пет. 8:30–17:00' }, dpoName: 'Мария Петрова', dpoEmail: 'dpo@haskovo.bg' },
        { token: admin },
      );
      expect(res.status).toBe(200);
      const pub = await t.get('/api/municipalities/haskovo');
      expect(pub.body).toMatchObject({ address: { bg: 'пл. „Общински“ 9, 6300 Хасково' }, phone: '+359 38 603 300', email: 'obshtina@haskovo.bg', website: 'https://www.haskovo.bg', officeHours: { bg: 'пон.–пет. 8:30–17:00' }, dpoName: 'Мария Петрова', dpoEmail: 'dpo@haskovo.bg', coatOfArmsUrl: null });
      expect((await t.get('/api/municipalities?limit=100')).body.items.find((m: { slug: string }) => m.slug === 'haskovo').dpoEmail).toBe('dpo@haskovo.bg');
      // an empty text clears a field
      const cleared = await t.patch(`/api/municipalities/${haskovo}`, { phone: '', officeHours: null }, { token: admin });
      expect(cleared.body).toMatchObject({ phone: null, officeHours: null, email: 'obshtina@haskovo.bg' });
    });

    it('refuses a bad e-mail, website or phone with the fields named', async () => {
      const res = await t.patch(`/api/municipalities/${haskovo}`, { email: 'not-an-address', dpoEmail: 'dpo@', website: 'javascript:alert(1)', phone: '<script>' }, { token: admin });
      expect(res.status).toBe(400);
      expect(res.body.details.fields.map((f: { field: string }) => f.field).sort()).toEqual(['dpoEmail', 'email', 'phone', 'website']);
      expect((await t.patch(`/api/municipalities/${haskovo}`, { dpoEmail: 'x@y.bg' }, { token: officer })).status).toBe(403);
    });
  });

  describe('the coat of arms', () => {
    const upload = (token: string | undefined, file?: { name: string; data: Buffer; type?: string }, id = haskovo) => {
      const { payload, headers } = multipart(file);
      return t.app.inject({ method: 'PUT', url: `/api/municipalities/${id}/coat-of-arms`, payload, headers: { ...headers, ...(token ? { authorization: `Bearer ${token}` } : {}) } });
    };

    it('is uploaded by the municipality’s officer and served with its type, not sniffed', async () => {
      expect((await t.get(`/api/municipalities/${haskovo}/coat-of-arms`)).status).toBe(404);
      const res = await upload(officer, { name: 'герб.png', data: PNG, type: 'image/png' });
      expect(res.statusCode).toBe(200);
      const url: string = res.json().coatOfArmsUrl;
      expect(url).toMatch(new RegExp(`^/api/municipalities/${haskovo}/coat-of-arms\\?v=\\d+$`));
      expect((await t.get('/api/municipalities/haskovo')).body.coatOfArmsUrl).toBe(url);
      const img = await t.app.inject({ method: 'GET', url });
      expect(img.statusCode).toBe(200);
      expect(img.headers['content-type']).toBe('image/png');
      expect(img.headers['x-content-type-options']).toBe('nosniff');
      expect(img.rawPayload.equals(PNG)).toBe(true);
    });

    it('replaces the previous image and keeps one file', async () => {
      const jpeg = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.from('JFIF fake')]);
      const res = await upload(admin, { name: 'coat.jpg', data: jpeg, type: 'image/jpeg' });
      expect(res.statusCode).toBe(200);
      const img = await t.app.inject({ method: 'GET', url: res.json().coatOfArmsUrl });
      expect(img.headers['content-type']).toBe('image/jpeg');
      expect(img.rawPayload.equals(jpeg)).toBe(true);
      const kept = await t.query(`SELECT key FROM stored_files WHERE key LIKE $1`, [`coats-of-arms/${haskovo}/%`]);
      expect(kept).toHaveLength(1);
    });

    it('is checked by its content: an SVG or a script named .png is refused and nothing changes', async () => {
      const before = (await t.get('/api/municipalities/haskovo')).body.coatOfArmsUrl;
      for (const file of [{ name: 'coat.svg', data: SVG, type: 'image/svg+xml' }, { name: 'coat.png', data: Buffer.from('<html><script>alert(1)</script></html>'), type: 'image/png' }]) {
        const res = await upload(officer, file);
        expect(res.statusCode).toBe(422);
        expect(res.json().code).toBe('unsupported_image_type');
      }
      expect((await t.get('/api/municipalities/haskovo')).body.coatOfArmsUrl).toBe(before);
    });

    it('refuses an image over 2 MB with 413, a missing file with 400, and anyone but its officers and admins', async () => {
      const big = Buffer.concat([PNG, Buffer.alloc(2 * 1024 * 1024, 0)]);
      const tooBig = await upload(officer, { name: 'big.png', data: big, type: 'image/png' });
      expect(tooBig.statusCode).toBe(413);
      expect(tooBig.json().code).toBe('payload_too_large');
      const missing = await upload(officer);
      expect(missing.statusCode).toBe(400);
      expect(missing.json().details.fields[0].field).toBe('file');
      expect((await upload(undefined, { name: 'c.png', data: PNG })).statusCode).toBe(401);
      expect((await upload(citizen, { name: 'c.png', data: PNG })).statusCode).toBe(403);
      expect((await upload(await t.login('officer@dupnitsa.sabor.example'), { name: 'c.png', data: PNG })).statusCode).toBe(403);
      expect((await upload(await t.login('moderator@haskovo.sabor.example'), { name: 'c.png', data: PNG })).statusCode).toBe(403);
    });
  });

  it('puts the administrator who last saved a page in the account export', async () => {
    const exp = await t.get('/api/me/export', { token: admin });
    expect(exp.body.sitePages).toEqual([expect.objectContaining({ key: 'accessibility', locale: 'bg' })]);
  });
});
