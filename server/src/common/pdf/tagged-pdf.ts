import PDFDocument from 'pdfkit';
import type { Readable } from 'node:stream';
import { assetPath } from '../assets';
import type { Locale } from '../locale';

/**
 * Every PDF Sabor makes goes through this class: a tagged PDF 1.7 with PDF/UA-1 intent. The
 * catalog carries the document's language (`/Lang`), `/MarkInfo <</Marked true>>` and
 * `/DisplayDocTitle`; the fonts are DejaVu, embedded as subsets with a ToUnicode map; every
 * piece of text sits in a structure element (H1–H3, P, L/LI/Lbl/LBody, Table/TR/TH/TD) in
 * reading order, and what is not content (the page footer with its number, the bars of a
 * chart, a repeated table header) is marked as an artifact.
 *
 * It streams. PDFKit's own structure elements keep every child until the parent ends, and its
 * parent tree (which marked content belongs to which element, per page) until the document
 * ends; a справка of 100,000 proposals would hold a million objects that way. So the containers
 * (the document, a section) are written here as plain objects that remember only their
 * children's object numbers, each block is written as soon as it is drawn, and a page's entry
 * in the parent tree is written as its own object once all its marked content is placed.
 */

const FOOTER_PAGE: Record<Locale, string> = { bg: 'стр.', en: 'page', mk: 'стр.' };
const MARGIN = 50;

export type FontName = 'body' | 'bold';

export interface TaggedPdfOptions {
  locale: Locale;
  title: string;
  author: string;
  /** Printed at the foot of every page (as an artifact), beside the page number. */
  footer?: string;
  /** Tests only: write the objects uncompressed, to read them back as text. */
  compress?: boolean;
}

export interface TextStyle {
  font?: FontName;
  size?: number;
  color?: string;
  /** Space after the block, in lines. */
  gap?: number;
  indent?: number;
  /** The language of the text when it may differ from the document's: its element gets `/Lang`. */
  lang?: string;
}

export interface TableColumn {
  /** Header text; a column with `draw` has none (it is decoration, not a cell). */
  header?: string;
  width: number;
  align?: 'left' | 'right';
  /** A decorative column (a bar): drawn as an artifact for each row, not part of the table structure. */
  draw?: (row: number, x: number, y: number, width: number) => void;
}

interface Container {
  ref: PdfRef;
  kids: number[];
}

type PdfRef = { id: number; data: Record<string, unknown>; end(): void };
type StructElement = { dictionary: PdfRef; setParent(ref: PdfRef): void; setAttached(): void; add(child: unknown): StructElement; end(): void };
type Internals = {
  _root: PdfRef;
  _font: unknown;
  _fontSize: number;
  page: PDFKit.PDFPage & { structParentTreeKey: number; dictionary: PdfRef; markings: unknown[] };
  getStructTreeRoot(): PdfRef;
  getStructParentTree(): { _items: Record<string, unknown> };
  ref(data: unknown): PdfRef;
};

export class TaggedPdf {
  readonly doc: PDFKit.PDFDocument;
  private readonly internals: Internals;
  private readonly stack: Container[] = [];
  /** Parent-tree keys of pages whose array is still in memory. */
  private openPages = new Set<string>();
  private pageNumber = 0;
  /** Entries of the page tree already replaced by their object numbers. */
  private releasedPages = 0;
  private readonly lightProto: object;

  constructor(private readonly options: TaggedPdfOptions) {
    this.doc = new PDFDocument({
      size: 'A4',
      margins: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
      pdfVersion: '1.7',
      tagged: true,
      subset: 'PDF/UA' as PDFKit.Mixins.PDFSubsets, // @types/pdfkit lags: PDFKit 0.20 knows PDF/UA
      lang: options.locale,
      displayTitle: true,
      autoFirstPage: false,
      compress: options.compress ?? true,
      info: { Title: options.title, Author: options.author },
    });
    // no `font` option: PDFKit would load DejaVu under its path, and then parse the file again on
    // every font('body') (a font equal to a cached one under another name is not cached)
    this.doc.registerFont('body', assetPath('fonts/DejaVuSans.ttf'));
    this.doc.registerFont('bold', assetPath('fonts/DejaVuSans-Bold.ttf'));
    this.internals = this.doc as unknown as Internals;
    // a stand-in for a written object: an instance of PDFKit's reference class, printed `n 0 R`
    const refProto = Object.getPrototypeOf(Object.getPrototypeOf(this.internals._root)) as object;
    this.lightProto = Object.create(refProto, {
      toString: {
        value(this: { id: number }) {
          return `${this.id} 0 R`;
        },
      },
    }) as object;
    const root = this.internals.getStructTreeRoot();
    const document = this.internals.ref({ S: 'Document', P: root });
    root.data.K = [document];
    this.stack.push({ ref: document, kids: [] });
    this.doc.on('pageAdded', () => this.pageStarted());
    this.doc.addPage();
    this.doc.font('body');
  }

  get stream(): Readable {
    return this.doc as unknown as Readable;
  }

  get width(): number {
    return this.doc.page.width - 2 * MARGIN;
  }

  /** Starts a new page when less than `height` points are left on this one. */
  ensure(height: number): void {
    if (this.doc.y + height > this.doc.page.height - MARGIN) this.doc.addPage();
  }

  heading(level: 1 | 2 | 3, text: string, style: TextStyle = {}): void {
    const size = style.size ?? [15, 12, 10][level - 1];
    this.ensure(size * 2 + 40); // keep a heading with what follows it
    this.block(`H${level}`, () => this.write(text, { font: 'bold', ...style, size }));
  }

  paragraph(text: string, style: TextStyle = {}): void {
    this.element('P', (el) => el.add(() => this.write(text, style)), this.langOf(style.lang));
  }

  /**
   * One paragraph of runs in different fonts, such as "Answer: accepted". A run in a language
   * other than the document's (a reasoning written in Macedonian in a Bulgarian справка) is a
   * `Span` with its `/Lang`, so a screen reader reads it in that language.
   */
  runs(parts: Array<{ text: string; font?: FontName; lang?: string }>, style: TextStyle = {}): void {
    if (!parts.some((p) => this.langOf(p.lang))) {
      this.block('P', () => {
        this.style(style);
        parts.forEach((p, i) => this.doc.font(p.font ?? style.font ?? 'body').text(p.text, { continued: i < parts.length - 1 }));
        this.after(style);
      });
      return;
    }
    this.element('P', (el) => {
      this.style(style);
      parts.forEach((p, i) => {
        const draw = () => this.doc.font(p.font ?? style.font ?? 'body').text(p.text, { continued: i < parts.length - 1 });
        const lang = this.langOf(p.lang);
        if (!lang) return void el.add(draw);
        const span = this.child(el, 'Span', lang);
        span.add(draw);
        span.end();
      });
      this.after(style);
    });
  }

  list(items: string[], style: TextStyle = {}): void {
    const indent = style.indent ?? 10;
    this.element('L', (list) => {
      for (const item of items) {
        this.ensure((style.size ?? 9) * 2);
        const li = this.child(list, 'LI');
        const x = this.doc.page.margins.left + indent;
        const y = this.doc.y;
        this.leaf(li, 'Lbl', () => {
          this.style(style);
          this.doc.text('—', x, y, { lineBreak: false });
        });
        this.leaf(li, 'LBody', () => {
          this.style(style);
          this.doc.text(item, x + 12, y, { width: this.width - indent - 12, paragraphGap: 2 });
        });
        li.end();
      }
      this.doc.x = this.doc.page.margins.left;
      this.after(style);
    });
  }

  /**
   * A table with a header row of TH cells (scope Column) and a row of TD cells per entry. A
   * decorative column (`draw`) is painted as an artifact; `rows` hold the texts of the other columns. The header row is repeated, as an
   * artifact, at the top of a page the table continues on.
   */
  table(columns: TableColumn[], rows: string[][], style: TextStyle = {}): void {
    const size = style.size ?? 9;
    const left = this.doc.page.margins.left;
    const xs = columns.map((_, i) => left + columns.slice(0, i).reduce((s, c) => s + c.width + 5, 0));
    const cellColumns = columns.map((c, i) => ({ c, i })).filter(({ c }) => !c.draw);
    const cells = (row: string[]) => cellColumns.map(({ c, i }, j) => ({ c, i, text: row[j] ?? '' }));
    const height = (row: string[], font: FontName) => {
      this.doc.font(font).fontSize(size);
      return Math.max(size + 3, ...cells(row).map(({ c, text }) => this.doc.heightOfString(text, { width: c.width })));
    };
    const headers = cellColumns.map(({ c }) => c.header ?? '');
    const drawHeader = (y: number) => {
      for (const { c, i, text } of cells(headers)) this.doc.font('bold').fontSize(size).fillColor('#000').text(text, xs[i], y, { width: c.width, align: c.align ?? 'left' });
    };
    this.element('Table', (table) => {
      this.ensure(height(headers, 'bold') + height(rows[0] ?? headers, 'body') + 6);
      let y = this.doc.y;
      const h = height(headers, 'bold');
      const tr = this.child(table, 'TR');
      for (const { c, i, text } of cells(headers)) {
        this.leaf(tr, 'TH', () => this.doc.font('bold').fontSize(size).fillColor('#000').text(text, xs[i], y, { width: c.width, align: c.align ?? 'left' }), { scope: 'Column' });
      }
      tr.end();
      y += h + 3;
      rows.forEach((row, r) => {
        const rh = height(row, 'body');
        if (y + rh > this.doc.page.height - MARGIN) {
          this.doc.addPage();
          y = this.doc.y;
          this.artifact(() => drawHeader(y));
          y += h + 3;
        }
        const tr = this.child(table, 'TR');
        for (const { c, i, text } of cells(row)) {
          this.leaf(tr, 'TD', () => this.doc.font('body').fontSize(size).fillColor(style.color ?? '#000').text(text, xs[i], y, { width: c.width, align: c.align ?? 'left' }));
        }
        tr.end();
        columns.forEach((c, i) => c.draw && this.artifact(() => c.draw!(r, xs[i], y, c.width)));
        y += rh + 3;
      });
      this.doc.x = left;
      this.doc.y = y;
      this.doc.fillColor('#000');
      this.after(style);
    });
  }

  /** Drawing that is not content: bars, rules. */
  artifact(draw: () => void): void {
    this.doc.markContent('Artifact');
    draw();
    this.doc.endMarkedContent();
  }

  /** A `Sect` around what `body` adds, such as one proposal of the справка. */
  async section(body: () => void | Promise<void>): Promise<void> {
    const parent = this.top();
    const ref = this.internals.ref({ S: 'Sect', P: parent.ref });
    this.stack.push({ ref, kids: [] });
    try {
      await body();
    } finally {
      this.close();
    }
  }

  /** Synchronous variant of `section`. */
  sectionSync(body: () => void): void {
    const parent = this.top();
    const ref = this.internals.ref({ S: 'Sect', P: parent.ref });
    this.stack.push({ ref, kids: [] });
    try {
      body();
    } finally {
      this.close();
    }
  }

  /** Finishes the document: the structure containers, then PDFKit's own end. */
  end(): void {
    while (this.stack.length) this.close();
    this.compactParentTree(true);
    this.doc.end();
  }

  // --- internals ---

  private top(): Container {
    return this.stack[this.stack.length - 1];
  }

  private close(): void {
    const c = this.stack.pop()!;
    c.ref.data.K = c.kids.map((id) => this.light(id));
    c.ref.end();
    c.ref.data = {};
    if (this.stack.length) this.top().kids.push(c.ref.id);
  }

  /** A stand-in for a written object: PDFKit prints it as `n 0 R`. */
  private light(id: number): object {
    return Object.assign(Object.create(this.lightProto) as object, { id });
  }

  private style(style: TextStyle): void {
    this.doc.font(style.font ?? 'body').fontSize(style.size ?? 9).fillColor(style.color ?? '#000');
  }

  private after(style: TextStyle): void {
    this.doc.fillColor('#000');
    if (style.gap) this.doc.moveDown(style.gap);
  }

  private write(text: string, style: TextStyle): void {
    this.style(style);
    const x = this.doc.page.margins.left + (style.indent ?? 0);
    this.doc.text(text, x, this.doc.y, { width: this.width - (style.indent ?? 0) });
    this.doc.x = this.doc.page.margins.left;
    this.after(style);
  }

  /** A structure element with content, attached to the current container and written at once. */
  private block(type: string, draw: () => void): void {
    this.element(type, (el) => el.add(draw));
  }

  /** `{ lang }` for an element whose text is not in the document's language, else nothing. */
  private langOf(lang: string | null | undefined): { lang: string } | undefined {
    return lang && lang !== this.options.locale ? { lang } : undefined;
  }

  /** A structure element whose children `fill` adds, written when it returns. */
  private element(type: string, fill: (el: StructElement) => void, options?: { lang: string }): void {
    const el = this.doc.struct(type, options ?? {}) as unknown as StructElement;
    el.setParent(this.top().ref);
    el.setAttached();
    fill(el);
    el.end();
    this.top().kids.push(el.dictionary.id);
  }

  private child(parent: StructElement, type: string, options?: { lang: string }): StructElement {
    const el = this.doc.struct(type, options ?? {}) as unknown as StructElement;
    parent.add(el);
    return el;
  }

  private leaf(parent: StructElement, type: string, draw: () => void, options: { scope?: 'Column' | 'Row' } = {}): void {
    const el = this.doc.struct(type, options as PDFKit.Mixins.StructureElementOptions) as unknown as StructElement;
    parent.add(el);
    el.add(draw);
    el.end();
  }

  /** A new page: its footer (an artifact) and the parent-tree entries of the pages before. */
  private pageStarted(): void {
    this.pageNumber += 1;
    this.compactParentTree(false);
    this.releasePages();
    const doc = this.doc;
    const { x, y } = doc;
    const internals = this.internals;
    const [font, size] = [internals._font, internals._fontSize];
    const label = `${this.options.footer ? `${this.options.footer} · ` : ''}${FOOTER_PAGE[this.options.locale]} ${this.pageNumber}`;
    doc.save();
    this.artifact(() => {
      doc.font('body').fontSize(7).fillColor('#555');
      const text = label.length > 110 ? `${label.slice(0, 107)}…` : label;
      doc.text(text, MARGIN, doc.page.height - MARGIN + 18, { lineBreak: false });
    });
    doc.restore();
    internals._font = font;
    internals._fontSize = size;
    doc.x = x;
    doc.y = y;
    // the page's parent-tree key is made now, so compaction knows the page
    this.openPages.add(String(internals.page.structParentTreeKey));
  }

  /**
   * The page tree keeps every page (its dictionary, resources and fonts) until the end. Pages
   * before the previous one are written: keep only their object numbers.
   */
  private releasePages(): void {
    const kids = (this.internals._root.data.Pages as PdfRef).data.Kids as PdfRef[];
    for (; this.releasedPages < kids.length - 2; this.releasedPages++) kids[this.releasedPages] = this.light(kids[this.releasedPages].id) as PdfRef;
  }

  /**
   * Writes each page's parent-tree array (the element of every marked-content id on it) as its
   * own object once every id has its element, and keeps only that object's number.
   */
  private compactParentTree(all: boolean): void {
    const items = this.internals.getStructParentTree()._items;
    const current = this.internals.page ? String(this.internals.page.structParentTreeKey) : undefined;
    for (const key of this.openPages) {
      if (!all && key === current) continue;
      const entries = items[key] as unknown[];
      if (!Array.isArray(entries)) continue;
      if (!all && entries.some((e) => e === null || e === undefined)) continue;
      const ref = this.internals.ref(entries);
      ref.end();
      items[key] = this.light(ref.id);
      ref.data = {};
      this.openPages.delete(key);
    }
  }
}
