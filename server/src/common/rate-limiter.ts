import { Injectable } from '@nestjs/common';
import { Clock } from './clock';
import { DomainError } from './domain-error';
import { Tx } from '../database/transaction';

/** Fixed-window counters kept in Postgres, so any number of API instances share them (old windows: jobs/housekeeping.ts). */
@Injectable()
export class RateLimiter {
  constructor(
    private readonly tx: Tx,
    private readonly clock: Clock,
  ) {}

  private window(windowSeconds: number): { start: Date; retryAfter: number } {
    const now = this.clock.now().getTime();
    const size = windowSeconds * 1000;
    const start = Math.floor(now / size) * size;
    return { start: new Date(start), retryAfter: Math.max(1, Math.ceil((start + size - now) / 1000)) };
  }

  /** Counts one hit; throws 429 rate_limited with Retry-After once `limit` is passed. */
  async hit(key: string, limit: number, windowSeconds: number): Promise<void> {
    const { start, retryAfter } = this.window(windowSeconds);
    const rows: Array<{ count: number }> = await this.tx.manager.query(
      `INSERT INTO rate_limit_counters (key, window_start, count) VALUES ($1, $2, 1)
       ON CONFLICT (key, window_start) DO UPDATE SET count = rate_limit_counters.count + 1
       RETURNING count`,
      [key, start],
    );
    if (rows[0].count > limit) throw new DomainError('rate_limited', { retryAfterSeconds: retryAfter }, { 'Retry-After': String(retryAfter) });
  }

  /** Throws 429 if `key` already reached `limit` in this window, without counting. */
  async check(key: string, limit: number, windowSeconds: number): Promise<void> {
    const { start, retryAfter } = this.window(windowSeconds);
    const rows: Array<{ count: number }> = await this.tx.manager.query('SELECT count FROM rate_limit_counters WHERE key = $1 AND window_start = $2', [key, start]);
    if ((rows[0]?.count ?? 0) >= limit) throw new DomainError('rate_limited', { retryAfterSeconds: retryAfter }, { 'Retry-After': String(retryAfter) });
  }

}
