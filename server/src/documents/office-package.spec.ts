import { docxFile, odtFile, xlsxFile, zipOf } from '../../test/office-files';
import { officePackageType, zipEntries } from './office-package';

const TYPES = (override: string) => `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">${override}</Types>`;
const DOCX_MAIN = '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>';

describe('officePackageType', () => {
  it('recognises DOCX, XLSX and ODT by their package structure', () => {
    expect(officePackageType(docxFile())).toBe('docx');
    expect(officePackageType(xlsxFile())).toBe('xlsx');
    expect(officePackageType(odtFile())).toBe('odt');
  });

  it('reads the central directory', () => {
    expect(zipEntries(docxFile())!.map((e) => e.name)).toEqual(['[Content_Types].xml', '_rels/.rels', 'word/document.xml']);
  });

  it.each([
    ['the main part missing', zipOf([{ name: '[Content_Types].xml', data: TYPES(DOCX_MAIN) }])],
    ['the content types not declaring the main part', zipOf([{ name: '[Content_Types].xml', data: TYPES('') }, { name: 'word/document.xml', data: '<w:document/>' }])],
    ['unparseable content types', zipOf([{ name: '[Content_Types].xml', data: 'not xml at all' }, { name: 'word/document.xml', data: '<w:document/>' }])],
    ['content types with foreign elements', zipOf([{ name: '[Content_Types].xml', data: TYPES(`${DOCX_MAIN}<script>x</script>`) }, { name: 'word/document.xml', data: '<w:document/>' }])],
    ['an empty main part', zipOf([{ name: '[Content_Types].xml', data: TYPES(DOCX_MAIN) }, { name: 'word/document.xml', data: '' }])],
    ['an ODT whose mimetype is compressed', zipOf([{ name: 'mimetype', data: 'application/vnd.oasis.opendocument.text' }, { name: 'META-INF/manifest.xml', data: '<m/>' }, { name: 'content.xml', data: '<c/>' }])],
    ['an ODT without content.xml', zipOf([{ name: 'mimetype', data: 'application/vnd.oasis.opendocument.text', store: true }, { name: 'META-INF/manifest.xml', data: '<m/>' }])],
    ['an OpenDocument spreadsheet', zipOf([{ name: 'mimetype', data: 'application/vnd.oasis.opendocument.spreadsheet', store: true }, { name: 'META-INF/manifest.xml', data: '<m/>' }, { name: 'content.xml', data: '<c/>' }])],
    ['a DOCX cut short', docxFile().subarray(0, 200)],
  ])('refuses %s', (_name, buf) => {
    expect(officePackageType(buf)).toBeNull();
  });
});
