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

/** Writes dist/routes.json: the server answers 200 for these paths and 404 for any other. */
export function routeList(routesFile: string): Plugin {
  return {
    name: 'sabor-route-list',
    apply: 'build',
    generateBundle() {
      const patterns = routePatterns(fs.readFileSync(routesFile, 'utf8'));
      this.emitFile({ type: 'asset', fileName: 'routes.json', source: `${JSON.stringify(patterns, null, 1)}\n` });
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
