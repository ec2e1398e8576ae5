import { Writable } from 'node:stream';
import pino from 'pino';
import { logDestination, readableLine } from './log';

function capture(env: 'development' | 'production'): { lines: string[]; logger: pino.Logger } {
  const lines: string[] = [];
  const out = new Writable({ write: (chunk: Buffer, _enc, done) => (lines.push(...chunk.toString('utf8').split('\n').filter(Boolean)), done()) });
  return { lines, logger: pino({ base: undefined }, logDestination(env, out)) };
}

describe('log lines', () => {
  it('are JSON objects, one a line, in production', () => {
    const { lines, logger } = capture('production');
    logger.info({ context: 'Sabor' }, 'Demo data loaded');
    logger.error({ err: new Error('connection refused\n    at Socket') }, 'queue');
    expect(lines).toHaveLength(2);
    expect(JSON.parse(lines[0])).toMatchObject({ level: 30, context: 'Sabor', msg: 'Demo data loaded' });
    expect(JSON.parse(lines[1]).err.message).toBe('connection refused\n    at Socket');
  });

  it('are one readable line each in development, stacks and newlines folded', () => {
    const { lines, logger } = capture('development');
    logger.info({ context: 'Sabor' }, 'Demo data loaded');
    logger.error({ err: new Error('connection refused\n    at Socket') }, 'queue');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^\d\d:\d\d:\d\d INFO {2}\[Sabor\] Demo data loaded$/);
    expect(lines[1]).toMatch(/^\d\d:\d\d:\d\d ERROR queue: connection refused at Socket$/);
  });

  it('show a request as method, path, status and time', () => {
    const line = readableLine(JSON.stringify({ level: 30, time: Date.now(), req: { method: 'GET', url: '/api/consultations' }, res: { statusCode: 200 }, responseTime: 12.4, msg: 'request completed' }));
    expect(line).toMatch(/INFO {2}GET \/api\/consultations 200 12 ms$/);
  });

  it('say which request the client gave up on', () => {
    const line = readableLine(JSON.stringify({ level: 30, time: Date.now(), req: { method: 'GET', url: '/api/consultations/x/report.pdf' }, msg: 'request aborted' }));
    expect(line).toMatch(/INFO {2}GET \/api\/consultations\/x\/report.pdf aborted by the client$/);
  });
});
