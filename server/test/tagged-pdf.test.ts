import { TaggedPdf } from '../src/common/pdf/tagged-pdf';
import { expectTaggedPdf, flatten, markedText, readPdf, textOf } from './pdf-structure';
import { pdfText } from './pdf-text';

function render(build: (pdf: TaggedPdf) => void, locale: 'bg' | 'en' | 'mk' = 'bg'): Promise<Buffer> {
  const pdf = new TaggedPdf({ locale, title: 'Проба: заглавие', author: 'Община Проба', footer: 'Проба' });
  build(pdf);
  pdf.end();
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    pdf.stream.on('data', (c: Buffer) => chunks.push(c)).on('end', () => resolve(Buffer.concat(chunks))).on('error', reject);
  });
}

describe('TaggedPdf: the shared PDF helper', () => {
  it('writes a tagged PDF 1.7 with the language, the title shown, embedded fonts and a tree in reading order', async () => {
    const buffer = await render((pdf) => {
      pdf.heading(1, 'Справка');
      pdf.paragraph('Текст на кирилица');
      pdf.table(
        [{ header: 'Отговор', width: 190 }, { width: 200, draw: (r, x, y, w) => pdf.doc.rect(x, y, w / (r + 1), 8).fill('#2b6cb0') }, { header: 'Брой', width: 90, align: 'right' }],
        [
          ['Да', '3'],
          ['Не', '1'],
        ],
      );
      pdf.list(['едно', 'две']);
      pdf.sectionSync(() => {
        pdf.heading(2, 'Раздел');
        pdf.runs([{ text: 'Решение: ', font: 'bold' }, { text: 'прието' }]);
      });
    }, 'mk');
    const tree = expectTaggedPdf(buffer, 'mk');
    const marked = markedText(readPdf(buffer));
    const doc = tree.kids[0];
    expect(doc.type).toBe('Document');
    expect(doc.kids.map((k) => k.type)).toEqual(['H1', 'P', 'Table', 'L', 'Sect']);
    expect(textOf(doc.kids[0], marked)).toBe('Справка');
    const table = doc.kids[2];
    expect(table.kids.map((tr) => tr.kids.map((c) => `${c.type}:${textOf(c, marked)}`))).toEqual([
      ['TH:Отговор', 'TH:Брой'],
      ['TD:Да', 'TD:3'],
      ['TD:Не', 'TD:1'],
    ]);
    expect(table.kids[0].kids[0].attributes).toContain('/Scope /Column');
    expect(doc.kids[3].kids.map((li) => li.kids.map((k) => k.type))).toEqual([
      ['Lbl', 'LBody'],
      ['Lbl', 'LBody'],
    ]);
    expect(doc.kids[4].kids.map((k) => `${k.type}:${textOf(k, marked)}`)).toEqual(['H2:Раздел', 'P:Решение: прието']);
    expect(pdfText(buffer)).toContain('Текст на кирилица');
    // the footer with the page number is an artifact: printed, but in no element
    expect(pdfText(buffer)).toContain('Проба · стр. 1');
    expect(flatten(tree).some((n) => textOf(n, marked).includes('стр.'))).toBe(false);
  });

  it('keeps a paragraph that runs over pages in one element, and numbers every page', async () => {
    const long = 'Дълъг абзац, който продължава. '.repeat(400);
    const buffer = await render((pdf) => {
      pdf.heading(1, 'Title');
      pdf.paragraph(long);
      pdf.paragraph('After');
    }, 'en');
    const tree = expectTaggedPdf(buffer, 'en');
    const marked = markedText(readPdf(buffer));
    const [h1, p, after] = tree.kids[0].kids;
    expect(h1.type).toBe('H1');
    expect(new Set(p.content.map((c) => c.page)).size).toBeGreaterThan(1);
    expect(textOf(p, marked).replace(/\s/g, '')).toBe(long.replace(/\s/g, ''));
    expect(textOf(after, marked)).toBe('After');
    const text = pdfText(buffer);
    expect(text).toContain('Проба · page 1');
    expect(text).toContain('Проба · page 2');
  });
});
