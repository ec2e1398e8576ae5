import type { LoggerService } from '@nestjs/common';
import pino, { type DestinationStream, type Logger as Pino } from 'pino';

/**
 * Where log lines go. Production: pino's JSON, one object a line, for a log collector. Elsewhere
 * (npm start, a developer's terminal): the same records as one readable line each —
 * `09:14:03 INFO  [Sabor] Demo data loaded`, `09:14:05 INFO  GET /api/consultations 200 12 ms`.
 * Every part of the process (start-up, HTTP, the queue, the worker) writes through this one
 * stream, so no line is in another format.
 */
export function logDestination(env: 'development' | 'test' | 'production', out: NodeJS.WritableStream = process.stdout): DestinationStream {
  if (env === 'production') return { write: (line: string) => void out.write(line) };
  return { write: (line: string) => void out.write(`${readableLine(line)}\n`) };
}

const LEVELS: Record<number, string> = { 10: 'TRACE', 20: 'DEBUG', 30: 'INFO ', 40: 'WARN ', 50: 'ERROR', 60: 'FATAL' };

/** One pino JSON record as one line a person reads; anything that is not JSON passes through. */
export function readableLine(json: string): string {
  let r: Record<string, unknown>;
  try {
    r = JSON.parse(json) as Record<string, unknown>;
  } catch {
    return json.replace(/\s*\n\s*/g, ' ').trim();
  }
  const time = typeof r.time === 'number' ? new Date(r.time).toTimeString().slice(0, 8) : '';
  const level = LEVELS[Number(r.level)] ?? 'INFO ';
  const context = typeof r.context === 'string' ? `[${r.context}] ` : '';
  const req = r.req as { method?: string; url?: string } | undefined;
  const res = r.res as { statusCode?: number } | undefined;
  let text: string;
  if (req?.method && res?.statusCode !== undefined) {
    text = `${req.method} ${req.url ?? ''} ${res.statusCode}${typeof r.responseTime === 'number' ? ` ${Math.round(r.responseTime)} ms` : ''}`;
  } else if (req?.method && r.msg === 'request aborted') {
    text = `${req.method} ${req.url ?? ''} aborted by the client`;
  } else {
    text = typeof r.msg === 'string' ? r.msg : '';
  }
  const err = r.err as { message?: string } | undefined;
  if (err?.message && !text.includes(err.message)) text = text ? `${text}: ${err.message}` : err.message;
  return `${time} ${level} ${context}${text}`.replace(/\s*\n\s*/g, ' ').trimEnd();
}

/** The process's root logger, before (and beside) the HTTP application's. */
export function createRootLogger(env: 'development' | 'test' | 'production', level: string): Pino {
  return pino({ level, base: undefined }, logDestination(env));
}

/** Nest's Logger calls (start-up, worker) written through pino, so they share its format. */
export class PinoNestLogger implements LoggerService {
  constructor(private readonly pino: Pino) {}

  log(message: unknown, ...rest: unknown[]): void {
    this.write('info', message, rest);
  }
  error(message: unknown, ...rest: unknown[]): void {
    this.write('error', message, rest);
  }
  warn(message: unknown, ...rest: unknown[]): void {
    this.write('warn', message, rest);
  }
  debug(message: unknown, ...rest: unknown[]): void {
    this.write('debug', message, rest);
  }
  verbose(message: unknown, ...rest: unknown[]): void {
    this.write('trace', message, rest);
  }

  private write(level: 'info' | 'error' | 'warn' | 'debug' | 'trace', message: unknown, rest: unknown[]): void {
    const context = typeof rest[rest.length - 1] === 'string' ? (rest[rest.length - 1] as string) : undefined;
    if (message instanceof Error) this.pino[level]({ context, err: message }, message.message);
    else this.pino[level]({ context }, typeof message === 'string' ? message : JSON.stringify(message));
  }
}
