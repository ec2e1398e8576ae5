import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createHash } from 'node:crypto';
import S3rver from 's3rver';
import { openConsultation } from './fixtures';
import { TestApp } from './test-app';

const MB = 1024 * 1024;
const BOUNDARY = '----sabor-s3-boundary';
const BUCKET = 'sabor-uploads';

function multipart(filename: string, data: Buffer): Buffer {
  return Buffer.concat([
    Buffer.from(`--${BOUNDARY}\r\nContent-Disposition: form-data; name="kind"\r\n\r\ndraft\r\n--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\n\r\n`),
    data,
    Buffer.from(`\r\n--${BOUNDARY}--\r\n`),
  ]);
}

/** The objects s3rver keeps in its folder, by key (it writes each as `<key>._S3rver_object`). */
function objectsIn(dir: string): string[] {
  const bucket = path.join(dir, BUCKET);
  if (!fs.existsSync(bucket)) return [];
  return fs
    .readdirSync(bucket, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('._S3rver_object'))
    .map((e) => path.relative(bucket, path.join(e.parentPath, e.name)).split(path.sep).join('/').replace(/\._S3rver_object$/, ''))
    .sort();
}

/** The same uploads through the real AWS SDK against s3rver, an S3-compatible server on a free port. */
describe('uploads in S3-compatible storage (S3_BUCKET set)', () => {
  let s3: S3rver;
  let s3Dir: string;
  let storageDir: string;
  let t: TestApp;
  let officer: string;
  let c: { id: string };

  beforeAll(async () => {
    s3Dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sabor-s3rver-'));
    storageDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sabor-storage-'));
    s3 = new S3rver({ address: '127.0.0.1', port: 0, silent: true, directory: s3Dir, configureBuckets: [{ name: BUCKET }] });
    const { port } = await s3.run();
    t = await TestApp.create({
      env: {
        SABOR_FAKE_NOW: '2026-03-02T08:00:00.000Z',
        STORAGE_DIR: storageDir,
        S3_ENDPOINT: `http://127.0.0.1:${port}`,
        S3_BUCKET: BUCKET,
        S3_REGION: 'eu-central-1',
        S3_ACCESS_KEY_ID: 'S3RVER',
        S3_SECRET_ACCESS_KEY: 'S3RVER',
        S3_FORCE_PATH_STYLE: 'true',
      },
    });
    officer = await t.login('officer@haskovo.sabor.example');
    c = await openConsultation(t);
  });
  afterAll(async () => {
    await t?.close();
    await s3?.close();
    fs.rmSync(s3Dir, { recursive: true, force: true });
    fs.rmSync(storageDir, { recursive: true, force: true });
  });

  const upload = (filename: string, data: Buffer) =>
    t.app.inject({ method: 'POST', url: `/api/consultations/${c.id}/documents`, headers: { authorization: `Bearer ${officer}`, 'content-type': `multipart/form-data; boundary=${BOUNDARY}` }, payload: multipart(filename, data) });

  it('stores a small and a 12 MB document (a multipart upload of three parts) in the bucket and serves them byte for byte', async () => {
    const small = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.from('a small draft')]);
    // not a repeating pattern: a part sent twice or out of order would show
    const large = Buffer.concat([Buffer.from('%PDF-1.4\n'), ...Array.from({ length: 12 * 64 }, (_, i) => createHash('sha512').update(String(i)).digest().toString('hex').repeat(4).slice(0, 16 * 1024)).map((s) => Buffer.from(s))]);
    for (const [name, data] of [['small.pdf', small], ['large.pdf', large]] as const) {
      const res = await upload(name, data);
      expect(res.statusCode).toBe(201);
      expect(res.json()).toMatchObject({ filename: name, size: data.length, sha256: createHash('sha256').update(data).digest('hex') });
      const id = res.json().id as string;
      expect(objectsIn(s3Dir)).toContain(`documents/${id.slice(0, 2)}/${id}`);
      const dl = await t.app.inject({ method: 'GET', url: res.json().url });
      expect(dl.statusCode).toBe(200);
      expect(dl.headers['content-type']).toBe('application/pdf');
      expect(dl.headers['content-disposition']).toContain(`filename="${name}"`);
      expect(dl.rawPayload.equals(data)).toBe(true);
    }
    // nothing in PostgreSQL's store, nothing in the local folder
    expect((await t.query('SELECT count(*)::int AS n FROM stored_files'))[0].n).toBe(0);
    expect(fs.readdirSync(storageDir)).toEqual([]);
  });

  it('keeps no object of an upload refused by its content, nor of one over 20 MB', async () => {
    const before = objectsIn(s3Dir);
    const fake = await upload('fake.pdf', Buffer.alloc(7 * MB, 0x41));
    expect(fake.statusCode).toBe(422);
    expect(fake.json().code).toBe('unsupported_file_type');
    const big = await upload('big.pdf', Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(21 * MB, 0x20)]));
    expect(big.statusCode).toBe(413);
    expect(objectsIn(s3Dir)).toEqual(before);
  });

  it('keeps the coat of arms in the bucket and replaces it there', async () => {
    const haskovo = (await t.get('/api/municipalities/haskovo')).body.id as string;
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('not really an image, but a PNG by its signature')]);
    const jpeg = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.from('JFIF fake')]);
    for (const [data, type] of [[png, 'image/png'], [jpeg, 'image/jpeg']] as const) {
      const res = await t.app.inject({
        method: 'PUT',
        url: `/api/municipalities/${haskovo}/coat-of-arms`,
        headers: { authorization: `Bearer ${officer}`, 'content-type': `multipart/form-data; boundary=${BOUNDARY}` },
        payload: Buffer.concat([Buffer.from(`--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="coat"\r\nContent-Type: ${type}\r\n\r\n`), data, Buffer.from(`\r\n--${BOUNDARY}--\r\n`)]),
      });
      expect(res.statusCode).toBe(200);
      const img = await t.app.inject({ method: 'GET', url: res.json().coatOfArmsUrl });
      expect(img.headers['content-type']).toBe(type);
      expect(img.rawPayload.equals(data)).toBe(true);
    }
    expect(objectsIn(s3Dir).filter((k) => k.startsWith(`coats-of-arms/${haskovo}/`))).toHaveLength(1);
  });
});
