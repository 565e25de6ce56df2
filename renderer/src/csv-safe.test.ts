import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { csvSafeCell, toSafeCsv } from './csv-safe';

const HOSTILE = ['=1+2', '+SUM(A1)', '-2+3', '@cmd', '\tx', '=HYPERLINK("http://x")\nsecond line', 'note\n=1+2', 'a\r\n@b', 'plain, "quoted"'];

describe('CSV export cells', () => {
  it("Papa's own escapeFormulae (what the audit export used) misses a formula cell that holds a newline", () => {
    const csv = Papa.unparse([{ a: '=1+2\nx' }], { escapeFormulae: true });
    expect(Papa.parse<string[]>(csv).data[1]![0]).toBe('=1+2\nx');
  });

  it('neutralises a leading formula character, also in cells with newlines and on every line', () => {
    expect(csvSafeCell('=1+2')).toBe("'=1+2");
    expect(csvSafeCell('=1+2\nx')).toBe("'=1+2\nx");
    expect(csvSafeCell('note\n=1+2')).toBe("note\n'=1+2");
    expect(csvSafeCell('a\r\n@b')).toBe("a\r\n'@b");
    expect(csvSafeCell('\tx')).toBe("'\tx");
    expect(csvSafeCell('Dana Whitfield')).toBe('Dana Whitfield');
    expect(csvSafeCell(-5)).toBe(-5);
    expect(csvSafeCell(null)).toBe('');
  });

  it('quotes cells with newlines so they stay one cell, and no line of the file starts a formula', () => {
    const csv = toSafeCsv(HOSTILE.map((text, id) => ({ id, text })));
    for (const line of csv.split(/\r\n|\r|\n/)) expect(line).not.toMatch(/^[=+\-@\t]/);
    const parsed = Papa.parse<{ id: string; text: string }>(csv, { header: true }).data;
    expect(parsed.map((r) => r.text)).toEqual(HOSTILE.map((t) => csvSafeCell(t)));
    expect(parsed.every((r) => !/^[=+\-@\t\r]/.test(r.text))).toBe(true);
  });
});
