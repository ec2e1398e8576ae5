import fs from 'node:fs';
import path from 'node:path';

/** A file under server/assets, from the sources (tests) or the build (dist/server/src/…). */
export function assetPath(relative: string): string {
  const candidates = [path.resolve(__dirname, '../../assets', relative), path.resolve(__dirname, '../../../../assets', relative)];
  const found = candidates.find((p) => fs.existsSync(p));
  if (!found) throw new Error(`asset not found: ${relative}`);
  return found;
}
