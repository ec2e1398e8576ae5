import { inflateRawSync } from 'node:zlib';

/**
 * Office documents (DOCX, XLSX, ODT) are ZIP packages. They are recognised by their structure,
 * read from the ZIP's central directory, not by names found somewhere in the bytes: the package's
 * own index must list the parts, the parts must be there and inflate, and the part that declares
 * the document's type must say it. Pure: bytes in, a type or null out.
 */
export type OfficeType = 'docx' | 'xlsx' | 'odt';

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  localHeaderOffset: number;
}

/** The most any one part we read may inflate to (a ZIP bomb stops here). */
const MAX_PART_BYTES = 16 * 1024 * 1024;
const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/** The entries of the central directory, or null when the bytes are not a readable ZIP. */
export function zipEntries(buf: Buffer): ZipEntry[] | null {
  if (buf.length < 22) return null;
  // the end-of-central-directory record is in the last 22 + 65,535 (comment) bytes
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 0xffff); i--) {
    if (buf.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  const count = buf.readUInt16LE(eocd + 10);
  const size = buf.readUInt32LE(eocd + 12);
  const offset = buf.readUInt32LE(eocd + 16);
  if (count === 0xffff || offset === 0xffffffff || offset + size > eocd) return null; // ZIP64 or inconsistent
  const entries: ZipEntry[] = [];
  let p = offset;
  for (let n = 0; n < count; n++) {
    if (p + 46 > eocd || buf.readUInt32LE(p) !== CENTRAL) return null;
    const nameLength = buf.readUInt16LE(p + 28);
    const extraLength = buf.readUInt16LE(p + 30);
    const commentLength = buf.readUInt16LE(p + 32);
    if (p + 46 + nameLength > eocd) return null;
    entries.push({
      name: buf.subarray(p + 46, p + 46 + nameLength).toString('utf8'),
      method: buf.readUInt16LE(p + 10),
      compressedSize: buf.readUInt32LE(p + 20),
      size: buf.readUInt32LE(p + 24),
      localHeaderOffset: buf.readUInt32LE(p + 42),
    });
    p += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** The bytes of one entry (stored or deflated), or null when they cannot be read. */
export function readEntry(buf: Buffer, entry: ZipEntry): Buffer | null {
  const p = entry.localHeaderOffset;
  if (p + 30 > buf.length || buf.readUInt32LE(p) !== LOCAL) return null;
  const start = p + 30 + buf.readUInt16LE(p + 26) + buf.readUInt16LE(p + 28);
  const end = start + entry.compressedSize;
  if (end > buf.length || entry.size > MAX_PART_BYTES) return null;
  const raw = buf.subarray(start, end);
  try {
    if (entry.method === 0) return raw.length === entry.size ? raw : null;
    if (entry.method === 8) {
      const out = inflateRawSync(raw, { maxOutputLength: MAX_PART_BYTES });
      return out.length === entry.size ? out : null;
    }
  } catch {
    return null;
  }
  return null;
}

const OOXML_MAIN: Record<'docx' | 'xlsx', { part: string; contentType: string }> = {
  docx: { part: 'word/document.xml', contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml' },
  xlsx: { part: 'xl/workbook.xml', contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml' },
};
const CONTENT_TYPES_NS = 'http://schemas.openxmlformats.org/package/2006/content-types';
const ODT_MIME = 'application/vnd.oasis.opendocument.text';

/** An XML document's text if it looks like one (optional BOM and declaration, one root element, closed). */
function xmlText(bytes: Buffer | null): string | null {
  if (!bytes || bytes.length === 0) return null;
  const text = bytes.toString('utf8').replace(/^\uFEFF/, '').trim();
  if (!text.startsWith('<') || !text.endsWith('>')) return null;
  return text;
}

/** The `[Content_Types].xml` part's overrides, PartName → ContentType; null if it is not a content-types document. */
export function contentTypeOverrides(xml: string): Map<string, string> | null {
  const body = xml.replace(/^<\?xml[^>]*\?>\s*/, '');
  const root = /^<Types\b([^>]*)>([\s\S]*)<\/Types>$/.exec(body);
  if (!root || !root[1].includes(`xmlns="${CONTENT_TYPES_NS}"`)) return null;
  const overrides = new Map<string, string>();
  const inner = root[2];
  // only Default and Override elements, each self-closed
  const rest = inner.replace(/<(Default|Override)\b([^>]*)\/>/g, (_m, tag: string, attrs: string) => {
    if (tag === 'Override') {
      const name = /\bPartName="([^"]+)"/.exec(attrs)?.[1];
      const type = /\bContentType="([^"]+)"/.exec(attrs)?.[1];
      if (name && type) overrides.set(name.toLowerCase(), type);
    }
    return '';
  });
  if (rest.trim() !== '') return null;
  return overrides;
}

/** DOCX, XLSX or ODT by the package's structure; null for anything else (including a ZIP that only names those parts). */
export function officePackageType(buf: Buffer): OfficeType | null {
  const entries = zipEntries(buf);
  if (!entries) return null;
  const byName = new Map(entries.map((e) => [e.name, e]));

  // OpenDocument: the first entry is "mimetype", stored, holding the type; content.xml is there
  const first = entries[0];
  if (first?.name === 'mimetype') {
    if (first.method !== 0) return null;
    const mimetype = readEntry(buf, first)?.toString('latin1');
    if (mimetype !== ODT_MIME) return null;
    const content = byName.get('content.xml');
    const manifest = byName.get('META-INF/manifest.xml');
    if (!content || !manifest || !xmlText(readEntry(buf, content)) || !xmlText(readEntry(buf, manifest))) return null;
    return 'odt';
  }

  // Office Open XML: [Content_Types].xml declares the main part's type, and that part is there
  const typesEntry = byName.get('[Content_Types].xml');
  if (!typesEntry) return null;
  const typesXml = xmlText(readEntry(buf, typesEntry));
  const overrides = typesXml ? contentTypeOverrides(typesXml) : null;
  if (!overrides) return null;
  for (const type of ['docx', 'xlsx'] as const) {
    const { part, contentType } = OOXML_MAIN[type];
    const entry = byName.get(part);
    if (!entry || overrides.get(`/${part}`) !== contentType) continue;
    if (xmlText(readEntry(buf, entry))) return type;
  }
  return null;
}
