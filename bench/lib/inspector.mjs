// The server's live JavaScript heap, through the inspector it was started with (--inspect on
// 127.0.0.1): a forced full GC, then the heap in use — what is retained, not garbage not yet
// collected. RSS alone cannot tell a lazy collector from a leak.

export async function connectInspector(port) {
  const list = await (await fetch(`http://127.0.0.1:${port}/json/list`)).json();
  const ws = new WebSocket(list[0].webSocketDebuggerUrl);
  await new Promise((resolve, reject) => {
    ws.onopen = resolve;
    ws.onerror = () => reject(new Error('cannot reach the server inspector'));
  });
  let id = 0;
  const pending = new Map();
  ws.onmessage = (ev) => {
    const m = JSON.parse(ev.data);
    if (m.id && pending.has(m.id)) {
      pending.get(m.id)(m);
      pending.delete(m.id);
    }
  };
  const call = (method, params = {}) =>
    new Promise((resolve) => {
      const i = ++id;
      pending.set(i, resolve);
      ws.send(JSON.stringify({ id: i, method, params }));
    });
  return {
    /** MiB of heap still in use after a full collection. */
    async liveHeapMiB() {
      await call('HeapProfiler.collectGarbage');
      const r = await call('Runtime.getHeapUsage');
      return r.result.usedSize / 2 ** 20;
    },
    close: () => ws.close(),
  };
}

/** Probes the live heap every `everyMs` until `stop()`; probes run one after another. */
export function liveHeapProbe(inspector, everyMs = 500) {
  const series = [];
  let running = true;
  const t0 = Date.now();
  const done = (async () => {
    while (running) {
      series.push([Date.now() - t0, await inspector.liveHeapMiB()]);
      await new Promise((r) => setTimeout(r, everyMs));
    }
  })();
  return {
    async stop() {
      running = false;
      await done;
      return series;
    },
  };
}
