import { describe, expect, it } from 'vitest';
import { decodeCsvBytes, fromCsvCell, parseCsvText, readCsv, toCsv } from './csv';

const bytes = (s: string) => new TextEncoder().encode(s);

describe('reading a CSV file', () => {
  it('reads UTF-8 with and without a byte order mark', () => {
    expect(decodeCsvBytes(bytes('\uFEFFName\nZoë'))).toEqual({ ok: true, text: 'Name\nZoë', encoding: 'UTF-8' });
    expect(decodeCsvBytes(bytes('Name\nZoë'))).toMatchObject({ ok: true, encoding: 'UTF-8' });
  });

  it('reads Windows-1252 (what Excel on Windows saves as CSV) and says so', () => {
    // "Zoë Müller,Café" in Windows-1252: ë = 0xEB, ü = 0xFC, é = 0xE9; not valid UTF-8.
    const cp1252 = Uint8Array.from([...'Name,Place\nZo', 0xeb, ...' M', 0xfc, ...'ller,Caf', 0xe9].map((c) => (typeof c === 'string' ? c.charCodeAt(0) : c)));
    const read = readCsv(cp1252);
    expect(read).toMatchObject({ ok: true, encoding: 'Windows-1252', header: ['Name', 'Place'] });
    expect(read.ok && read.rows[0]!.cells).toEqual(['Zoë Müller', 'Café']);
  });

  it('reads UTF-16 with a byte order mark (Excel "Unicode text"), tab-separated', () => {
    const text = '\uFEFFName\tInitials\nZoë Ash\tZA';
    const utf16 = new Uint8Array(text.length * 2);
    for (let i = 0; i < text.length; i++) utf16.set([text.charCodeAt(i) & 0xff, text.charCodeAt(i) >> 8], i * 2);
    expect(readCsv(utf16)).toMatchObject({ ok: true, encoding: 'UTF-16', header: ['Name', 'Initials'], rows: [{ row: 2, cells: ['Zoë Ash', 'ZA'] }] });
  });

  it('refuses an empty file, a header with no rows, a workbook and a binary file in plain words', () => {
    expect(readCsv(new Uint8Array())).toEqual({ ok: false, message: expect.stringMatching(/empty/) });
    expect(readCsv(bytes('  \n\n'))).toEqual({ ok: false, message: expect.stringMatching(/empty/) });
    expect(readCsv(bytes('Name,Initials\n\n'))).toEqual({ ok: false, message: expect.stringMatching(/no rows/) });
    expect(readCsv(Uint8Array.from([0x50, 0x4b, 3, 4, 0, 0]))).toEqual({ ok: false, message: expect.stringMatching(/workbook \(\.xlsx or \.ods\), not CSV.*Save As/) });
    expect(readCsv(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]))).toEqual({
      ok: false,
      message: expect.stringMatching(/not a CSV file/),
    });
    expect(readCsv(bytes('Just a letter to the team.\nNothing tabular here.'))).toEqual({ ok: false, message: expect.stringMatching(/one column/) });
  });

  it('keeps quotes, commas and newlines inside cells, skips blank lines and counts rows as a spreadsheet does', () => {
    const parsed = parseCsvText('Name,Note\r\n"Ash, Zoë","says ""hi""\nthen leaves"\r\n\r\nBo,plain\r\n');
    expect(parsed).toEqual({
      ok: true,
      header: ['Name', 'Note'],
      rows: [
        { row: 2, cells: ['Ash, Zoë', 'says "hi"\nthen leaves'] },
        { row: 4, cells: ['Bo', 'plain'] },
      ],
    });
  });

  it('detects semicolons (European spreadsheets) and says where a quote is never closed', () => {
    expect(parseCsvText('Name;Initials\nZoë Ash;ZA')).toMatchObject({ ok: true, rows: [{ cells: ['Zoë Ash', 'ZA'] }] });
    expect(parseCsvText('Name,Note\nZoë,"never closed\nBo,x')).toEqual({ ok: false, message: expect.stringMatching(/quote.*never closed/) });
  });
});

describe('writing CSV for a spreadsheet', () => {
  it('escapes cells a spreadsheet would run, and reading takes the escape off again', () => {
    const risky = ['=HYPERLINK("http://x","y")', '+1 555', '-2', '@SUM(A1)', '\tTab', '\rCR', '=1+1\nsecond line', 'plain', 'a "quoted", multi\nline'];
    const csv = toCsv(['Cell'], risky.map((r) => [r]));
    const lines = parseCsvText(csv);
    expect(lines.ok && lines.rows.map((r) => r.cells[0])).toEqual(risky.map((r) => r.trim()));
    for (const r of risky.slice(0, 7)) expect(csv).toContain(`"'${r.replace(/"/g, '""')}"`);
    expect(csv).not.toMatch(/^=|\n=/);
  });

  it('keeps text that merely starts with a quote as it is', () => {
    expect(fromCsvCell("'twas")).toBe("'twas");
    expect(fromCsvCell("'=1+1")).toBe('=1+1');
    expect(fromCsvCell('=1+1')).toBe('=1+1');
  });
});
