/**
 * The images a municipality may use as its coat of arms, recognised by their content, not their
 * name or the type the browser claims. SVG is refused: it can carry scripts. Pure.
 */
export type CoatOfArmsType = 'png' | 'jpeg' | 'webp';

export const COAT_OF_ARMS_MIME: Record<CoatOfArmsType, string> = { png: 'image/png', jpeg: 'image/jpeg', webp: 'image/webp' };

/** 2 MB: a coat of arms is a small picture. */
export const COAT_OF_ARMS_MAX_BYTES = 2 * 1024 * 1024;

const startsWith = (buf: Buffer, bytes: number[], at = 0) => buf.length >= at + bytes.length && bytes.every((b, i) => buf[at + i] === b);

export function detectCoatOfArmsType(buf: Buffer): CoatOfArmsType | null {
  if (startsWith(buf, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (startsWith(buf, [0xff, 0xd8, 0xff])) return 'jpeg';
  // RIFF <size> WEBP VP8 / VP8L / VP8X
  if (startsWith(buf, [0x52, 0x49, 0x46, 0x46]) && buf.subarray(8, 15).toString('latin1').startsWith('WEBPVP8')) return 'webp';
  return null;
}
