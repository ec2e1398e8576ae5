import fs from 'node:fs';
import path from 'node:path';
import { ERROR_CODES } from './error-codes';

/** docs/api.md is the contract people read: every code the server can answer is in its table, with its status. */
describe('the error codes of docs/api.md', () => {
  const doc = fs.readFileSync(path.resolve(__dirname, '../../../docs/api.md'), 'utf8');
  const rows = new Map([...doc.matchAll(/^\| `([a-z_]+)` \| (\d{3}) \|/gm)].map((m) => [m[1], Number(m[2])]));

  it('lists every code of error-codes.ts with its HTTP status', () => {
    const codes = Object.entries(ERROR_CODES).map(([code, e]) => [code, (e as { status: number }).status]);
    expect(codes.filter(([code, status]) => rows.get(code as string) !== status)).toEqual([]);
  });

  it('lists no code the server does not have', () => {
    expect([...rows.keys()].filter((code) => !(code in ERROR_CODES))).toEqual([]);
  });
});
