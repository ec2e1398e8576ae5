import { Injectable } from '@nestjs/common';
import { Clock } from './clock';
import { DomainError } from './domain-error';

/**
 * Fixed-window counters held in this process only, for limits that must leave no trace: the
 * address of someone answering an anonymous form is never written to the database or a log, so
 * nothing could be joined to the response. Each API instance counts on its own, which is enough
 * to stop one address from flooding a public form.
 */
@Injectable()
export class MemoryRateLimiter {
  private readonly counters = new Map<string, { windowStart: number; count: number }>();

  constructor(private readonly clock: Clock) {}

  /** Counts one hit; throws 429 rate_limited with Retry-After once `limit` is passed. */
  hit(key: string, limit: number, windowSeconds: number): void {
    const now = this.clock.now().getTime();
    const size = windowSeconds * 1000;
    const windowStart = Math.floor(now / size) * size;
    this.forgetOldWindows(windowStart);
    const counter = this.counters.get(key);
    const count = counter?.windowStart === windowStart ? counter.count + 1 : 1;
    this.counters.set(key, { windowStart, count });
    if (count > limit) {
      const retryAfter = Math.max(1, Math.ceil((windowStart + size - now) / 1000));
      throw new DomainError('rate_limited', { retryAfterSeconds: retryAfter }, { 'Retry-After': String(retryAfter) });
    }
  }

  /** Drops the counters of past windows once the map grows, so memory stays bounded by one window's addresses. */
  private forgetOldWindows(current: number): void {
    if (this.counters.size < 10_000) return;
    for (const [key, c] of this.counters) if (c.windowStart < current) this.counters.delete(key);
  }
}
