import { docxFile, odtFile, xlsxFile, zipOf } from '../../test/office-files';
import { detectFileType } from './file-type';

/** What the old check accepted: "PK", then the two part names somewhere in the bytes. */
const crafted = (...parts: string[]) => Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from(parts.join('\0'), 'latin1')]);

describe('detectFileType', () => {
  it.each([
    ['a PDF', Buffer.from('%PDF-1.7\n…'), 'pdf'],
    ['a PNG', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]), 'png'],
    ['a JPEG', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0]), 'jpeg'],
    ['a DOCX', docxFile(), 'docx'],
    ['an XLSX', xlsxFile(), 'xlsx'],
    ['an ODT', odtFile(), 'odt'],
    ['an executable named .pdf', Buffer.from('MZ\x90\x00\x03'), null],
    ['a plain zip', zipOf([{ name: 'virus.exe', data: 'MZ' }]), null],
    ['a PK blob naming the DOCX parts', crafted('[Content_Types].xml', 'word/document.xml'), null],
    ['a PK blob naming the XLSX parts', crafted('[Content_Types].xml', 'xl/workbook.xml'), null],
    ['a PK blob with an OpenDocument mimetype', Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(26), Buffer.from('mimetypeapplication/vnd.oasis.opendocument.text', 'latin1')]), null],
    ['an HTML page', Buffer.from('<!doctype html><script>alert(1)</script>'), null],
    ['nothing', Buffer.alloc(0), null],
  ])('%s → %s', (_name, buf, expected) => {
    expect(detectFileType(buf)).toBe(expected);
  });
});
