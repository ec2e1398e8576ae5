import type { ReactNode } from 'react';
import { TableRegion } from '../../../components/TableRegion';

export interface BarRow {
  key: string;
  label: ReactNode;
  lang?: string;
  /** cells after the label, as text */
  cells: ReactNode[];
  /** 0…1: the bar's length; undefined draws no bar (a hidden or empty cell) */
  share?: number;
  /** the bar's own text, beside it */
  barText?: ReactNode;
  /** a hidden (suppressed) row: this text takes the place of its numbers and bar */
  hidden?: ReactNode;
}

/**
 * A chart that is also its data table: one row per answer, the numbers as text, and a bar
 * drawn with CSS beside the share. The bars are decoration (aria-hidden); screen readers read
 * the table. No chart library.
 */
export function BarTable({ caption, headers, barHeader, rows }: { caption: string; headers: string[]; barHeader: string; rows: BarRow[] }) {
  return (
    <TableRegion caption={caption}>
      <thead>
        <tr>
          {headers.map((h, index) => (
            <th key={h} scope="col" className={index > 0 ? 'numeric' : undefined}>
              {h}
            </th>
          ))}
          <th scope="col" className="bar-table__bar-header">
            {barHeader}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key}>
            <th scope="row" lang={row.lang}>
              {row.label}
            </th>
            {row.hidden ? (
              <td colSpan={row.cells.length + 1} className="bar-table__hidden">
                {row.hidden}
                <span className="bar-table__track" aria-hidden="true">
                  <span className="bar-table__bar bar-table__bar--hidden" />
                </span>
              </td>
            ) : (
              <>
                {row.cells.map((cell, index) => (
                  <td key={index} className="numeric">
                    {cell}
                  </td>
                ))}
                <td className="bar-table__cell">
                  <span className="bar-table__value">{row.barText}</span>
                  <span className="bar-table__track" aria-hidden="true">
                    {row.share !== undefined && <span className="bar-table__bar" style={{ width: `${Math.max(0, Math.min(1, row.share)) * 100}%` }} />}
                  </span>
                </td>
              </>
            )}
          </tr>
        ))}
      </tbody>
    </TableRegion>
  );
}
