import { inflateSync } from 'node:zlib';

/**
 * A small QR reader for the tests, independent of the qrcode library that writes the codes: it
 * reads a clean, upright, black-and-white PNG (8-bit or 1-bit greyscale, or RGB(A)) of a
 * version 1 symbol — what a 6-symbol registration code needs — and returns the text it holds.
 * No error correction: the image comes straight from the renderer, so every module is right.
 */
export interface ReadQr {
  text: string;
  /** modules across (21 for version 1) */
  size: number;
  /** pixels per module */
  scale: number;
  /** blank modules left of the symbol */
  quietZone: number;
  ecLevel: 'L' | 'M' | 'Q' | 'H';
  mask: number;
}

function pixels(png: Buffer): { width: number; height: number; dark: (x: number, y: number) => boolean } {
  if (png.subarray(0, 8).toString('latin1') !== '\x89PNG\r\n\x1a\n') throw new Error('not a PNG');
  let at = 8;
  let width = 0;
  let height = 0;
  let depth = 0;
  let colour = 0;
  const idat: Buffer[] = [];
  while (at < png.length) {
    const len = png.readUInt32BE(at);
    const type = png.subarray(at + 4, at + 8).toString('latin1');
    const data = png.subarray(at + 8, at + 8 + len);
    if (type === 'IHDR') [width, height, depth, colour] = [data.readUInt32BE(0), data.readUInt32BE(4), data[8], data[9]];
    if (type === 'IDAT') idat.push(data);
    at += 12 + len;
  }
  const channels = { 0: 1, 2: 3, 4: 2, 6: 4 }[colour];
  if (!channels || (depth !== 8 && !(depth === 1 && colour === 0))) throw new Error(`unsupported PNG: depth ${depth}, colour type ${colour}`);
  const bpp = Math.max(1, (channels * depth) / 8);
  const stride = Math.ceil((width * channels * depth) / 8);
  const raw = inflateSync(Buffer.concat(idat));
  const rows: Buffer[] = [];
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const line = Buffer.from(raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1)));
    const up = rows[y - 1] ?? Buffer.alloc(stride);
    for (let i = 0; i < stride; i++) {
      const a = i >= bpp ? line[i - bpp] : 0;
      const b = up[i];
      const c = i >= bpp ? up[i - bpp] : 0;
      const p = a + b - c;
      const paeth = Math.abs(p - a) <= Math.abs(p - b) && Math.abs(p - a) <= Math.abs(p - c) ? a : Math.abs(p - b) <= Math.abs(p - c) ? b : c;
      line[i] = (line[i] + [0, a, b, (a + b) >> 1, paeth][filter]) & 0xff;
    }
    rows.push(line);
  }
  const dark = (x: number, y: number) => (depth === 1 ? ((rows[y][x >> 3] >> (7 - (x & 7))) & 1) === 0 : rows[y][x * channels] < 128);
  return { width, height, dark };
}

const MASKS: ((i: number, j: number) => boolean)[] = [
  (i, j) => (i + j) % 2 === 0,
  (i) => i % 2 === 0,
  (_i, j) => j % 3 === 0,
  (i, j) => (i + j) % 3 === 0,
  (i, j) => (Math.floor(i / 2) + Math.floor(j / 3)) % 2 === 0,
  (i, j) => ((i * j) % 2) + ((i * j) % 3) === 0,
  (i, j) => (((i * j) % 2) + ((i * j) % 3)) % 2 === 0,
  (i, j) => (((i + j) % 2) + ((i * j) % 3)) % 2 === 0,
];
const ALPHANUMERIC = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:';

export function readQr(png: Buffer): ReadQr {
  const img = pixels(png);
  // the top-left finder's corner, and its top edge: 7 modules of dark
  let x0 = -1;
  let y0 = -1;
  for (let y = 0; y < img.height && x0 < 0; y++) for (let x = 0; x < img.width; x++) if (img.dark(x, y)) { [x0, y0] = [x, y]; break; }
  if (x0 < 0) throw new Error('blank image');
  let run = 0;
  while (img.dark(x0 + run, y0)) run++;
  const scale = run / 7;
  let x1 = img.width - 1;
  while (!img.dark(x1, y0)) x1--;
  const size = Math.round((x1 - x0 + 1) / scale);
  if (size !== 21) throw new Error(`only version 1 (21 modules) is read here, not ${size}`);
  const m = (r: number, c: number) => img.dark(Math.floor(x0 + (c + 0.5) * scale), Math.floor(y0 + (r + 0.5) * scale));

  // format information next to the top-left finder (ISO/IEC 18004 7.9), masked with 101010000010010
  let format = 0;
  for (const [r, c] of [[8, 0], [8, 1], [8, 2], [8, 3], [8, 4], [8, 5], [8, 7], [8, 8], [7, 8], [5, 8], [4, 8], [3, 8], [2, 8], [1, 8], [0, 8]]) format = (format << 1) | (m(r, c) ? 1 : 0);
  format ^= 0x5412;
  let rem = (format >> 10) << 10;
  for (let bit = 14; bit >= 10; bit--) if (rem & (1 << bit)) rem ^= 0x537 << (bit - 10);
  if (rem !== (format & 0x3ff)) throw new Error('format information does not check');
  const ecLevel = (['M', 'L', 'H', 'Q'] as const)[format >> 13];
  const mask = (format >> 10) & 7;

  // the data modules, two columns at a time from the bottom right, up and down in turn
  const isFunction = (r: number, c: number) => (r <= 8 && c <= 8) || (r <= 8 && c >= size - 8) || (r >= size - 8 && c <= 8) || r === 6 || c === 6;
  const bits: number[] = [];
  let upward = true;
  for (let right = size - 1; right >= 1; right -= 2) {
    if (right === 6) right = 5;
    for (let v = 0; v < size; v++) {
      const r = upward ? size - 1 - v : v;
      for (const c of [right, right - 1]) if (!isFunction(r, c)) bits.push((m(r, c) ? 1 : 0) ^ (MASKS[mask](r, c) ? 1 : 0));
    }
    upward = !upward;
  }
  const dataBits = { L: 19, M: 16, Q: 13, H: 9 }[ecLevel] * 8;
  let p = 0;
  const take = (n: number) => {
    let v = 0;
    for (let i = 0; i < n; i++) v = (v << 1) | bits[p++];
    return v;
  };
  let text = '';
  while (p + 4 <= dataBits) {
    const mode = take(4);
    if (mode === 0) break;
    if (mode === 1) {
      for (let n = take(10); n > 0; n -= 3) text += String(take(n >= 3 ? 10 : n === 2 ? 7 : 4)).padStart(Math.min(n, 3), '0');
    } else if (mode === 2) {
      for (let n = take(9); n > 0; n -= 2) {
        if (n >= 2) {
          const v = take(11);
          text += ALPHANUMERIC[Math.floor(v / 45)] + ALPHANUMERIC[v % 45];
        } else text += ALPHANUMERIC[take(6)];
      }
    } else if (mode === 4) {
      const bytes: number[] = [];
      for (let n = take(8); n > 0; n--) bytes.push(take(8));
      text += Buffer.from(bytes).toString('utf8');
    } else throw new Error(`mode ${mode} is not read here`);
  }
  return { text, size, scale, quietZone: x0 / scale, ecLevel, mask };
}
