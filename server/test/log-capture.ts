import { Writable } from 'node:stream';

/**
 * What a test app logs, kept for the test to read: the request log (give `logStream` to
 * `TestApp.create`) and standard output, where the worker logs through Nest's Logger. `start`
 * before the app is created, `stop` after it is closed.
 */
export function captureLogs(): { lines: string[]; stdout: string[]; logStream: Writable; start(): void; stop(): void } {
  const lines: string[] = [];
  const stdout: string[] = [];
  const write = process.stdout.write.bind(process.stdout);
  const logStream = new Writable({
    write(chunk: Buffer, _enc, done) {
      lines.push(chunk.toString());
      done();
    },
  });
  return {
    lines,
    stdout,
    logStream,
    start() {
      process.stdout.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
        stdout.push(chunk.toString());
        return (write as (...a: unknown[]) => boolean)(chunk, ...rest);
      }) as typeof process.stdout.write;
    },
    stop() {
      process.stdout.write = write;
    },
  };
}
