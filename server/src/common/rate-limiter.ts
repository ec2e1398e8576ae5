import { Inject, Injectable } from '@nestjs/common';
import { createHmac } from 'node:crypto';
import { APP_CONFIG } from '../config/config';
import type { AppConfig } from '../config/config';
import { Tx } from '../database/transaction';
import { Clock } from './clock';
import { DomainError } from './domain-error';

/**
 * Fixed-window counters kept in Postgres, so any number of API instances share them (old windows:
 * jobs/housekeeping.ts). A row is `(key, window_start, count)`: no time finer than the window.
 *
 * Counters per client address never store the address: the key is an HMAC of the address with a
 * server secret and the window's start (`addressKey`), so the table cannot be read back into
 * addresses without the secret, and one address's counters in two windows cannot be linked to
 * each other.
 */
@Injectable()
export class RateLimiter {
  private readonly addressSecret: Buffer;

  constructor(
    private readonly tx: Tx,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    // a key of its own, derived from the server secret (which never leaves the server)
    this.addressSecret = createHmac('sha256', config.jwtSecret).update('sabor/rate-limit/address-key').digest();
  }

  /** The current window: its start (the counter's row) and the seconds until the next one. */
  window(windowSeconds: number): { start: Date; retryAfter: number } {
    const now = this.clock.now().getTime();
    const size = windowSeconds * 1000;
    const start = Math.floor(now / size) * size;
    return { start: new Date(start), retryAfter: Math.max(1, Math.ceil((start + size - now) / 1000)) };
  }

  /** The counter key of `scope` for a client address (and anything else that must not be stored as is, e.g. an e-mail). */
  addressKey(scope: string, address: string, windowSeconds: number): string {
    const { start } = this.window(windowSeconds);
    return `${scope}:${createHmac('sha256', this.addressSecret).update(`${scope}\n${start.getTime()}\n${address}`).digest('base64url')}`;
  }

  /**
   * Counts one hit in the caller's transaction (a hit of a request that fails is not counted);
   * throws 429 rate_limited with Retry-After once `limit` is passed. (A submission counts inside
   * its one statement: contributions.repository.ts `submitOnline`, `take_rate_unit` in SQL.)
   */
  async hit(key: string, limit: number, windowSeconds: number): Promise<void> {
    const { start, retryAfter } = this.window(windowSeconds);
    const rows = await this.tx.rows<{ count: number }>(
      `INSERT INTO rate_limit_counters (key, window_start, count) VALUES ($1, $2, 1)
       ON CONFLICT (key, window_start) DO UPDATE SET count = rate_limit_counters.count + 1
       RETURNING count`,
      [key, start],
    );
    if (rows[0].count > limit) throw rateLimited(retryAfter);
  }

  /** Throws 429 if `key` already reached `limit` in this window, without counting. */
  async check(key: string, limit: number, windowSeconds: number): Promise<void> {
    const { start, retryAfter } = this.window(windowSeconds);
    const rows: Array<{ count: number }> = await this.tx.manager.query('SELECT count FROM rate_limit_counters WHERE key = $1 AND window_start = $2', [key, start]);
    if ((rows[0]?.count ?? 0) >= limit) throw rateLimited(retryAfter);
  }
}

/** 429 rate_limited, with when to try again. */
export function rateLimited(retryAfterSeconds: number): DomainError {
  return new DomainError('rate_limited', { retryAfterSeconds }, { 'Retry-After': String(retryAfterSeconds) });
}
