import fs from 'node:fs';
import path from 'node:path';
import type { FileStorage } from './file-storage';

/** The folders of STORAGE_DIR that held uploads before they moved to the shared store. */
const FOLDERS = ['documents', 'coats-of-arms'];
/** Written into STORAGE_DIR once everything in it is in the store: later starts skip the walk. */
export const IMPORTED_MARKER = '.imported-to-shared-store';

/**
 * Copies the files an older installation kept in STORAGE_DIR into the shared store, under the
 * same keys (`documents/ab/<uuid>`, `coats-of-arms/<municipality>/<file>`), so the rows that name
 * them need no change. Files already there are skipped, so it can run again (and on several
 * instances at once) after a stop half-way; the folder itself is left as it is, for the operator
 * to remove once the installation works (docs/operations.md).
 */
export async function importLocalFiles(storageDir: string, files: FileStorage, log: (message: string) => void = () => undefined): Promise<{ imported: number; present: number; failed: number }> {
  const marker = path.join(storageDir, IMPORTED_MARKER);
  const result = { imported: 0, present: 0, failed: 0 };
  if (!fs.existsSync(storageDir) || fs.existsSync(marker)) return result;
  for (const folder of FOLDERS) {
    const root = path.join(storageDir, folder);
    if (!fs.existsSync(root)) continue;
    for (const entry of fs.readdirSync(root, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile()) continue;
      const file = path.join(entry.parentPath, entry.name);
      const rel = path.relative(root, file).split(path.sep);
      if (folder === 'documents' && rel[0] === 'incoming') continue; // uploads that were never filed
      const key = [folder, ...rel].join('/');
      if (await files.has(key)) {
        result.present += 1;
        continue;
      }
      try {
        await files.put(key, fs.createReadStream(file));
        result.imported += 1;
      } catch (e) {
        // e.g. another instance importing the same file at the same moment: tried again next start
        result.failed += 1;
        log(`Could not move ${file} into the shared store: ${e instanceof Error ? e.message : String(e)}`);
      }
    }
  }
  if (result.imported) log(`Moved ${result.imported} uploaded file(s) from ${storageDir} into the ${files.kind === 's3' ? 'S3 bucket' : 'database'}`);
  if (result.failed) return result;
  try {
    fs.writeFileSync(marker, `${new Date().toISOString()} imported ${result.imported}, already present ${result.present}\n`);
  } catch {
    // a read-only folder: the next start walks it again and finds every file present
  }
  return result;
}
