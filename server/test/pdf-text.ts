import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** The text of a PDF, read back with pdftotext (poppler). */
export function pdfText(buffer: Buffer): string {
  const file = path.join(os.tmpdir(), `sabor-pdf-${process.pid}-${Date.now()}.pdf`);
  fs.writeFileSync(file, buffer);
  try {
    return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  } finally {
    fs.rmSync(file, { force: true });
  }
}
