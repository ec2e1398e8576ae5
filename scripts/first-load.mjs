// What a browser downloads to show a page of the built client the first time: the entry chunk,
// everything it imports statically, and the lazily loaded modules of that page (its component and
// its feature's messages in Bulgarian, the language of a first visit) with their static imports. Sizes are gzip at level 9, as served from the
// precompressed .gz files. Used by the size budget test and `node scripts/first-load.mjs`.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

export const CLIENT_DIST = path.resolve(import.meta.dirname, '../client/dist');

/** The pages measured: each route's lazily loaded modules (see client/src/app/pages.tsx). */
export const FIRST_LOAD_ROUTES = {
  home: ['src/features/municipalities/HomePage.tsx', 'src/features/municipalities/messages.ts?lang=bg'],
  consultation: ['src/features/consultations/ConsultationPage.tsx', 'src/features/consultations/messages.ts?lang=bg'],
};

export function readManifest(dist = CLIENT_DIST) {
  return JSON.parse(fs.readFileSync(path.join(dist, '.vite/manifest.json'), 'utf8'));
}

/** The JS files (relative to dist) loaded first for `modules` besides the entry. */
export function firstLoadFiles(manifest, modules) {
  const entry = Object.keys(manifest).find((k) => manifest[k].isEntry);
  if (!entry) throw new Error('no entry in the Vite manifest');
  const files = new Set();
  const visit = (key) => {
    const chunk = manifest[key];
    if (!chunk) throw new Error(`${key} is not in the Vite manifest`);
    if (files.has(chunk.file)) return;
    files.add(chunk.file);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  visit(entry);
  for (const m of modules) visit(m);
  return [...files].filter((f) => f.endsWith('.js'));
}

export function gzipSize(file) {
  return zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length;
}

/** { route: { files, bytes, gzip } } for every measured route. */
export function firstLoad(dist = CLIENT_DIST) {
  const manifest = readManifest(dist);
  const result = {};
  for (const [route, modules] of Object.entries(FIRST_LOAD_ROUTES)) {
    const files = firstLoadFiles(manifest, modules);
    const full = files.map((f) => path.join(dist, f));
    result[route] = { files, bytes: full.reduce((n, f) => n + fs.statSync(f).size, 0), gzip: full.reduce((n, f) => n + gzipSize(f), 0) };
  }
  return result;
}

if (process.argv[1] === import.meta.filename) {
  for (const [route, r] of Object.entries(firstLoad())) {
    console.log(`${route}: ${(r.gzip / 1024).toFixed(1)} KiB gzip (${(r.bytes / 1024).toFixed(1)} KiB) in ${r.files.length} files`);
    for (const f of r.files) console.log(`  ${f} ${(gzipSize(path.join(CLIENT_DIST, f)) / 1024).toFixed(1)} KiB`);
  }
}
