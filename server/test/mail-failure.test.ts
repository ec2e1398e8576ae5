import net from 'node:net';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { TestApp } from './test-app';

/**
 * A mail server on loopback that refuses every recipient, quoting the address back as real ones
 * do ("550 5.1.1 <ana@example.org>: Recipient address rejected").
 */
function refusingSmtp(): Promise<net.Server> {
  const server = net.createServer((socket) => {
    socket.write('220 refuse.test ESMTP\r\n');
    let buffered = '';
    socket.on('data', (chunk: Buffer) => {
      buffered += chunk.toString('utf8');
      let end: number;
      while ((end = buffered.indexOf('\r\n')) >= 0) {
        const line = buffered.slice(0, end);
        buffered = buffered.slice(end + 2);
        const verb = line.slice(0, 4).toUpperCase();
        if (verb === 'EHLO' || verb === 'HELO') socket.write('250 refuse.test\r\n');
        else if (verb === 'MAIL') socket.write('250 2.1.0 Ok\r\n');
        else if (verb === 'RCPT') socket.write(`550 5.1.1 ${/<[^>]*>/.exec(line)?.[0] ?? ''}: Recipient address rejected: User unknown\r\n`);
        else if (verb === 'QUIT') socket.end('221 2.0.0 Bye\r\n');
        else socket.write('250 Ok\r\n');
      }
    });
    socket.on('error', () => undefined);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

describe('a mail the mail server refuses', () => {
  let t: TestApp;
  let smtp: net.Server;
  // every log line: the app's log and whatever reaches standard output
  const stdout: string[] = [];
  const write = process.stdout.write.bind(process.stdout);
  const ADDRESS = 'refused-person@example.org';

  beforeAll(async () => {
    smtp = await refusingSmtp();
    process.stdout.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
      stdout.push(chunk.toString());
      return (write as (...a: unknown[]) => boolean)(chunk, ...rest);
    }) as typeof process.stdout.write;
    // the worker logs through Nest's Logger, which goes to the app's log once the app is up
    const logStream = new Writable({
      write(chunk: Buffer, _enc, done) {
        stdout.push(chunk.toString());
        done();
      },
    });
    t = await TestApp.create({ env: { LOG_LEVEL: 'info', SMTP_URL: `smtp://127.0.0.1:${(smtp.address() as AddressInfo).port}` }, logStream });
  });
  afterAll(async () => {
    process.stdout.write = write;
    await t.close();
    smtp.close();
  });

  it('is logged and kept for another try without the address in the log or the job’s error', async () => {
    expect((await t.post('/api/auth/register', { email: ADDRESS, password: 'correct-horse-battery', displayName: 'Отказан' })).status).toBe(201);
    const deadline = Date.now() + 15_000;
    while (!stdout.join('').includes('not sent:') && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    const log = stdout.join('');
    expect(log).toMatch(/mail [0-9a-f-]{36} not sent: .*550 5\.1\.1 <<address>>: Recipient address rejected/);
    expect(log.toLowerCase()).not.toContain(ADDRESS);
    // the job waits for its next try: it still needs the address, but its recorded error has none
    let jobs: Array<{ state: string; output: unknown }> = [];
    while (Date.now() < deadline) {
      jobs = await t.query(`SELECT state, output FROM pgboss.job WHERE name = 'mail'`);
      if (jobs.some((j) => j.state === 'retry')) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(jobs.map((j) => j.state)).toContain('retry');
    const output = JSON.stringify(jobs.map((j) => j.output));
    expect(output).toContain('Recipient address rejected');
    expect(output.toLowerCase()).not.toContain(ADDRESS);
  });
});
