import { DateTime } from 'luxon';
import { toCsv } from '../../shared/csv';

/** Saves a table as `act-board-<name>-<yyyyMMdd>.csv`, formulas escaped (shared/csv.ts). */
export function downloadCsv(name: string, header: string[], rows: string[][]): void {
  // The byte order mark makes Excel read the file as UTF-8.
  const blob = new Blob(['\uFEFF', toCsv(header, rows)], { type: 'text/csv;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = `act-board-${name}-${DateTime.now().toFormat('yyyyMMdd')}.csv`;
  a.click();
  URL.revokeObjectURL(url);
}
