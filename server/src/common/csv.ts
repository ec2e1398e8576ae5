/** One CSV line (RFC 4180): quotes where needed, doubled quotes, CRLF; formulas defused for spreadsheets. */
export function csvLine(values: Array<string | number | null | undefined>): string {
  return `${values
    .map((v) => {
      if (v === null || v === undefined) return '';
      let s = String(v);
      if (typeof v === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
      return /[",\r\n;]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
    })
    .join(',')}\r\n`;
}
