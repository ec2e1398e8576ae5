import { AsyncResource } from 'node:async_hooks';

/**
 * Group commit: calls that arrive while `inFlight` batches are already running wait, and leave
 * together, up to `size` at a time, as one call of `send` as soon as a batch ends. A call that
 * finds a free place leaves at once, alone, so a quiet server adds no wait; a busy one sends
 * fewer, larger statements, which share one commit.
 *
 * `send` answers every item of a batch, in order. When it fails for a batch of several with an
 * error that `retryAlone` accepts (the database refused the statement: one item's bad data, a
 * deadlock), each of its items is sent again alone, one after another, so that one item's error
 * reaches only its own caller; any other error (the database cannot be reached) goes to every
 * caller of the batch at once. Two items with the same `apart` key never share a batch. A call
 * that has waited `maxWaitMs` without being sent is refused (`BatchWaitTimeout`, which
 * `isDatabaseUnavailable` counts as an outage: 503), as a request that waits that long for a
 * connection of the pool is.
 * `send` runs in the async context in which the `Batches` was made, not in a caller's (an open
 * transaction's, say): a batch belongs to no one request.
 */
export class Batches<I, O> {
  private readonly waiting: Array<Waiting<I, O>> = [];
  private running = 0;
  private readonly home = new AsyncResource('Batches');

  constructor(
    private readonly send: (items: I[]) => Promise<O[]>,
    private readonly limits: { inFlight: number; size: number; apart?: (item: I) => string | undefined; retryAlone?: (error: unknown) => boolean; maxWaitMs?: number },
  ) {}

  add(item: I): Promise<O> {
    return new Promise<O>((resolve, reject) => {
      const w: Waiting<I, O> = { item, resolve, reject };
      this.waiting.push(w);
      this.next();
      const { maxWaitMs } = this.limits;
      if (w.sent || !maxWaitMs) return;
      w.timer = setTimeout(() => {
        const at = this.waiting.indexOf(w);
        if (at < 0) return;
        this.waiting.splice(at, 1);
        reject(new BatchWaitTimeout());
      }, maxWaitMs);
      w.timer.unref();
    });
  }

  private next(): void {
    while (this.running < this.limits.inFlight && this.waiting.length > 0) {
      const batch = this.take();
      this.running++;
      void this.home.runInAsyncScope(() => this.run(batch)).finally(() => {
        this.running--;
        this.next();
      });
    }
  }

  /** Up to `size` of the waiting calls, oldest first; one whose `apart` key is already taken waits for the next batch. */
  private take(): Array<Waiting<I, O>> {
    const batch = this.pick();
    for (const w of batch) {
      w.sent = true;
      if (w.timer) clearTimeout(w.timer);
    }
    return batch;
  }

  private pick(): Array<Waiting<I, O>> {
    const { size, apart } = this.limits;
    if (!apart) return this.waiting.splice(0, size);
    const batch: Array<Waiting<I, O>> = [];
    const keys = new Set<string>();
    for (let i = 0; i < this.waiting.length && batch.length < size; ) {
      const key = apart(this.waiting[i].item);
      if (key !== undefined && keys.has(key)) {
        i++;
        continue;
      }
      if (key !== undefined) keys.add(key);
      batch.push(this.waiting.splice(i, 1)[0]);
    }
    return batch;
  }

  private async run(batch: Array<Waiting<I, O>>): Promise<void> {
    try {
      const answers = await this.send(batch.map((w) => w.item));
      batch.forEach((w, i) => w.resolve(answers[i]));
      return;
    } catch (error) {
      if (batch.length === 1 || !this.limits.retryAlone?.(error)) {
        for (const w of batch) w.reject(error);
        return;
      }
    }
    for (const w of batch) {
      try {
        w.resolve((await this.send([w.item]))[0]);
      } catch (error) {
        w.reject(error);
      }
    }
  }
}

interface Waiting<I, O> {
  item: I;
  resolve: (answer: O) => void;
  reject: (error: unknown) => void;
  sent?: boolean;
  timer?: NodeJS.Timeout;
}

/** A call that waited too long for its batch to be sent (the database is slow or stuck). */
export class BatchWaitTimeout extends Error {
  constructor() {
    super('timeout exceeded waiting for a database batch');
    this.name = 'BatchWaitTimeout';
  }
}
