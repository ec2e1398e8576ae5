import { crc32, deflateSync } from 'node:zlib';
import QRCode from 'qrcode';
import type { Locale } from '../common/locale';
import { escapeMarkup } from '../common/markup';

/** A QR code to show inline in an e-mail: what it encodes, and the words printed next to it. */
export interface MailQr {
  /** the image's Content-ID (without "cid:") */
  cid: string;
  /** what the QR code holds: exactly what the check-in page accepts when a scanner types it */
  text: string;
  /** shown next to it in big letters, e.g. "K7M-4XQ" */
  caption: string;
}

/** Error correction M: the code still reads with a crease or a smudge on a printed page. */
export const QR_ERROR_CORRECTION = 'M';
/** The quiet zone around the symbol, in modules (what the QR standard asks for). */
export const QR_MARGIN = 4;
/** Pixels per module: a 6-symbol code (21 modules + the quiet zone) is 406 px, shown at 200. */
export const QR_SCALE = 14;

/**
 * The QR code of `text` as a black and white PNG (1 bit per pixel). The qrcode library builds the
 * symbol; the PNG is written here because its own PNG renderer (pure JavaScript, RGBA, every row
 * filter tried) takes tens of milliseconds per image and seconds under load, in the mail worker.
 */
export function qrPng(text: string): Buffer {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: QR_ERROR_CORRECTION });
  const n = modules.size + 2 * QR_MARGIN;
  const px = n * QR_SCALE;
  const rowBytes = Math.ceil(px / 8);
  const raw = Buffer.alloc((rowBytes + 1) * px);
  for (let y = 0; y < px; y++) {
    const row = y * (rowBytes + 1); // filter byte 0 ("none"), then the pixels, 1 = white
    const my = Math.floor(y / QR_SCALE) - QR_MARGIN;
    for (let x = 0; x < px; x++) {
      const mx = Math.floor(x / QR_SCALE) - QR_MARGIN;
      const dark = my >= 0 && my < modules.size && mx >= 0 && mx < modules.size && modules.get(my, mx);
      if (!dark) raw[row + 1 + (x >> 3)] |= 0x80 >> (x & 7);
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(px, 0);
  ihdr.writeUInt32BE(px, 4);
  ihdr.set([1, 0, 0, 0, 0], 8); // bit depth 1, greyscale, deflate, no filter method, no interlace
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

const QR_ALT: Record<Locale, string> = { bg: 'QR код', en: 'QR code', mk: 'QR код' };

/** A paragraph of the text part as HTML: lines kept, links clickable. */
function paragraph(p: string): string {
  const html = p
    .split('\n')
    .map((line) => escapeMarkup(line).replace(/https?:\/\/[^\s<]+/g, (url) => `<a href="${url}">${url}</a>`))
    .join('<br>\n');
  return `<p>${html}</p>`;
}

/**
 * The HTML part of an e-mail with a QR code: the text part's words, and the QR image with the
 * code in big letters next to it, right after the paragraph that gives the code (or at the end).
 */
export function htmlWithQr(text: string, qr: MailQr, locale: Locale): string {
  const caption = escapeMarkup(qr.caption);
  const block =
    `<table role="presentation" cellpadding="0" cellspacing="0" style="margin:16px 0"><tr>` +
    `<td style="padding:0 12px 8px 0;vertical-align:middle"><img src="cid:${qr.cid}" width="200" height="200" alt="${QR_ALT[locale]}: ${caption}" style="display:block;width:200px;height:200px"></td>` +
    `<td style="vertical-align:middle;font-family:'DejaVu Sans Mono',Menlo,Consolas,monospace;font-size:32px;font-weight:bold;letter-spacing:2px;white-space:nowrap">${caption}</td>` +
    `</tr></table>`;
  const paragraphs = text.split(/\n{2,}/);
  const at = paragraphs.findIndex((p) => p.includes(qr.caption));
  const parts = paragraphs.map(paragraph);
  parts.splice(at === -1 ? parts.length : at + 1, 0, block);
  return `<!doctype html>\n<html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"></head>\n<body style="font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5">\n${parts.join('\n')}\n</body></html>\n`;
}
