// Build steps of the client beyond Vite's own, used by vite.config.ts.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import type { Plugin } from 'vite';

/**
 * The client's route patterns ("/", "/consultations/:id", …) read from the `path:` strings and the
 * `index: true` route of routes.tsx. Every route there is a child of pathless layout routes, so a
 * pattern is "/" + its path; the catch-all "*" is left out. A client test checks the result
 * against the route objects themselves.
 */
export function routePatterns(source: string): string[] {
  const patterns = new Set<string>();
  if (/\bindex:\s*true\b/.test(source)) patterns.add('/');
  for (const [, p] of source.matchAll(/\bpath:\s*'([^']*)'/g)) {
    if (p === '*' || p === '') continue;
    patterns.add(`/${p.replace(/^\//, '')}`);
  }
  return [...patterns];
}

/**
 * For each pattern, the component routes.tsx renders there (the last `<XPage />` of its element):
 * { "/consultations/:id": "ConsultationPage", … }.
 */
export function routePages(source: string): Record<string, string> {
  const pages: Record<string, string> = {};
  for (const [, index, p, element] of source.matchAll(/\{\s*(?:(index):\s*true|path:\s*'([^']*)'),\s*element:\s*(.*?)\s*\},?\s*$/gm)) {
    const components = [...element.matchAll(/<(\w+)\s*\/>/g)].map((m) => m[1]);
    if (!components.length || p === '*') continue;
    pages[index ? '/' : `/${p.replace(/^\//, '')}`] = components[components.length - 1];
  }
  return pages;
}

/**
 * For each lazy page of pages.tsx, the modules it loads: its own and its feature's messages (in
 * Bulgarian, the language of a first visit), as paths relative to pages.tsx, without extension:
 * { ConsultationPage: ["../features/consultations/ConsultationPage", "../features/consultations/messages?lang=bg"] }.
 */
export function lazyPageModules(source: string): Record<string, string[]> {
  // the Bulgarian (default language) import of each namespace
  const messages = new Map([...source.matchAll(/^\s*(\w+): \{\s*bg: \(\) => import\('([^']+)'\)/gm)].map((m) => [m[1], m[2].replace(/\.ts(?=\?)/, '')]));
  const pages: Record<string, string[]> = {};
  for (const [, name, module, namespaces] of source.matchAll(/^export const (\w+) = page\(\(\) => import\('([^']+)'\), '\w+', \[([^\]]*)\]\);/gm)) {
    const ns = [...namespaces.matchAll(/'(\w+)'/g)].map((m) => messages.get(m[1])).filter((m): m is string => !!m);
    pages[name] = [module, ...ns];
  }
  return pages;
}

/**
 * Writes dist/routes.json (the server answers 200 for these paths and 404 for any other) and
 * dist/route-preloads.json: for each pattern, the chunks its lazy page needs beyond the entry's, so
 * the server can name them in the page (`<link rel="modulepreload">`) and the phone fetches them
 * alongside the entry instead of after it.
 */
export function routeList(routesFile: string, pagesFile: string): Plugin {
  return {
    name: 'sabor-route-list',
    apply: 'build',
    // writeBundle, not generateBundle: only once the files are written are the chunks' names final
    // (in generateBundle some still carried a hash that changed afterwards, and the server named
    // chunks that did not exist)
    writeBundle(options, bundle) {
      const outDir = options.dir!;
      const routesSource = fs.readFileSync(routesFile, 'utf8');
      const patterns = routePatterns(routesSource);
      fs.writeFileSync(path.join(outDir, 'routes.json'), `${JSON.stringify(patterns, null, 1)}\n`);

      const chunks = Object.values(bundle).filter((c) => c.type === 'chunk');
      const byModule = new Map(chunks.filter((c) => c.facadeModuleId).map((c) => [c.facadeModuleId!.replace(/\.(tsx?|jsx?)(?=\?|$)/, ''), c]));
      const byFile = new Map(chunks.map((c) => [c.fileName, c]));
      const closure = (files: string[], into = new Set<string>()) => {
        for (const f of files) {
          if (into.has(f)) continue;
          into.add(f);
          closure(byFile.get(f)?.imports ?? [], into);
        }
        return into;
      };
      const entry = chunks.find((c) => c.isEntry);
      const initial = entry ? closure([entry.fileName]) : new Set<string>();
      const modules = lazyPageModules(fs.readFileSync(pagesFile, 'utf8'));
      const preloads: Record<string, string[]> = {};
      for (const [pattern, component] of Object.entries(routePages(routesSource))) {
        const files = (modules[component] ?? []).map((m) => byModule.get(path.resolve(path.dirname(pagesFile), m))?.fileName).filter((f): f is string => !!f);
        const needed = [...closure(files)].filter((f) => !initial.has(f));
        if (needed.length) preloads[pattern] = needed;
      }
      const missing = Object.values(preloads).flat().filter((f) => !fs.existsSync(path.join(outDir, f)));
      if (missing.length) this.error(`route-preloads.json would name chunks that were not written: ${[...new Set(missing)].join(', ')}`);
      fs.writeFileSync(path.join(outDir, 'route-preloads.json'), `${JSON.stringify(preloads, null, 1)}\n`);
    },
  };
}

const COMPRESSIBLE = /\.(js|mjs|css|html|svg|json|txt|xml|webmanifest)$/;

/**
 * Next to every text file of the build worth compressing (1 KiB or more), a Brotli (`.br`) and a
 * gzip (`.gz`) copy at the highest levels: the server sends the one the browser accepts, with no
 * compression work per request.
 */
export function precompress(): Plugin {
  let outDir = 'dist';
  return {
    name: 'sabor-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    closeBundle() {
      for (const file of walk(outDir)) {
        if (!COMPRESSIBLE.test(file)) continue;
        const data = fs.readFileSync(file);
        if (data.length < 1024) continue;
        const br = zlib.brotliCompressSync(data, {
          params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: data.length },
        });
        const gz = zlib.gzipSync(data, { level: 9 });
        if (br.length < data.length) fs.writeFileSync(`${file}.br`, br);
        if (gz.length < data.length) fs.writeFileSync(`${file}.gz`, gz);
      }
    },
  };
}

function* walk(dir: string): Generator<string> {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(full);
    else yield full;
  }
}

const PER_LANGUAGE = /[\\/](messages|common)\.ts\?lang=(bg|en|mk)$/;

/**
 * `…/messages.ts?lang=en`: the module with the other languages' texts of its `defineMessages({ bg,
 * en, mk })` (or its top-level `const bg = { … }` …) left empty, and its own imports of messages modules for the same language; so a
 * browser downloads one language's texts, not three, and no feature's messages.ts has to change.
 */
export function messagesPerLanguage(): Plugin {
  return {
    name: 'sabor-messages-per-language',
    apply: 'build',
    transform(code, id) {
      const match = PER_LANGUAGE.exec(id);
      if (!match) return null;
      const lang = match[2];
      const cuts: Array<[number, number]> = [];
      const visit = (node: unknown): void => {
        if (!node || typeof node !== 'object') return;
        const n = node as { type?: string; callee?: { type: string; name?: string }; arguments?: unknown[]; id?: { type: string; name?: string }; init?: { type: string; start: number; end: number } };
        // `const en = { … }` at the top (a part the namespace's messages.ts puts together)
        if (n.type === 'VariableDeclarator' && n.id?.type === 'Identifier' && n.init?.type === 'ObjectExpression' && n.id.name !== lang && ['bg', 'en', 'mk'].includes(n.id.name!)) {
          cuts.push([n.init.start, n.init.end]);
        }
        if (n.type === 'CallExpression' && n.callee?.type === 'Identifier' && n.callee.name === 'defineMessages') {
          const arg = n.arguments?.[0] as { type: string; properties: Array<{ type: string; key: { type: string; name?: string; value?: string }; value: { start: number; end: number } }> } | undefined;
          for (const p of arg?.type === 'ObjectExpression' ? arg.properties : []) {
            const key = p.type === 'Property' ? (p.key.name ?? p.key.value) : undefined;
            if (key && key !== lang && ['bg', 'en', 'mk'].includes(key)) cuts.push([p.value.start, p.value.end]);
          }
        }
        for (const value of Object.values(node)) {
          if (Array.isArray(value)) value.forEach(visit);
          else if (value && typeof value === 'object') visit(value);
        }
      };
      visit(this.parse(code));
      if (!cuts.length) this.error(`${id}: neither defineMessages({ bg, en, mk }) nor const bg/en/mk = { … } found`);
      let out = code;
      for (const [start, end] of cuts.sort((a, b) => b[0] - a[0])) out = `${out.slice(0, start)}{}${out.slice(end)}`;
      out = out.replace(/(from\s*['"])(\.{1,2}\/[^'"]*messages)(['"])/g, `$1$2.ts?lang=${lang}$3`);
      return { code: out, map: null };
    },
  };
}
