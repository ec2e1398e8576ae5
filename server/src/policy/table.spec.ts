import * as fs from 'node:fs';
import * as path from 'node:path';
import { renderPolicyTable } from './table';

const DOC = path.resolve(__dirname, '../../../docs/architecture.md');
const START = '<!-- policy-table:start (generated from server/src/policy/table.ts) -->\n';
const END = '<!-- policy-table:end -->';

describe('the "Who may do what" table in docs/architecture.md', () => {
  it('is the one the policies compute (WRITE_POLICY_TABLE=1 rewrites it)', () => {
    const doc = fs.readFileSync(DOC, 'utf8');
    const from = doc.indexOf(START);
    const to = doc.indexOf(END);
    expect(from).toBeGreaterThan(-1);
    expect(to).toBeGreaterThan(from);
    const table = renderPolicyTable();
    if (process.env.WRITE_POLICY_TABLE === '1') fs.writeFileSync(DOC, doc.slice(0, from + START.length) + '\n' + table + '\n' + doc.slice(to));
    else expect(doc.slice(from + START.length, to)).toBe('\n' + table + '\n');
  });
});
