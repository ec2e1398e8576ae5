import Fastify, { type FastifyInstance } from 'fastify';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
import { logDestination } from './log';
import { createHttpLogger, logRequests } from './request-log';

interface Line {
  level: number;
  msg: string;
  responseTime: number;
  req: { method: string; url: string; headers: Record<string, string> };
  res: { statusCode: number };
}

/** A bare Fastify with the request log, its lines (production JSON) kept for the test. */
async function server(level = 'info'): Promise<{ app: FastifyInstance; lines: Line[] }> {
  const lines: Line[] = [];
  const log = createHttpLogger(level, logDestination('production', { write: (line: string) => (lines.push(JSON.parse(line) as Line), true) } as unknown as NodeJS.WritableStream));
  const app = Fastify();
  logRequests(app, log);
  app.get('/api/consultations', async (_req, reply) => reply.header('set-cookie', 'refresh=abc; HttpOnly').send({ items: [] }));
  app.get('/api/boom', async (_req, reply) => reply.status(500).send({ code: 'internal' }));
  app.get('/api/health', async () => ({ status: 'ok' }));
  app.get('/api/forms/:id', async () => ({}));
  app.post('/api/forms/:id/responses', async () => ({}));
  app.get('/assets/app.js', async () => 'js');
  // a download that never ends: the client gives up half-way
  app.get('/api/report.pdf', async (_req, reply) => reply.type('application/pdf').send(new Readable({ read() { this.push(Buffer.alloc(1024)); } })));
  await app.ready();
  return { app, lines };
}

describe('the request log', () => {
  it('writes one line an API request: method, path, status, time; no credentials, no single-use token', async () => {
    const { app, lines } = await server();
    await app.inject({ method: 'GET', url: '/api/consultations?limit=1&token=s3cret', headers: { authorization: 'Bearer eyJsecret', cookie: 'refresh=xyz', 'user-agent': 'Firefox' } });
    expect(lines).toHaveLength(1);
    const [line] = lines;
    expect(line).toMatchObject({ level: 30, msg: 'request completed', req: { method: 'GET', url: '/api/consultations?limit=1&token=[redacted]' }, res: { statusCode: 200 } });
    expect(typeof line.responseTime).toBe('number');
    expect(line.req.headers['user-agent']).toBe('Firefox');
    const text = JSON.stringify(line);
    for (const secret of ['s3cret', 'eyJsecret', 'xyz', 'refresh=abc']) expect(text).not.toContain(secret);
    await app.close();
  });

  it('says "request errored" for a 500', async () => {
    const { app, lines } = await server();
    await app.inject({ method: 'GET', url: '/api/boom' });
    expect(lines.map((l) => [l.msg, l.res.statusCode])).toEqual([['request errored', 500]]);
    await app.close();
  });

  it('leaves out the health check, answering a form and opening its link, and the client files', async () => {
    const { app, lines } = await server();
    await app.inject({ method: 'GET', url: '/api/health' });
    await app.inject({ method: 'GET', url: '/api/forms/f1?token=abc' });
    await app.inject({ method: 'POST', url: '/api/forms/f1/responses', payload: {} });
    await app.inject({ method: 'GET', url: '/assets/app.js' });
    expect(lines).toEqual([]);
    await app.inject({ method: 'GET', url: '/api/forms/f1' }); // the form itself, without a link's token, is an ordinary request
    expect(lines.map((l) => l.req.url)).toEqual(['/api/forms/f1']);
    await app.close();
  });

  it('writes "request aborted" for a download the client stopped half-way', async () => {
    const { app, lines } = await server();
    await app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = app.server.address() as AddressInfo;
    await new Promise<void>((resolve) => {
      const req = http.get({ host: '127.0.0.1', port, path: '/api/report.pdf?token=abc' }, (res) => {
        res.once('data', () => req.destroy());
      });
      req.on('close', () => resolve());
      req.on('error', () => undefined);
    });
    for (let i = 0; i < 50 && !lines.length; i++) await new Promise((r) => setTimeout(r, 20));
    expect(lines.map((l) => [l.msg, l.req.method, l.req.url])).toEqual([['request aborted', 'GET', '/api/report.pdf?token=[redacted]']]);
    await app.close();
  });

  it('writes nothing below its level', async () => {
    const { app, lines } = await server('warn');
    await app.inject({ method: 'GET', url: '/api/consultations' });
    expect(lines).toEqual([]);
    await app.close();
  });
});
