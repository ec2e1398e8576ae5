import { AsyncLocalStorage } from 'node:async_hooks';
import { isDatabaseUnavailable } from './unavailable';
import { Batches, BatchWaitTimeout } from './batches';

/** A `send` whose calls stay open until the test lets them go, and which records each batch. */
function gate<O>(answer: (item: string) => O | Error) {
  const sent: string[][] = [];
  const open: Array<() => void> = [];
  const send = (items: string[]) => {
    sent.push(items);
    return new Promise<O[]>((resolve, reject) =>
      open.push(() => {
        const answers = items.map(answer);
        const failed = items.length > 1 ? answers.find((a) => a instanceof Error) : answers[0] instanceof Error ? answers[0] : undefined;
        if (failed) reject(failed);
        else resolve(answers as O[]);
      }),
    );
  };
  /** lets every call sent so far end, and waits for what that sets going */
  const release = async () => {
    for (const go of open.splice(0)) go();
    for (let i = 0; i < 10; i++) await new Promise((r) => setImmediate(r));
  };
  return { sent, send, release };
}

describe('Batches (group commit)', () => {
  it('sends a call at once, alone, when a place is free, and gathers the calls that arrive meanwhile into the next batch', async () => {
    const g = gate((x: string) => x.toUpperCase());
    const b = new Batches(g.send, { inFlight: 1, size: 10 });
    const first = b.add('a');
    expect(g.sent).toEqual([['a']]);
    const rest = ['b', 'c', 'd'].map((x) => b.add(x));
    expect(g.sent).toHaveLength(1);
    await g.release();
    expect(g.sent).toEqual([['a'], ['b', 'c', 'd']]);
    await g.release();
    expect(await first).toBe('A');
    expect(await Promise.all(rest)).toEqual(['B', 'C', 'D']);
  });

  it('keeps `inFlight` batches going at once and no batch over `size`', async () => {
    const g = gate((x: string) => x);
    const b = new Batches(g.send, { inFlight: 2, size: 3 });
    const all = Array.from({ length: 9 }, (_, i) => b.add(String(i)));
    expect(g.sent).toEqual([['0'], ['1']]);
    await g.release();
    expect(g.sent.slice(2)).toEqual([['2', '3', '4'], ['5', '6', '7']]);
    await g.release();
    expect(g.sent.slice(4)).toEqual([['8']]);
    await g.release();
    expect(await Promise.all(all)).toEqual(['0', '1', '2', '3', '4', '5', '6', '7', '8']);
  });

  it('never puts two calls with the same `apart` key in one batch', async () => {
    const g = gate((x: string) => x);
    const b = new Batches(g.send, { inFlight: 1, size: 10, apart: (x) => (x.startsWith('k') ? x.slice(0, 2) : undefined) });
    const all = ['x', 'k1-first', 'y', 'k1-again', 'k2', 'z'].map((x) => b.add(x));
    await g.release();
    expect(g.sent).toEqual([['x'], ['k1-first', 'y', 'k2', 'z']]);
    await g.release();
    expect(g.sent[2]).toEqual(['k1-again']);
    await g.release();
    expect(await Promise.all(all)).toHaveLength(6);
  });

  it('sends the items of a failed batch again one by one: only the failing call gets the error', async () => {
    const g = gate((x: string) => (x === 'bad' ? new Error('no such parent') : x));
    const b = new Batches(g.send, { inFlight: 1, size: 10, retryAlone: () => true });
    const first = b.add('first');
    const batch = ['a', 'bad', 'c'].map((x) => b.add(x).then((v) => ({ ok: v }), (e: Error) => ({ error: e.message })));
    for (let i = 0; i < 6; i++) await g.release();
    expect(await first).toBe('first');
    expect(await Promise.all(batch)).toEqual([{ ok: 'a' }, { error: 'no such parent' }, { ok: 'c' }]);
    expect(g.sent).toEqual([['first'], ['a', 'bad', 'c'], ['a'], ['bad'], ['c']]);
  });

  it('gives an error that `retryAlone` refuses (the database is down) to every call of the batch at once, without sending them again', async () => {
    const g = gate((x: string) => (x === 'first' ? x : new Error('Connection terminated')));
    const b = new Batches(g.send, { inFlight: 1, size: 10, retryAlone: (e) => !/Connection terminated/.test((e as Error).message) });
    const first = b.add('first');
    const batch = ['a', 'b', 'c'].map((x) => b.add(x).then((v) => ({ ok: v }), (e: Error) => ({ error: e.message })));
    for (let i = 0; i < 3; i++) await g.release();
    expect(await first).toBe('first');
    expect(await Promise.all(batch)).toEqual(Array(3).fill({ error: 'Connection terminated' }));
    expect(g.sent).toEqual([['first'], ['a', 'b', 'c']]);
  });

  it('refuses a call that waited `maxWaitMs` without being sent, as an outage, and sends the others when a place frees', async () => {
    jest.useFakeTimers();
    try {
      const g = gate((x: string) => x);
      const b = new Batches(g.send, { inFlight: 1, size: 10, maxWaitMs: 5000 });
      const stuck = b.add('stuck');
      const early = b.add('early').catch((e: unknown) => e);
      jest.advanceTimersByTime(3000);
      const late = b.add('late');
      jest.advanceTimersByTime(2500);
      const refused = await early;
      expect(refused).toBeInstanceOf(BatchWaitTimeout);
      expect(isDatabaseUnavailable(refused)).toBe(true);
      jest.useRealTimers();
      await g.release();
      await g.release();
      expect(await stuck).toBe('stuck');
      expect(await late).toBe('late');
      expect(g.sent).toEqual([['stuck'], ['late']]);
    } finally {
      jest.useRealTimers();
    }
  });

  it('carries on after a failed batch: the next calls are sent', async () => {
    const g = gate((x: string) => (x === 'bad' ? new Error('refused') : x));
    const b = new Batches(g.send, { inFlight: 1, size: 10 });
    await expect(Promise.all([b.add('bad'), g.release()])).rejects.toThrow('refused');
    const later = b.add('later');
    await g.release();
    expect(await later).toBe('later');
  });

  it('does not run `send` in the caller\'s async context (a caller\'s open transaction)', async () => {
    const store = new AsyncLocalStorage<string>();
    const seen: Array<string | undefined> = [];
    const b = new Batches(async (items: string[]) => {
      seen.push(store.getStore());
      return items;
    }, { inFlight: 1, size: 10 });
    await store.run('transaction of request 1', () => b.add('a'));
    await Promise.all([store.run('transaction of request 2', () => b.add('b')), store.run('transaction of request 3', () => b.add('c'))]);
    expect(seen.length).toBeGreaterThanOrEqual(2);
    expect(seen.every((s) => s === undefined)).toBe(true);
  });
});
