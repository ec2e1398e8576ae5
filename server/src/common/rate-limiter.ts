import { Inject, Injectable } from '@nestjs/common';
import { createHmac } from 'node:crypto';
import { APP_CONFIG } from '../config/config';
import type { AppConfig } from '../config/config';
import { SideConnections } from '../database/side-connections';
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
    private readonly side: SideConnections,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    // a key of its own, derived from the server secret (which never leaves the server)
    this.addressSecret = createHmac('sha256', config.jwtSecret).update('sabor/rate-limit/address-key').digest();
  }

  private window(windowSeconds: number): { start: Date; retryAfter: number } {
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
   * Counts one hit; throws 429 rate_limited with Retry-After once `limit` is passed. In the
   * caller's transaction (a hit of a request that fails is not counted), or with `apart` in an
   * autocommit statement of its own: the counter's row is then locked only for that statement,
   * not until the request commits (the submission's hot path: one account's requests would
   * otherwise queue on their counter's row, one commit at a time). An attempt counts then even if
   * the request fails later.
   */
  async hit(key: string, limit: number, windowSeconds: number, options: { apart?: boolean } = {}): Promise<void> {
    const { start, retryAfter } = this.window(windowSeconds);
    const sql = `INSERT INTO rate_limit_counters (key, window_start, count) VALUES ($1, $2, 1)
       ON CONFLICT (key, window_start) DO UPDATE SET count = rate_limit_counters.count + 1
       RETURNING count`;
    const rows = options.apart ? await this.side.rows<{ count: number }>(sql, [key, start]) : await this.tx.rows<{ count: number }>(sql, [key, start]);
    if (rows[0].count > limit) throw new DomainError('rate_limited', { retryAfterSeconds: retryAfter }, { 'Retry-After': String(retryAfter) });
  }

  /** Throws 429 if `key` already reached `limit` in this window, without counting. */
  async check(key: string, limit: number, windowSeconds: number): Promise<void> {
    const { start, retryAfter } = this.window(windowSeconds);
    const rows: Array<{ count: number }> = await this.tx.manager.query('SELECT count FROM rate_limit_counters WHERE key = $1 AND window_start = $2', [key, start]);
    if ((rows[0]?.count ?? 0) >= limit) throw new DomainError('rate_limited', { retryAfterSeconds: retryAfter }, { 'Retry-After': String(retryAfter) });
  }
}
