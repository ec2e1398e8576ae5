import { officePackageType } from './office-package';

/** The file types a consultation may publish, recognised by their content, not their name. Pure. */
export type AllowedType = 'pdf' | 'odt' | 'docx' | 'xlsx' | 'png' | 'jpeg';

export const MIME_TYPES: Record<AllowedType, string> = {
  pdf: 'application/pdf',
  odt: 'application/vnd.oasis.opendocument.text',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  png: 'image/png',
  jpeg: 'image/jpeg',
};

const startsWith = (buf: Buffer, bytes: number[]) => bytes.every((b, i) => buf[i] === b);

export function detectFileType(buf: Buffer): AllowedType | null {
  if (buf.length >= 5 && buf.subarray(0, 5).toString('latin1') === '%PDF-') return 'pdf';
  if (startsWith(buf, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (startsWith(buf, [0xff, 0xd8, 0xff])) return 'jpeg';
  // DOCX, XLSX and ODT are ZIP packages, checked by their structure (office-package.ts)
  if (startsWith(buf, [0x50, 0x4b, 0x03, 0x04])) return officePackageType(buf);
  return null;
}
