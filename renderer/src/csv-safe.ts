/**
 * CSV that a spreadsheet opens as data, never as formulas: a cell whose text (or any line
 * of it) starts with = + - @ or a tab gets a leading apostrophe, so Excel, LibreOffice
 * and Sheets show it as text. Cells with newlines, quotes or commas are quoted (RFC 4180).
 */
import Papa from 'papaparse';

const FORMULA_START = /^[=+\-@\t\r]/;
/** A formula character right after a line break inside a cell. */
const FORMULA_AFTER_BREAK = /(\r\n|\r|\n)(?=[=+\-@\t])/g;

export type CsvCell = string | number | null | undefined;

export function csvSafeCell(value: CsvCell): string | number {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return value;
  const lines = value.replace(FORMULA_AFTER_BREAK, "$1'");
  return FORMULA_START.test(lines) ? `'${lines}` : lines;
}

/** Rows of named cells (the first row's names are the header) as safe CSV text. */
export function toSafeCsv(rows: Record<string, CsvCell>[]): string {
  const safe = rows.map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, csvSafeCell(v)])));
  return Papa.unparse(safe, { escapeFormulae: false, newline: '\r\n' });
}
