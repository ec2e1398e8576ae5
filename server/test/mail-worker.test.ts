import net from 'node:net';
import { MAIL_QUEUE, createQueue } from '../src/queue/queue';
import type { Queue } from '../src/queue/queue';
import { TestApp } from './test-app';

/**
 * A mail server of a few lines that speaks enough SMTP for nodemailer: it takes every message but
 * refuses the recipient `refuse` (550), as a server does for an address that does not exist.
 */
function fakeSmtp(refuse: string): Promise<{ port: number; received: string[]; close(): Promise<void> }> {
  const received: string[] = [];
  const sockets = new Set<net.Socket>();
  const server = net.createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.write('220 fake ESMTP\r\n');
    let buffer = '';
    let inData = false;
    let to: string[] = [];
    socket.on('data', (chunk: Buffer) => {
      buffer += chunk.toString('utf8');
      for (let end = buffer.indexOf('\r\n'); end >= 0; end = buffer.indexOf('\r\n')) {
        const line = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        if (inData) {
          if (line === '.') {
            inData = false;
            received.push(...to);
            socket.write('250 queued\r\n');
          }
          continue;
        }
        const command = line.slice(0, 4).toUpperCase();
        if (command === 'EHLO' || command === 'HELO') socket.write('250 fake\r\n');
        else if (command === 'MAIL') {
          to = [];
          socket.write('250 OK\r\n');
        } else if (command === 'RCPT') {
          const address = /<([^>]*)>/.exec(line)?.[1] ?? '';
          if (address === refuse) socket.write('550 no such user\r\n');
          else {
            to.push(address);
            socket.write('250 OK\r\n');
          }
        } else if (command === 'DATA') {
          inData = true;
          socket.write('354 go on\r\n');
        } else if (command === 'QUIT') {
          socket.end('221 bye\r\n');
        } else socket.write('250 OK\r\n');
      }
    });
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({
        port: (server.address() as net.AddressInfo).port,
        received,
        close: () => {
          for (const s of sockets) s.destroy();
          return new Promise((done) => server.close(() => done()));
        },
      }),
    ),
  );
}

describe('the mail worker: a mail that fails does not send the others of its batch again', () => {
  let smtp: Awaited<ReturnType<typeof fakeSmtp>>;
  let t: TestApp;
  let queue: Queue;
  beforeAll(async () => {
    smtp = await fakeSmtp('nobody@example.org');
    t = await TestApp.create({ demo: false, env: { SMTP_URL: `smtp://127.0.0.1:${smtp.port}` } });
    queue = await createQueue(t.databaseUrl, { worker: false });
  });
  afterAll(async () => {
    await queue?.stop({ graceful: false, close: true });
    await t?.close();
    await smtp?.close();
  });

  it('settles each sent mail at once (its job emptied of the address) and leaves only the refused one to be retried', async () => {
    const to = ['one@example.org', 'two@example.org', 'nobody@example.org', 'three@example.org', 'four@example.org'];
    // one statement: the worker (5 jobs at a time) takes them as one batch
    await queue.insert(MAIL_QUEUE, to.map((address) => ({ data: { to: address, subject: 'Тест', text: 'Здравейте.' } })));
    const state = async () => {
      const rows = (await t.query(`SELECT data->>'to' AS "to", state FROM pgboss.job WHERE name = $1`, [MAIL_QUEUE])) as Array<{ to: string; state: string }>;
      return Object.fromEntries(rows.map((r) => [r.to, r.state]));
    };
    const end = Date.now() + 20_000;
    while ((await state())['nobody@example.org'] !== 'retry' && Date.now() < end) await new Promise((r) => setTimeout(r, 200));
    // the refused address waits for its retry (in 30 s); the four others are done, emptied of their
    // address, and never sent again
    const rows = (await t.query(`SELECT data->>'to' AS "to", state FROM pgboss.job WHERE name = $1 ORDER BY state::text DESC`, [MAIL_QUEUE])) as Array<{ to: string | null; state: string }>;
    expect(rows).toEqual([{ to: 'nobody@example.org', state: 'retry' }, ...Array(4).fill({ to: null, state: 'completed' })]);
    expect([...smtp.received].sort()).toEqual(['four@example.org', 'one@example.org', 'three@example.org', 'two@example.org']);
  });
});
