import fs from 'node:fs';
import path from 'node:path';
import { openConsultation } from './fixtures';
import { docxFile, odtFile, xlsxFile } from './office-files';
import { TestApp } from './test-app';

describe('hardening: the page policy, office uploads checked by structure', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await TestApp.create();
  });
  afterAll(() => t.close());

  const upload = async (consultationId: string, filename: string, data: Buffer) => {
    const boundary = '----sabor-office';
    const payload = Buffer.concat([
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="kind"\r\n\r\nother\r\n--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: application/octet-stream\r\n\r\n`),
      data,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    const token = await t.login('officer@haskovo.sabor.example');
    const res = await t.app.inject({ method: 'POST', url: `/api/consultations/${consultationId}/documents`, payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}`, authorization: `Bearer ${token}` } });
    return { status: res.statusCode, body: res.json() };
  };

  it('accepts real DOCX, XLSX and ODT files and refuses a PK blob that only names their parts', async () => {
    const c = await openConsultation(t);
    const docx = await upload(c.id, 'proekt.docx', docxFile());
    expect(docx.status).toBe(201);
    expect(docx.body.mimeType).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect((await upload(c.id, 'budget.xlsx', xlsxFile())).body.mimeType).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect((await upload(c.id, 'motives.odt', odtFile())).body.mimeType).toBe('application/vnd.oasis.opendocument.text');

    const crafted = Buffer.concat([Buffer.from('PK\x03\x04', 'latin1'), Buffer.from('[Content_Types].xml\0word/document.xml\0<html><script>alert(1)</script></html>', 'latin1')]);
    const refused = await upload(c.id, 'evil.docx', crafted);
    expect(refused.status).toBe(422);
    expect(refused.body.code).toBe('unsupported_file_type');
  });

  it('allows no inline script on the app’s pages; only Swagger UI at /api/docs gets a policy of its own', async () => {
    const page = await t.get('/api/health');
    const csp = String(page.headers['content-security-policy']);
    const scriptSrc = /script-src ([^;]*)/.exec(csp)![1];
    expect(scriptSrc.trim()).toBe("'self'");
    const docs = await t.get('/api/docs');
    expect(docs.status).toBe(200);
    expect(String(docs.headers['content-security-policy'])).toContain("script-src 'self' 'unsafe-inline'");
  });

  it('builds a client with no inline script (run after `npm run build`)', () => {
    const index = path.resolve(__dirname, '../../client/dist/index.html');
    expect(fs.existsSync(index)).toBe(true);
    const html = fs.readFileSync(index, 'utf8');
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attrs, body] of scripts) {
      expect(attrs).toMatch(/\bsrc="/);
      expect(body.trim()).toBe('');
    }
    expect(html).not.toMatch(/\son[a-z]+="/i);
  });
});
