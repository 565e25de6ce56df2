/**
 * CSV in and out, for spreadsheets: reading a file saved from Excel, LibreOffice or
 * Google Sheets (whatever its encoding), and writing one that a spreadsheet opens
 * without running anything in it.
 */
import Papa from 'papaparse';

/**
 * A CSV text whose cells a spreadsheet shows as text, never runs: a cell starting with
 * = + - @ (or a tab or carriage return) gets a leading single quote (OWASP "CSV
 * injection"). Quotes, commas and newlines inside cells are quoted. `fromCsvCell`
 * takes the quote off again, so an exported file imports back unchanged.
 */
export function toCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  // Papa's own `escapeFormulae: true` pattern ends in `.*$`, which misses a cell with a newline after the `=`.
  return Papa.unparse({ fields: [...header], data: rows.map((r) => [...r]) }, { escapeFormulae: FORMULA_START, newline: '\r\n' });
}

const FORMULA_START = /^[=+\-@\t\r]/;

const ESCAPED_FORMULA = /^'[=+\-@\t\r]/;

/** A cell's text as it was before `toCsv` escaped it; any other text is kept as it is (never run). */
export function fromCsvCell(cell: string): string {
  return ESCAPED_FORMULA.test(cell) ? cell.slice(1) : cell;
}

export type Decoded = { ok: true; text: string; encoding: 'UTF-8' | 'UTF-16' | 'Windows-1252' } | { ok: false; message: string };

const SAVE_AS_CSV = 'In your spreadsheet, choose File → Save As (or Download) → "CSV", then choose that file.';
const NOT_CSV = `This file is not a CSV file. ${SAVE_AS_CSV}`;

/**
 * The file's text: UTF-8 (with or without a byte order mark), UTF-16 with a byte order
 * mark (Excel's "Unicode text"), otherwise Windows-1252, which is what Excel on Windows
 * writes for "CSV" in Western Europe and the Americas. A binary file is refused.
 */
export function decodeCsvBytes(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { ok: false, message: 'The file is empty: there is nothing to import.' };
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) {
    return { ok: false, message: `This is a zipped document such as a spreadsheet workbook (.xlsx or .ods), not CSV. ${SAVE_AS_CSV}` };
  }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    const text = new TextDecoder(bytes[0] === 0xff ? 'utf-16le' : 'utf-16be').decode(bytes);
    return looksLikeText(text) ? { ok: true, text, encoding: 'UTF-16' } : { ok: false, message: NOT_CSV };
  }
  let text: string;
  let encoding: 'UTF-8' | 'Windows-1252' = 'UTF-8';
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder('windows-1252').decode(bytes);
    encoding = 'Windows-1252';
  }
  if (!looksLikeText(text)) return { ok: false, message: NOT_CSV };
  return { ok: true, text, encoding }; // TextDecoder drops a byte order mark itself
}

/** Control characters other than tab, newline and carriage return mean a binary file. */
function looksLikeText(text: string): boolean {
  const sample = text.slice(0, 64_000);
  // eslint-disable-next-line no-control-regex
  const controls = sample.match(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g)?.length ?? 0;
  return controls === 0;
}

export interface CsvTable {
  header: string[];
  /** Data rows with the spreadsheet row number each started on (the header is row 1). */
  rows: { row: number; cells: string[] }[];
}

export type ParsedCsv = ({ ok: true } & CsvTable) | { ok: false; message: string };

/**
 * Splits CSV text into a header and rows. The delimiter (comma, semicolon, tab) is
 * detected; blank lines are skipped; cells are trimmed and unescaped (`fromCsvCell`).
 */
export function parseCsvText(text: string): ParsedCsv {
  if (text.trim() === '') return { ok: false, message: 'The file is empty: there is nothing to import.' };
  const result = Papa.parse<string[]>(text, { skipEmptyLines: false, delimitersToGuess: [',', ';', '\t', '|'] });
  const unclosed = result.errors.find((e) => e.code === 'MissingQuotes');
  if (unclosed) {
    return {
      ok: false,
      message: `A quote opened on row ${(unclosed.row ?? 0) + 1} is never closed, so the rest of the file cannot be read. Check that row in your spreadsheet.`,
    };
  }
  const lines = result.data;
  const headerIndex = lines.findIndex((l) => l.some((c) => c.trim() !== ''));
  const header = lines[headerIndex]!.map((h) => fromCsvCell(h).trim());
  if (header.length < 2 && !text.includes(',') && !text.includes(';') && !text.includes('\t')) {
    return { ok: false, message: 'This file has only one column, so it is not a CSV roster. Save the spreadsheet as CSV (comma-separated) and choose it again.' };
  }
  const rows: CsvTable['rows'] = [];
  lines.forEach((cells, i) => {
    if (i <= headerIndex || cells.every((c) => c.trim() === '')) return;
    rows.push({ row: i + 1, cells: cells.map((c) => fromCsvCell(c).trim()) });
  });
  if (rows.length === 0) return { ok: false, message: 'The file has column names but no rows to import.' };
  return { ok: true, header, rows };
}

export type ReadCsv = ({ ok: true; encoding: string } & CsvTable) | { ok: false; message: string };

/** A file's bytes as a table: decoded (`decodeCsvBytes`) and split (`parseCsvText`). */
export function readCsv(bytes: Uint8Array): ReadCsv {
  const decoded = decodeCsvBytes(bytes);
  if (!decoded.ok) return decoded;
  const parsed = parseCsvText(decoded.text);
  return parsed.ok ? { ...parsed, encoding: decoded.encoding } : parsed;
}
