import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createHash } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { FILE_STORAGE } from '../src/storage/file-storage';
import type { FileStorage } from '../src/storage/file-storage';
import { IMPORTED_MARKER, importLocalFiles } from '../src/storage/import-local';
import { openConsultation } from './fixtures';
import { TestApp } from './test-app';

const MB = 1024 * 1024;
const BOUNDARY = '----sabor-upload-boundary';

interface Sent {
  status: number;
  body: any;
  /** bytes of the body the client had written when the answer came */
  sentWhenAnswered: number;
  declared: number;
}

/**
 * Sends a multipart upload over a real socket, slowly enough to watch: the body is declared
 * `fileBytes` long and written in 64 KB pieces, each after the previous one left; it stops
 * writing as soon as the answer arrives.
 */
function upload(port: number, url: string, token: string, fileBytes: number): Promise<Sent> {
  const head = Buffer.from(`--${BOUNDARY}\r\nContent-Disposition: form-data; name="kind"\r\n\r\nother\r\n--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="big.pdf"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4\n`);
  const tail = Buffer.from(`\r\n--${BOUNDARY}--\r\n`);
  const declared = head.length + (fileBytes - 9) + tail.length;
  const piece = Buffer.alloc(64 * 1024, 0x20);
  return new Promise((resolve, reject) => {
    let sent = 0;
    let answered = false;
    const req = http.request({ host: '127.0.0.1', port, path: url, method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': `multipart/form-data; boundary=${BOUNDARY}`, 'content-length': declared } }, (res) => {
      answered = true;
      const sentWhenAnswered = sent;
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        req.destroy();
        resolve({ status: res.statusCode!, body: JSON.parse(Buffer.concat(chunks).toString('utf8') || 'null'), sentWhenAnswered, declared });
      });
    });
    req.on('error', (e) => (answered ? undefined : reject(e)));
    const write = (buf: Buffer) => new Promise<void>((ok) => (req.write(buf) ? setImmediate(ok) : req.once('drain', ok)));
    void (async () => {
      await write(head);
      sent += head.length;
      let left = fileBytes - 9;
      while (left > 0 && !answered) {
        const n = Math.min(left, piece.length);
        await write(n === piece.length ? piece : piece.subarray(0, n));
        sent += n;
        left -= n;
        // after the first megabyte, the uploader waits up to 3 s for an early answer (a
        // permission check needs milliseconds); past that, it goes on at 1 MB per 10 ms
        if (sent - head.length === MB) await until(() => answered, 3000);
        else if (sent % MB < piece.length) await new Promise((r) => setTimeout(r, 10));
      }
      if (!answered) {
        req.end(tail);
        sent += tail.length;
      }
    })();
  });
}

interface Flooded {
  /** the answer as the client read it, head and body */
  answer: string;
  /** bytes of the body the client's kernel had taken when the server closed its side (FIN) */
  takenWhenClosed: number | null;
  declared: number;
  /** whether the socket was closed within the wait, and after how long (ms from the FIN) */
  closed: boolean;
  closedAfterFin: number | null;
  /** bytes of the body the client's kernel had taken in all, when the socket closed */
  takenInAll: number;
  error: string | null;
}

/**
 * A client that writes a whole `fileBytes` upload as fast as its socket takes it, without
 * waiting for an answer, over a bare TCP socket; it counts the bytes its kernel has taken (each
 * write's callback) and notes when the server ends the connection.
 */
function flood(port: number, url: string, token: string, fileBytes: number, { waitMs = 8000, halfOpen = false } = {}): Promise<Flooded> {
  const head = Buffer.from(`--${BOUNDARY}\r\nContent-Disposition: form-data; name="kind"\r\n\r\nother\r\n--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="big.pdf"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4\n`);
  const tail = Buffer.from(`\r\n--${BOUNDARY}--\r\n`);
  const declared = head.length + fileBytes + tail.length;
  const piece = Buffer.alloc(256 * 1024, 0x20);
  return new Promise((resolve) => {
    // halfOpen: the client does not close its side when the server's FIN comes (it keeps trying to send)
    const socket = net.connect({ port, host: '127.0.0.1', allowHalfOpen: halfOpen });
    const chunks: Buffer[] = [];
    let taken = 0;
    let takenWhenClosed: number | null = null;
    let finAt = 0;
    let error: string | null = null;
    let done = false;
    const finish = (closed: boolean) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      socket.destroy();
      resolve({ answer: Buffer.concat(chunks).toString('utf8'), takenWhenClosed, declared, closed, closedAfterFin: closed && finAt ? Date.now() - finAt : null, takenInAll: taken, error });
    };
    const timer = setTimeout(() => finish(false), waitMs);
    socket.on('data', (c: Buffer) => chunks.push(c));
    socket.on('end', () => {
      takenWhenClosed = taken;
      finAt = Date.now();
    });
    socket.on('error', (e: NodeJS.ErrnoException) => (error = e.code ?? e.message));
    socket.on('close', () => finish(true));
    const write = (buf: Buffer) => new Promise<void>((ok) => (socket.write(buf, (e) => (e ? undefined : (taken += buf.length))) ? setImmediate(ok) : socket.once('drain', ok)));
    void (async () => {
      await write(Buffer.from(`POST ${url} HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer ${token}\r\nContent-Type: multipart/form-data; boundary=${BOUNDARY}\r\nContent-Length: ${declared}\r\n\r\n`));
      await write(head);
      for (let left = fileBytes; left > 0 && !done && socket.writable; left -= piece.length) await write(left >= piece.length ? piece : piece.subarray(0, left));
      if (!done && socket.writable) await write(tail);
    })();
  });
}

async function until(condition: () => boolean, ms: number): Promise<void> {
  const end = Date.now() + ms;
  while (!condition() && Date.now() < end) await new Promise((r) => setTimeout(r, 10));
}

describe('uploads: permission before the body, the limit while streaming', () => {
  let t: TestApp;
  let port: number;
  let officer: string;
  let citizen: string;
  let c: { id: string };
  let storage: string;
  beforeAll(async () => {
    storage = fs.mkdtempSync(path.join(os.tmpdir(), 'sabor-storage-'));
    t = await TestApp.create({ env: { SABOR_FAKE_NOW: '2026-03-02T08:00:00.000Z', STORAGE_DIR: storage } });
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    port = (t.app.getHttpServer().address() as AddressInfo).port;
    officer = await t.login('officer@haskovo.sabor.example');
    citizen = await t.login('citizen@sabor.example');
    c = await openConsultation(t);
  });
  afterAll(async () => {
    await t.close();
    fs.rmSync(storage, { recursive: true, force: true });
  });

  const filesIn = (dir: string): string[] => (fs.existsSync(dir) ? fs.readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => e.name) : []);
  /** files in the shared store (PostgreSQL), finished or not */
  const stored = async (): Promise<number> => (await t.query('SELECT count(*)::int AS n FROM stored_files'))[0].n;
  const storedChunks = async (): Promise<number> => (await t.query('SELECT count(*)::int AS n FROM stored_file_chunks'))[0].n;

  it('refuses a citizen’s 19 MB upload with 403 before reading its body', async () => {
    const before = await stored();
    const res = await upload(port, `/api/consultations/${c.id}/documents`, citizen, 19 * MB);
    expect(res.status).toBe(403);
    expect(res.body.code).toBe('forbidden');
    // the answer came while the client was still at the start of its 19 MB
    expect(res.sentWhenAnswered).toBeLessThanOrEqual(MB + 1024);
    expect(filesIn(storage)).toEqual([]);
    expect(await stored()).toBe(before);
  });

  it('closes a refused upload’s connection after the answer, leaving the body unread, whatever the client goes on sending', async () => {
    const res = await flood(port, `/api/consultations/${c.id}/documents`, citizen, 39 * MB);
    // the client got the whole answer, as a browser would show it
    const [headLines, body] = res.answer.split('\r\n\r\n');
    expect(headLines).toMatch(/^HTTP\/1\.1 403 /);
    expect(headLines.toLowerCase()).toContain('connection: close');
    expect(JSON.parse(body)).toMatchObject({ statusCode: 403, code: 'forbidden' });
    // then the server's FIN, while most of the 39 MB had nowhere to go: the server read none of it
    // after the answer (reading and discarding, it would have taken it all at loopback speed)
    expect(res.takenWhenClosed).not.toBeNull();
    expect(res.takenWhenClosed!).toBeLessThan(res.declared / 2);
    // and the socket is closed a moment later, not kept for another request
    expect(res.closed).toBe(true);
    expect(filesIn(storage)).toEqual([]);
  });

  it('closes the socket itself, after a grace for the answer, when the client keeps its side open', async () => {
    const res = await flood(port, `/api/consultations/${c.id}/documents`, citizen, 39 * MB, { halfOpen: true });
    expect(res.answer).toMatch(/^HTTP\/1\.1 403 /);
    expect(res.takenWhenClosed!).toBeLessThan(res.declared / 2);
    expect(res.closed).toBe(true);
    // nothing was read during the grace either: the client could not send more than the buffers hold
    expect(res.takenInAll).toBeLessThan(res.declared / 2);
    // the grace (REFUSED_BODY_GRACE_MS, 2 s) after the FIN, not at once and not never
    expect(res.closedAfterFin!).toBeGreaterThanOrEqual(1500);
    expect(res.closedAfterFin!).toBeLessThan(6000);
  });

  it('closes the connection of an upload refused for want of a sign-in (401) the same way', async () => {
    const res = await flood(port, `/api/consultations/${c.id}/documents`, 'not-a-token', 39 * MB);
    expect(res.answer).toMatch(/^HTTP\/1\.1 401 /);
    expect(res.takenWhenClosed!).toBeLessThan(res.declared / 2);
    expect(res.closed).toBe(true);
  });

  it('refuses an upload to a consultation that does not exist with 404, before its body', async () => {
    const res = await upload(port, '/api/consultations/00000000-0000-4000-8000-000000000000/documents', officer, 19 * MB);
    expect(res.status).toBe(404);
    expect(res.sentWhenAnswered).toBeLessThanOrEqual(MB + 1024);
  });

  it('stops an officer’s upload at 20 MB with 413 while it streams, keeping no file and no row', async () => {
    const before = { files: await stored(), chunks: await storedChunks() };
    const res = await upload(port, `/api/consultations/${c.id}/documents`, officer, 40 * MB);
    expect(res.status).toBe(413);
    expect(res.body.code).toBe('payload_too_large');
    expect(res.sentWhenAnswered).toBeGreaterThan(20 * MB);
    expect(res.sentWhenAnswered).toBeLessThan(res.declared); // answered before the client was done
    expect(filesIn(storage)).toEqual([]);
    expect({ files: await stored(), chunks: await storedChunks() }).toEqual(before); // the chunks written while it streamed are gone
    const [{ n }] = await t.query('SELECT count(*)::int AS n FROM documents WHERE consultation_id = $1', [c.id]);
    expect(n).toBe(0);
  });

  it('stores an officer’s upload just under the limit byte for byte', async () => {
    const data = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(20 * MB - 9, 0x20)]);
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/consultations/${c.id}/documents`,
      headers: { authorization: `Bearer ${officer}`, 'content-type': `multipart/form-data; boundary=${BOUNDARY}` },
      payload: Buffer.concat([Buffer.from(`--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="limit.pdf"\r\n\r\n`), data, Buffer.from(`\r\n--${BOUNDARY}\r\nContent-Disposition: form-data; name="kind"\r\n\r\ndraft\r\n--${BOUNDARY}--\r\n`)]),
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ size: 20 * MB, sha256: createHash('sha256').update(data).digest('hex'), filename: 'limit.pdf' });
    const dl = await t.app.inject({ method: 'GET', url: res.json().url });
    expect(dl.rawPayload.equals(data)).toBe(true);
    expect(dl.headers['content-type']).toBe('application/pdf');
    expect(dl.headers['content-disposition']).toContain('filename="limit.pdf"');
    // in the database, in 256 KB rows (80 of them), and nothing in the local folder
    const [row] = await t.query(`SELECT f.size::int AS size, f.complete, count(c.n)::int AS chunks, max(length(c.data))::int AS largest FROM stored_files f JOIN stored_file_chunks c ON c.file_id = f.id WHERE f.key = $1 GROUP BY f.id`, [`documents/${res.json().id.slice(0, 2)}/${res.json().id}`]);
    expect(row).toEqual({ size: 20 * MB, complete: true, chunks: 80, largest: 256 * 1024 });
    expect(filesIn(storage)).toEqual([]);
  });

  it('refuses a file that is not what it claims after storing it, and keeps nothing of it', async () => {
    const before = await stored();
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/consultations/${c.id}/documents`,
      headers: { authorization: `Bearer ${officer}`, 'content-type': `multipart/form-data; boundary=${BOUNDARY}` },
      payload: Buffer.concat([Buffer.from(`--${BOUNDARY}\r\nContent-Disposition: form-data; name="kind"\r\n\r\nother\r\n--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="x.pdf"\r\n\r\n`), Buffer.alloc(600 * 1024, 0x41), Buffer.from(`\r\n--${BOUNDARY}--\r\n`)]),
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().code).toBe('unsupported_file_type');
    expect(await stored()).toBe(before);
  });

  it('moves the files an older installation kept in STORAGE_DIR into the database once, under the same keys', async () => {
    const legacy = fs.mkdtempSync(path.join(os.tmpdir(), 'sabor-legacy-storage-'));
    try {
      const id = '0a1b2c3d-0000-4000-8000-00000000abcd';
      const bytes = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(300 * 1024, 0x31)]);
      fs.mkdirSync(path.join(legacy, 'documents', '0a'), { recursive: true });
      fs.writeFileSync(path.join(legacy, 'documents', '0a', id), bytes);
      fs.mkdirSync(path.join(legacy, 'documents', 'incoming'), { recursive: true });
      fs.writeFileSync(path.join(legacy, 'documents', 'incoming', 'half'), 'never filed');
      const [{ id: officerId }] = await t.query(`SELECT id FROM users WHERE email = 'officer@haskovo.sabor.example'`);
      await t.query(`INSERT INTO documents (id, consultation_id, kind, filename, mime_type, size, sha256, storage_key, uploaded_by) VALUES ($1, $2, 'other', 'old.pdf', 'application/pdf', $3, $4, $5, $6)`, [id, c.id, bytes.length, createHash('sha256').update(bytes).digest('hex'), `0a/${id}`, officerId]);
      expect((await t.app.inject({ method: 'GET', url: `/api/documents/${id}/download` })).statusCode).toBe(404);

      const files = t.app.get<FileStorage>(FILE_STORAGE);
      expect(await importLocalFiles(legacy, files)).toEqual({ imported: 1, present: 0, failed: 0 });
      const dl = await t.app.inject({ method: 'GET', url: `/api/documents/${id}/download` });
      expect(dl.statusCode).toBe(200);
      expect(dl.rawPayload.equals(bytes)).toBe(true);
      expect(await files.has('documents/incoming/half')).toBe(false);
      // once done, a later start does not walk the folder again; without the marker it finds the file present
      expect(await importLocalFiles(legacy, files)).toEqual({ imported: 0, present: 0, failed: 0 });
      fs.rmSync(path.join(legacy, IMPORTED_MARKER));
      expect(await importLocalFiles(legacy, files)).toEqual({ imported: 0, present: 1, failed: 0 });
    } finally {
      fs.rmSync(legacy, { recursive: true, force: true });
    }
  });
});
