import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';

/**
 * Reads back what makes a PDF tagged: the header version, the catalog, the structure tree and
 * the marked content of the pages. PDFKit writes plain objects (no object streams), so the
 * dictionaries are text; only the content streams are deflated.
 */
export interface StructNode {
  type: string;
  /** `/A` attributes as written, e.g. `/O /Table /Scope /Column`. */
  attributes: string;
  kids: StructNode[];
  /** Marked content of this element: the page object and the MCID on it. */
  content: Array<{ page: number; mcid: number }>;
  /** `/Lang` of the element, when its text is in another language than the document's. */
  lang?: string;
}

export interface PdfParts {
  version: string;
  catalog: string;
  objects: Map<number, string>;
  streams: Map<number, Buffer>;
  resolve(ref: string | undefined): string;
}

export function readPdf(buffer: Buffer): PdfParts {
  const raw = buffer.toString('latin1');
  const objects = new Map<number, string>();
  const streams = new Map<number, Buffer>();
  const re = /(\d+) 0 obj\n/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(raw))) {
    const end = raw.indexOf('endobj', re.lastIndex);
    const body = raw.slice(re.lastIndex, end);
    const s = body.indexOf('\nstream\n');
    const id = Number(m[1]);
    if (s >= 0) {
      objects.set(id, body.slice(0, s));
      const data = Buffer.from(body.slice(s + 8, body.lastIndexOf('\nendstream')), 'latin1');
      streams.set(id, body.slice(0, s).includes('/FlateDecode') ? zlib.inflateSync(data) : data);
    } else objects.set(id, body);
    re.lastIndex = end;
  }
  const rootId = Number(/\/Root (\d+) 0 R/.exec(raw.slice(raw.lastIndexOf('trailer')))![1]);
  const resolve = (ref: string | undefined) => (ref ? (objects.get(Number(/(\d+) 0 R/.exec(ref)![1])) ?? '') : '');
  return { version: raw.slice(0, 8), catalog: objects.get(rootId)!, objects, streams, resolve };
}

/** The value of a key in a dictionary: a bracketed array, or a reference or number. */
function value(dict: string, key: string): string {
  const at = dict.indexOf(`${key} `);
  if (at < 0) return '';
  let i = at + key.length + 1;
  if (dict[i] !== '[') return /^(\d+ 0 R|\d+)/.exec(dict.slice(i))?.[1] ?? '';
  for (let depth = 0, start = i; i < dict.length; i++) {
    if (dict[i] === '[') depth++;
    else if (dict[i] === ']' && --depth === 0) return dict.slice(start, i + 1);
  }
  return '';
}

/** The structure tree from the catalog's /StructTreeRoot, children in their written order. */
export function structTree(pdf: PdfParts): StructNode {
  const rootRef = /\/StructTreeRoot (\d+ 0 R)/.exec(pdf.catalog)?.[1];
  if (!rootRef) throw new Error('no /StructTreeRoot');
  const node = (dict: string): StructNode => {
    const type = /\/S \/(\w+)/.exec(dict)?.[1] ?? 'StructTreeRoot';
    const attributes = /\/A <<([\s\S]*?)>>/.exec(dict)?.[1].replace(/\s+/g, ' ').trim() ?? '';
    const k = value(dict, '/K');
    const pg = Number(/\/Pg (\d+) 0 R/.exec(dict.replace(k, ''))?.[1] ?? 0);
    const content = [...k.matchAll(/<<[\s\S]*?\/Pg (\d+) 0 R[\s\S]*?\/MCID (\d+)[\s\S]*?>>/g)].map((x) => ({ page: Number(x[1]), mcid: Number(x[2]) }));
    const plain = k.replace(/<<[\s\S]*?>>/g, ' ');
    const refs = [...plain.matchAll(/(\d+) 0 R/g)].map((x) => x[0]);
    const mcids = plain.replace(/\d+ 0 R/g, ' ').match(/\d+/g)?.map(Number) ?? [];
    content.unshift(...mcids.map((mcid) => ({ page: pg, mcid })));
    const lang = /\/Lang \(([^)]*)\)/.exec(dict.replace(k, ''))?.[1];
    return { type, attributes, content, kids: refs.map((r) => node(pdf.resolve(r))), ...(lang ? { lang } : {}) };
  };
  return node(pdf.resolve(rootRef));
}

/** Every element of the tree, depth first: the reading order. */
export function flatten(node: StructNode): StructNode[] {
  return [node, ...node.kids.flatMap(flatten)];
}

/** The text of each marked-content id, per page object, decoded through the fonts' ToUnicode maps. */
export function markedText(pdf: PdfParts): Map<number, Map<number, string>> {
  const unicode = new Map<string, Map<number, string>>();
  const cmap = (fontRef: string) => {
    const known = unicode.get(fontRef);
    if (known) return known;
    const map = new Map<number, string>();
    const toUnicode = /\/ToUnicode (\d+) 0 R/.exec(pdf.resolve(fontRef))?.[1];
    const text = toUnicode ? pdf.streams.get(Number(toUnicode))!.toString('latin1') : '';
    const hex = (h: string) => Buffer.from(h, 'hex').swap16().toString('utf16le');
    for (const r of text.matchAll(/<([0-9a-f]+)> <([0-9a-f]+)> \[([^\]]*)\]/gi)) {
      const start = parseInt(r[1], 16);
      [...r[3].matchAll(/<([0-9a-f]+)>/gi)].forEach((u, i) => map.set(start + i, hex(u[1])));
    }
    unicode.set(fontRef, map);
    return map;
  };
  const result = new Map<number, Map<number, string>>();
  for (const [id, dict] of pdf.objects) {
    if (!/\/Type \/Page\b/.test(dict)) continue;
    const resources = pdf.resolve(/\/Resources (\d+ 0 R)/.exec(dict)![1]);
    const fonts = new Map([...(/\/Font <<([\s\S]*?)>>/.exec(resources)?.[1] ?? '').matchAll(/\/(\S+) (\d+ 0 R)/g)].map((f) => [f[1], f[2]]));
    const content = pdf.streams.get(Number(/\/Contents (\d+) 0 R/.exec(dict)![1]))!.toString('latin1');
    const texts = new Map<number, string>();
    const stack: Array<number | null> = [];
    let font = '';
    for (const t of content.matchAll(/\/MCID (\d+)\s*>> BDC|(BDC|BMC)\n|(EMC)\n|\/(\S+) [\d.]+ Tf|\[(.*)\] TJ|\n(T\*|Td|ET)\n/g)) {
      if (t[1]) stack.push(Number(t[1]));
      else if (t[2]) stack.push(null);
      else if (t[3]) stack.pop();
      else if (t[4]) font = fonts.get(t[4]) ?? '';
      else if (t[5] !== undefined) {
        const map = cmap(font);
        const s = [...t[5].matchAll(/<([0-9a-f]+)>/gi)].map((h) => h[1].match(/.{4}/g)!.map((c) => map.get(parseInt(c, 16)) ?? '').join('')).join('');
        const mcid = stack.findLast((x) => x !== null);
        if (mcid !== undefined && mcid !== null) texts.set(mcid, (texts.get(mcid) ?? '') + s);
      }
    }
    result.set(id, texts);
  }
  return result;
}

/** The text of an element and its descendants. */
export function textOf(node: StructNode, marked: Map<number, Map<number, string>>): string {
  return [...node.content.map((c) => marked.get(c.page)?.get(c.mcid) ?? ''), ...node.kids.map((k) => textOf(k, marked))].join(' ').replace(/\s+/g, ' ').trim();
}

/** Content-stream text of every page, deflated. */
export function pageContents(pdf: PdfParts): string[] {
  const pages = [...pdf.objects.values()].filter((d) => /\/Type \/Page\b/.test(d));
  return pages.map((d) => pdf.streams.get(Number(/\/Contents (\d+) 0 R/.exec(d)![1]))!.toString('latin1'));
}

/**
 * Text shown outside any marked content (neither an artifact nor tagged): the operators `Tj`/`TJ`
 * met while no BDC/BMC is open. Empty when every glyph is tagged or an artifact.
 */
export function untaggedText(content: string): string[] {
  const found: string[] = [];
  let depth = 0;
  for (const line of content.split('\n')) {
    if (/\b(BDC|BMC)$/.test(line)) depth++;
    else if (line === 'EMC') depth--;
    else if (/\bT[jJ]$/.test(line) && depth === 0) found.push(line);
  }
  return found;
}

/** `pdffonts` (poppler) rows: name, whether embedded, subset, with a ToUnicode map. */
export function pdfFonts(buffer: Buffer): Array<{ name: string; emb: boolean; sub: boolean; uni: boolean }> {
  const file = path.join(os.tmpdir(), `sabor-fonts-${process.pid}-${Date.now()}.pdf`);
  fs.writeFileSync(file, buffer);
  try {
    const out = execFileSync('pdffonts', [file], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
    return out.map((line) => {
      const cols = line.trim().split(/\s+/);
      const [emb, sub, uni] = cols.slice(-5, -2);
      return { name: cols[0], emb: emb === 'yes', sub: sub === 'yes', uni: uni === 'yes' };
    });
  } finally {
    fs.rmSync(file, { force: true });
  }
}

/** The checks every Sabor PDF passes: version, language, marked, title shown, fonts, all text tagged. */
export function expectTaggedPdf(buffer: Buffer, lang: string): StructNode {
  const pdf = readPdf(buffer);
  expect(pdf.version).toBe('%PDF-1.7');
  expect(pdf.catalog).toContain(`/Lang (${lang})`);
  expect(pdf.resolve(/\/MarkInfo (\d+ 0 R)/.exec(pdf.catalog)?.[1]).replace(/\s+/g, ' ')).toContain('/Marked true');
  expect(pdf.resolve(/\/ViewerPreferences (\d+ 0 R)/.exec(pdf.catalog)?.[1]).replace(/\s+/g, ' ')).toContain('/DisplayDocTitle true');
  const fonts = pdfFonts(buffer);
  expect(fonts.length).toBeGreaterThan(0);
  for (const f of fonts) expect(f).toEqual({ name: expect.stringContaining('DejaVu'), emb: true, sub: true, uni: true });
  for (const content of pageContents(pdf)) expect(untaggedText(content)).toEqual([]);
  return structTree(pdf);
}

/** The element types of the tree in reading order, with the heading texts left out. */
export function types(node: StructNode): string[] {
  return flatten(node).map((n) => n.type);
}
