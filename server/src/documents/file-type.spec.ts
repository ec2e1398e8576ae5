import { detectFileType } from './file-type';

const zip = (...parts: string[]) => Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from(parts.join('\0'), 'latin1')]);

describe('detectFileType', () => {
  it.each([
    ['a PDF', Buffer.from('%PDF-1.7\n…'), 'pdf'],
    ['a PNG', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]), 'png'],
    ['a JPEG', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0]), 'jpeg'],
    ['a DOCX', zip('[Content_Types].xml', 'word/document.xml'), 'docx'],
    ['an XLSX', zip('[Content_Types].xml', 'xl/workbook.xml'), 'xlsx'],
    ['an executable named .pdf', Buffer.from('MZ\x90\x00\x03'), null],
    ['a plain zip', zip('virus.exe'), null],
    ['an HTML page', Buffer.from('<!doctype html><script>alert(1)</script>'), null],
    ['nothing', Buffer.alloc(0), null],
  ])('%s → %s', (_name, buf, expected) => {
    expect(detectFileType(buf)).toBe(expected);
  });

  it('recognises an OpenDocument text by its uncompressed mimetype entry', () => {
    const header = Buffer.alloc(30);
    header.write('PK\x03\x04', 0, 'latin1');
    const odt = Buffer.concat([header, Buffer.from('mimetypeapplication/vnd.oasis.opendocument.text', 'latin1')]);
    expect(detectFileType(odt)).toBe('odt');
  });
});
