import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

/**
 * The folder-level import graph of server/src (a folder is the first folder under server/src; the
 * files directly in server/src — main.ts, worker.ts, app.module.ts, app.factory.ts — are the
 * composition root, `(root)`). The rules, described in docs/architecture.md:
 *   1. no cycle between folders;
 *   2. a shared folder (below every feature) imports no feature folder;
 *   3. the policy layer (policy/, who may do what) sits between the features and the shared
 *      folders: every feature may ask it, it imports only shared folders (the features register
 *      how their subjects' facts are loaded with it, and their entities satisfy its facts types);
 *   4. every folder with routes is a Nest module of its own that AppModule imports;
 *   5. services and controllers run no SQL: it lives in the features' repositories
 *      (ALLOWED_SQL_CALLERS lists the exceptions, each with its reason).
 * ALLOWED_CYCLE_EDGES and ALLOWED_SHARED_IMPORTS list today's exceptions; each entry must still be
 * needed (the test fails on a stale entry), so the lists only shrink. Both should end empty.
 */

const SRC = path.join(__dirname, '../src');

/** Folders of code that every feature may use and that use no feature. */
const SHARED = new Set(['common', 'config', 'database', 'legal-time', 'queue']);

/**
 * Edges that close a cycle today. Without them the graph must be acyclic, and each of them must
 * still exist and still lie on a cycle. Empty: keep it so (break a new cycle instead, see
 * docs/architecture.md).
 */
const ALLOWED_CYCLE_EDGES: string[] = [];

/** The policy layer, and the folders below it: the shared ones and users/ (the accounts). */
const POLICY = 'policy';
const BELOW_POLICY = new Set([...SHARED, 'users']);

/**
 * Imports of a feature by a shared folder, allowed today. Empty since the municipality-level
 * checks (`Access`) moved from common/ into policy/, where they read the caller's standing.
 */
const ALLOWED_SHARED_IMPORTS: string[] = [];

/**
 * Services and controllers that still run SQL themselves, with the reason. Every other
 * `*.service.ts` and `*.controller.ts` leaves SQL to its feature's repositories (rule 5). Each entry
 * must still be needed (the test fails on a stale one).
 */
const ALLOWED_SQL_CALLERS: Record<string, string> = {
  'accounts/accounts.service.ts': "runs the personal-data registry's export and erase statements, which are data in privacy/registry.ts (bound by its `bind`), not SQL of its own",
  'mail/mail.service.ts': "hands pg-boss an `executeSql` that runs pg-boss's own SQL in the request transaction (the queue's API), so a mail is sent only if the request commits",
};

/** A call that runs SQL: `.query(` (TypeORM's manager or DataSource, pg), `manager.query`, `Tx.rows(`, pg-boss's `executeSql(`. */
const SQL_CALL = /\.query\(|manager\.query|\.rows\(|executeSql\(/;

const ROOT = '(root)';

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(full);
    return e.name.endsWith('.ts') && !e.name.endsWith('.d.ts') ? [full] : [];
  });
}

function folderOf(file: string): string {
  const parts = path.relative(SRC, file).split(path.sep);
  return parts.length === 1 ? ROOT : parts[0];
}

/** `from -> to` → the imports behind it, as `file: specifier`. */
function folderGraph(): Map<string, string[]> {
  const edges = new Map<string, string[]>();
  for (const file of sourceFiles(SRC)) {
    const from = folderOf(file);
    const { importedFiles } = ts.preProcessFile(fs.readFileSync(file, 'utf8'), true, true);
    for (const { fileName } of importedFiles) {
      if (!fileName.startsWith('.')) continue;
      const target = path.resolve(path.dirname(file), fileName);
      if (path.relative(SRC, target).startsWith('..')) continue; // migrations, shared client code
      const to = folderOf(target);
      if (to === from) continue;
      const key = `${from} -> ${to}`;
      edges.set(key, [...(edges.get(key) ?? []), `${path.relative(SRC, file)}: '${fileName}'`]);
    }
  }
  return edges;
}

function adjacency(edges: Iterable<string>): Map<string, Set<string>> {
  const adj = new Map<string, Set<string>>();
  for (const e of edges) {
    const [a, b] = e.split(' -> ');
    if (!adj.has(a)) adj.set(a, new Set());
    if (!adj.has(b)) adj.set(b, new Set());
    adj.get(a)!.add(b);
  }
  return adj;
}

/** A shortest path from `from` to `to`, or null. */
function pathBetween(adj: Map<string, Set<string>>, from: string, to: string): string[] | null {
  const prev = new Map<string, string>([[from, '']]);
  const queue = [from];
  while (queue.length) {
    const v = queue.shift()!;
    for (const w of adj.get(v) ?? []) {
      if (prev.has(w)) continue;
      prev.set(w, v);
      if (w === to) {
        const out = [to];
        for (let x = v; x !== ''; x = prev.get(x)!) out.unshift(x);
        return out;
      }
      queue.push(w);
    }
  }
  return null;
}

/** One cycle per strongly connected component of more than one folder (Tarjan). */
function cycles(adj: Map<string, Set<string>>): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (v: string) => {
    index.set(v, counter);
    low.set(v, counter++);
    stack.push(v);
    onStack.add(v);
    for (const w of adj.get(v)!) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) !== index.get(v)) return;
    const component: string[] = [];
    let w: string;
    do {
      w = stack.pop()!;
      onStack.delete(w);
      component.push(w);
    } while (w !== v);
    if (component.length > 1) {
      const start = component.sort()[0];
      const members = new Set(component);
      const inside = new Map([...adj].filter(([k]) => members.has(k)).map(([k, s]) => [k, new Set([...s].filter((x) => members.has(x)))]));
      const back = [...inside.get(start)!].map((next) => pathBetween(inside, next, start)).find(Boolean)!;
      found.push([start, ...back]);
    }
  };
  for (const v of [...adj.keys()].sort()) if (!index.has(v)) visit(v);
  return found;
}

function describeCycle(cycle: string[], edges: Map<string, string[]>): string {
  const steps = cycle.slice(1).map((to, i) => {
    const key = `${cycle[i]} -> ${to}`;
    return `  ${key}\n${edges.get(key)!.map((s) => `      ${s}`).join('\n')}`;
  });
  return `${cycle.join(' -> ')}\n${steps.join('\n')}`;
}

describe('server/src layers', () => {
  const edges = folderGraph();

  it('reads the imports (sanity: the composition root imports the features)', () => {
    expect(edges.has(`${ROOT} -> common`)).toBe(true);
    expect(edges.size).toBeGreaterThan(50);
  });

  it('has no import cycle between folders', () => {
    const allowed = new Set(ALLOWED_CYCLE_EDGES);
    const found = cycles(adjacency([...edges.keys()].filter((e) => !allowed.has(e))));
    expect(found.map((c) => describeCycle(c, edges))).toEqual([]);
  });

  it('allows only cycles that still exist (the allow-list shrinks)', () => {
    const adj = adjacency(edges.keys());
    const stale = ALLOWED_CYCLE_EDGES.filter((e) => {
      const [a, b] = e.split(' -> ');
      return !edges.has(e) || !pathBetween(adj, b, a);
    });
    expect(stale).toEqual([]);
  });

  it('keeps shared folders below every feature', () => {
    const allowed = new Set(ALLOWED_SHARED_IMPORTS);
    const wrong = [...edges]
      .filter(([e]) => {
        const [a, b] = e.split(' -> ');
        return SHARED.has(a) && !SHARED.has(b) && !allowed.has(e);
      })
      .map(([e, why]) => `${e}\n${why.map((s) => `      ${s}`).join('\n')}`);
    expect(wrong).toEqual([]);
    const stale = ALLOWED_SHARED_IMPORTS.filter((e) => !edges.has(e));
    expect(stale).toEqual([]);
  });

  it('keeps the policy layer above the shared folders only', () => {
    const wrong = [...edges]
      .filter(([e]) => {
        const [a, b] = e.split(' -> ');
        return a === POLICY && !BELOW_POLICY.has(b);
      })
      .map(([e, why]) => `${e}\n${why.map((s) => `      ${s}`).join('\n')}`);
    expect(wrong).toEqual([]);
    // and the features do ask it (the layer is not dead code)
    expect([...edges.keys()].filter((e) => e.endsWith(` -> ${POLICY}`)).length).toBeGreaterThan(5);
  });

  it('keeps SQL out of services and controllers (it lives in repositories)', () => {
    const files = sourceFiles(SRC).filter((f) => /\.(service|controller)\.ts$/.test(f));
    expect(files.length).toBeGreaterThan(30);
    const callers = new Map<string, string[]>();
    for (const file of files) {
      const lines = fs.readFileSync(file, 'utf8').split('\n');
      const hits = lines.flatMap((line, i) => (SQL_CALL.test(line) ? [`      ${i + 1}: ${line.trim()}`] : []));
      if (hits.length) callers.set(path.relative(SRC, file).split(path.sep).join('/'), hits);
    }
    const wrong = [...callers].filter(([file]) => !(file in ALLOWED_SQL_CALLERS)).map(([file, hits]) => `${file}\n${hits.join('\n')}`);
    expect(wrong).toEqual([]);
    const stale = Object.keys(ALLOWED_SQL_CALLERS).filter((file) => !callers.has(file));
    expect(stale).toEqual([]);
  });

  it('gives every folder with routes a Nest module of its own, imported by AppModule', () => {
    const folders = fs.readdirSync(SRC, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
    const routed = folders.filter((dir) => sourceFiles(path.join(SRC, dir)).some((f) => /@Controller\(/.test(fs.readFileSync(f, 'utf8'))));
    expect(routed.length).toBeGreaterThan(10);
    const appModule = fs.readFileSync(path.join(SRC, 'app.module.ts'), 'utf8');
    const missing = routed.filter((dir) => !fs.existsSync(path.join(SRC, dir, `${dir}.module.ts`)) || !appModule.includes(`'./${dir}/${dir}.module'`));
    expect(missing).toEqual([]);
    // AppModule wires modules, not the features' controllers
    expect(appModule).not.toMatch(/import \{[^}]*Controller\b[^}]*\} from '\.\/(?!common\/)/);
  });
});
