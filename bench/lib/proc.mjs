// CPU and memory of processes, read from /proc (Linux). Elsewhere the figures are left out.
import fs from 'node:fs';

const TICK = 100; // USER_HZ on Linux

function stat(pid) {
  try {
    const s = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const f = s.slice(s.lastIndexOf(')') + 2).split(' ');
    // fields after the name: state(0) ppid(1) … utime(11) stime(12) cutime(13) cstime(14)
    return { ppid: Number(f[1]), own: Number(f[11]) + Number(f[12]), children: Number(f[13]) + Number(f[14]) };
  } catch {
    return null;
  }
}

function childrenOf(ppid) {
  const out = [];
  let pids;
  try {
    pids = fs.readdirSync('/proc').filter((d) => /^\d+$/.test(d));
  } catch {
    return out;
  }
  for (const p of pids) {
    const s = stat(p);
    if (s && s.ppid === ppid) out.push(s);
  }
  return out;
}

/** CPU seconds used so far by `pid` alone. */
export function cpuOf(pid) {
  const s = pid ? stat(pid) : null;
  return s ? s.own / TICK : null;
}

/** CPU seconds used so far by a PostgreSQL cluster: the postmaster, its live backends and those that exited. */
export function cpuOfCluster(postmasterPid) {
  const s = postmasterPid ? stat(postmasterPid) : null;
  if (!s) return null;
  let ticks = s.own + s.children;
  for (const c of childrenOf(postmasterPid)) ticks += c.own;
  return ticks / TICK;
}

/** Busy CPU seconds of the whole machine (all cores) so far. */
export function cpuOfMachine() {
  try {
    const line = fs.readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
    const idle = line[3] + (line[4] ?? 0);
    const total = line.slice(0, 8).reduce((a, b) => a + b, 0);
    return (total - idle) / TICK;
  } catch {
    return null;
  }
}

/**
 * Starts counting CPU for the server, the cluster, this process and the machine; `stop()` gives
 * each as a percentage of one core over the elapsed time (200 % = both cores of a 2-core box).
 */
export function cpuMeter({ serverPid, postmasterPid }) {
  const t0 = process.hrtime.bigint();
  const self0 = process.cpuUsage();
  // several server processes (two instances, or an instance and its PgBouncer): their sum
  const pids = [serverPid].flat();
  const cpuOfServer = () => {
    const each = pids.map(cpuOf);
    return each.includes(null) ? null : each.reduce((x, y) => x + y, 0);
  };
  const a = { server: cpuOfServer(), postgres: cpuOfCluster(postmasterPid), machine: cpuOfMachine() };
  return {
    stop() {
      const secs = Number(process.hrtime.bigint() - t0) / 1e9;
      const self = process.cpuUsage(self0);
      const b = { server: cpuOfServer(), postgres: cpuOfCluster(postmasterPid), machine: cpuOfMachine() };
      const pct = (k) => (a[k] === null || b[k] === null ? null : Math.round(((b[k] - a[k]) / secs) * 100));
      return { server: pct('server'), postgres: pct('postgres'), loadgen: Math.round(((self.user + self.system) / 1e6 / secs) * 100), machine: pct('machine') };
    },
  };
}

/** VmRSS and VmHWM of `pid` in MiB. */
export function memoryOf(pid) {
  try {
    const s = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (k) => Number(new RegExp(`^${k}:\\s+(\\d+) kB`, 'm').exec(s)?.[1] ?? NaN);
    return { rss: kb('VmRSS') / 1024, hwm: kb('VmHWM') / 1024 };
  } catch {
    return { rss: NaN, hwm: NaN };
  }
}

/** Resets the peak RSS (VmHWM) of a process we own (Linux ≥ 4.0); false when not allowed. */
export function resetPeak(pid) {
  try {
    fs.writeFileSync(`/proc/${pid}/clear_refs`, '5');
    return true;
  } catch {
    return false;
  }
}

/** Samples VmRSS every `everyMs`; `stop()` gives the baseline, the peak seen and VmHWM. */
export function rssSampler(pid, everyMs = 50) {
  const reset = resetPeak(pid);
  const baseline = memoryOf(pid).rss;
  let peak = baseline;
  const series = [];
  const t0 = Date.now();
  const timer = setInterval(() => {
    const m = memoryOf(pid).rss;
    series.push([Date.now() - t0, m]);
    if (m > peak) peak = m;
  }, everyMs);
  return {
    stop() {
      clearInterval(timer);
      const m = memoryOf(pid);
      if (m.rss > peak) peak = m.rss;
      const end = Date.now() - t0;
      // RSS at each quarter of the run: flat memory stays level, a leak climbs
      const at = (f) => round1(series.find(([t]) => t >= f * end)?.[1] ?? m.rss);
      return { baselineMiB: round1(baseline), peakSampledMiB: round1(peak), peakHwmMiB: reset ? round1(m.hwm) : null, quartersMiB: [at(0.25), at(0.5), at(0.75), round1(series.at(-1)?.[1] ?? m.rss)], samples: series.length };
    },
  };
}

export const round1 = (x) => Math.round(x * 10) / 10;
