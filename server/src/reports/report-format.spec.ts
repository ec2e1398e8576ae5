import { csvLine, decisionTotals } from './report-format';

describe('csvLine', () => {
  it('quotes commas, quotes and line breaks', () => {
    expect(csvLine(['Чл. 1', 'да, но', 'каза "не"', 'ред 1\nред 2', 3, null])).toBe('Чл. 1,"да, но","каза ""не""","ред 1\nред 2",3,\r\n');
  });
  it('defuses text a spreadsheet would run as a formula', () => {
    expect(csvLine(['=HYPERLINK("x")', '-1', '+359'])).toBe(`"'=HYPERLINK(""x"")",'-1,'+359\r\n`);
  });
});

describe('decisionTotals', () => {
  it('counts each decision and the unanswered', () => {
    expect(decisionTotals(['accepted', 'accepted', 'not_accepted', null, 'noted'])).toEqual({ accepted: 2, partially_accepted: 0, not_accepted: 1, noted: 1, unanswered: 1 });
  });
});
