import { csvLine } from './csv';

describe('csvLine', () => {
  it('quotes commas, quotes and line breaks', () => {
    expect(csvLine(['Чл. 1', 'да, но', 'каза "не"', 'ред 1\nред 2', 3, null])).toBe('Чл. 1,"да, но","каза ""не""","ред 1\nред 2",3,\r\n');
  });
  it('defuses text a spreadsheet would run as a formula', () => {
    expect(csvLine(['=HYPERLINK("x")', '-1', '+359'])).toBe(`"'=HYPERLINK(""x"")",'-1,'+359\r\n`);
  });
});
