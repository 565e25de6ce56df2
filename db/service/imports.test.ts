/** Issue 8 §3: bringing the roster in from CSV, against a real board file. */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ApiError, type Input, type Method } from '../../shared/api';
import { readCsv, toCsv } from '../../shared/csv';
import { guessMapping, type ImportKind, mapRows } from '../../shared/import';
import { clientsExportTable } from '../../shared/rules/import-clients';
import { schedulesExportTable } from '../../shared/rules/import-schedules';
import { staffExportTable } from '../../shared/rules/import-staff';
import { addDays } from '../../shared/time';
import { seedDemoAccess } from '../demo-access';
import type { SeatOptions } from './board-service';
import { staffRecords } from './imports';
import { setupTestBoard } from './test-kit';

const board = setupTestBoard();
const SAMPLES = path.resolve(__dirname, '../../samples');
const sample = (kind: ImportKind) => fs.readFileSync(path.join(SAMPLES, `${kind}.csv`), 'utf8');

/** What the import dialog sends for a CSV text: its rows by field, with the guessed mapping. */
function importOf(kind: ImportKind, csv: string | Uint8Array) {
  const table = readCsv(typeof csv === 'string' ? new TextEncoder().encode(csv) : csv);
  if (!table.ok) throw new Error(table.message);
  const mapping = guessMapping(kind, table.header);
  return { rows: mapRows(table, mapping), mapping };
}
const methodOf = { staff: 'import.staff', clients: 'import.clients', schedules: 'import.schedules' } as const;
const importCsv = (kind: ImportKind, csv: string | Uint8Array) => board.call(methodOf[kind], importOf(kind, csv));
const auditCount = () => (board.service.db.prepare("SELECT COUNT(*) AS n FROM audit_log WHERE action = 'import'").get() as { n: number }).n;

function importSamples() {
  return (['staff', 'clients', 'schedules'] as const).map((k) => importCsv(k, sample(k)));
}

/** The board's exports as CSV text, as the Export buttons write them. */
function exported(kind: ImportKind): string {
  const staff = board.call('staff.list', {});
  const clients = board.call('clients.list', {});
  const table =
    kind === 'staff'
      ? staffExportTable(staffRecords(board.service))
      : kind === 'clients'
        ? clientsExportTable(clients, staff)
        : schedulesExportTable(board.call('schedule.items.list', {}), clients, staff);
  return toCsv(table.header, table.rows);
}

describe('importing the sample roster', () => {
  it('adds 10 staff, 30 clients and their schedules, one audit entry per import', () => {
    const [staff, clients, schedules] = importSamples();
    expect(staff).toEqual({ created: 10, updated: 0, unchanged: 0 });
    expect(clients).toEqual({ created: 30, updated: 0, unchanged: 0 });
    expect(schedules!.created).toBeGreaterThanOrEqual(30);
    expect(auditCount()).toBe(3);
    const celia = board.call('clients.list', {}).find((c) => c.recordNumber === 'R-1002')!;
    const byInitials = new Map(board.call('staff.list', {}).map((s) => [s.initials, s.id]));
    expect(celia).toMatchObject({ name: 'Tamsin Bellweather', primaryStaffId: byInitials.get('FQ'), admissionDate: '2019-02-08' });
    expect(celia.teamStaffIds).toEqual([byInitials.get('CM'), byInitials.get('FQ'), byInitials.get('GV')]);
    const week = board.call('availability.list', {}).find((a) => a.staffId === byInitials.get('IB'))!.pattern;
    expect(week.map((s) => (s ? s.start : null))).toEqual([540, 540, 540, null, null, 540, 540]);
  });

  it('importing the same files again changes nothing at all', () => {
    importSamples();
    const before = board.snapshot();
    const again = importSamples();
    expect(again.map((s) => s.created + s.updated)).toEqual([0, 0, 0]);
    expect(again[1]!.unchanged).toBe(30);
    expect(board.snapshot()).toBe(before);
  });

  it('exports exactly the sample files back (a lossless round trip)', () => {
    importSamples();
    for (const kind of ['staff', 'clients', 'schedules'] as const) {
      expect(exported(kind), kind).toBe(sample(kind).trimEnd());
    }
  });

  it('then drafts tomorrow with staff columns holding cards', () => {
    importSamples();
    const tomorrow = addDays(board.call('board.get', { day: '2026-11-23' }).today, 1);
    const { contacts } = board.call('schedule.draft', { day: tomorrow });
    expect(contacts.filter((c) => c.staffId !== null).length).toBeGreaterThan(5);
  });

  it('updates what changed and says how many rows were new, changed or unchanged', () => {
    importSamples();
    const edited = sample('staff').replace('Dev Ranganathan,DR,Case manager,1', 'Dev Ranganathan,DR,Case manager,0.6').concat('Kit Nadeau,KN,Peer specialist,,,,\r\n');
    expect(importCsv('staff', edited)).toEqual({ created: 1, updated: 1, unchanged: 9 });
    expect(board.call('staff.list', {}).find((s) => s.initials === 'DR')!.fte).toBe(0.6);
  });

  it('remembers the columns chosen, per kind of file', () => {
    const csv = 'Employee,Inits,Job\nZoë Ash,ZA,RN\n';
    const mapping = { name: 'Employee', initials: 'Inits', role: 'Job' };
    const table = readCsv(new TextEncoder().encode(csv));
    if (!table.ok) throw new Error(table.message);
    board.call('import.staff', { rows: mapRows(table, mapping), mapping });
    const remembered = board.call('import.mappings', {});
    expect(remembered).toEqual({ staff: mapping, clients: null, schedules: null });
    expect(guessMapping('staff', table.header, remembered.staff)).toEqual(mapping);
  });
});

describe('bad input: a clear message, and nothing saved', () => {
  it('names every problem by row: a missing name, an unknown role, a bad date, a duplicate record number', () => {
    importCsv('staff', sample('staff'));
    board.expectRejected(
      () => importCsv('staff', 'Name,Initials,Role\n,AB,Case manager\nBo Ash,BA,Chef\nCy Ash,CA,RN\n'),
      'validation',
      /^Nothing was imported: 2 rows have problems\. Row 2: The name is missing\. Row 3: The role “Chef” is not one the board knows; use one of: Team leader/,
    );
    board.expectRejected(
      () =>
        importCsv(
          'clients',
          'Record number,Full name,Admission date\nR-1,Ann Ash,2024-02-30\nR-2,Bo Birch,3/7/2024\nR-2,Cy Cole,2024-01-01\n',
        ),
      'validation',
      /Row 2: The admission date “2024-02-30” is not a real date; write it like 2024-03-07 or 3\/7\/2024\. Row 4: Record number R-2 is also on row 3; each client once\./,
    );
    board.expectRejected(
      () => importCsv('clients', 'Full name,Admission date\nAnn Ash,2024-01-01\nann  ash,2024-01-01\n'),
      'validation',
      /Row 3: ann {2}ash is also on row 2, and neither has a record number/,
    );
  });

  it('a required column missing from the file is a problem on every row; an extra column is left out', () => {
    board.expectRejected(() => importCsv('staff', 'Name,Role\nZoë Ash,RN\n'), 'validation', /Row 2: The initials “” must be 1 to 4 letters/);
    expect(importCsv('staff', 'Name,Initials,Role,Shoe size\nZoë Ash,ZA,RN,41\n')).toEqual({ created: 1, updated: 0, unchanged: 0 });
  });

  it('refuses 10,000 rows in one import with a message saying how to go on', () => {
    const rows = Array.from({ length: 10_000 }, (_, i) => `Person ${i},P,Case manager`).join('\n');
    board.expectRejected(() => importCsv('staff', `Name,Initials,Role\n${rows}`), 'validation', /rows must hold at most 2000 rows; split the file/);
  });

  it('keeps formula-like cells as text, and the export escapes them so a spreadsheet never runs them', () => {
    importCsv('staff', 'Name,Initials,Role\n"=HYPERLINK(""http://evil.example"",""Click"")",EV,RN\n@Ann Ash,AA,RN\n');
    const names = board.call('staff.list', {}).map((s) => s.name);
    expect(names).toContain('=HYPERLINK("http://evil.example","Click")');
    const csv = exported('staff');
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"",""Click"")"`);
    expect(csv).toContain(`"'@Ann Ash"`);
    const before = board.call('staff.list', {});
    expect(importCsv('staff', csv)).toEqual({ created: 0, updated: 0, unchanged: 2 });
    expect(board.call('staff.list', {})).toEqual(before);
  });

  it('keeps quotes, commas and newlines inside cells, through the export and back', () => {
    importSamples();
    const withNote = sample('schedules').replace('Depot; check the fridge log', '"Depot, left arm\r\nsay ""hi"" first"');
    expect(importCsv('schedules', withNote)).toMatchObject({ created: 0, updated: 1 });
    const note = board.call('schedule.items.list', {}).find((i) => i.intervention === 'injection')!.note;
    expect(note).toBe('Depot, left arm\r\nsay "hi" first');
    const before = board.snapshot();
    expect(importCsv('schedules', exported('schedules'))).toMatchObject({ created: 0, updated: 0 });
    expect(board.snapshot()).toBe(before);
  });

  it('reads a Windows-1252 file with accented names', () => {
    const latin1 = Uint8Array.from(Array.from('Name,Initials,Role\nRenée Müller,RM,Peer specialist\n', (c) => c.charCodeAt(0)));
    importCsv('staff', latin1);
    expect(board.call('staff.list', {}).map((s) => s.name)).toEqual(['Renée Müller']);
  });

  it('refuses schedules for unknown clients, bad days and times, and never saves part of a file', () => {
    importCsv('staff', sample('staff'));
    importCsv('clients', sample('clients'));
    board.expectRejected(
      () =>
        importCsv(
          'schedules',
          'Record number,Days,Time,Intervention,Preferred staff\nR-1001,Mon,09:00,Housing,DR\nR-9999,Mon,09:00,Housing,\nR-1002,Funday,25:00,Housing,ZZ\n',
        ),
      'validation',
      /Row 3: No client has the record number R-9999 \(import the clients first\)\. Row 4: The days “Funday” are not weekdays.*Row 4: The time “25:00” is not a time.*Row 4: The preferred staff “ZZ” is not an active staff member/,
    );
  });

  it('needs what adding one by hand needs: admin for staff, schedule for clients and schedules', () => {
    importCsv('staff', 'Name,Initials,Role\nDana Whitfield,DW,Team leader\nMarisol Vega,MV,RN\n');
    seedDemoAccess(board.service, new Date('2026-11-23T14:00:00Z'));
    const seat: SeatOptions = { token: null, onSession: (t) => (seat.token = t) };
    const call = <M extends Method>(m: M, input: Input<M>) => board.service.call(m, input, { seat });
    const mv = board.call('staff.list', {}).find((s) => s.initials === 'MV')!;
    call('auth.unlock', { staffId: mv.id, pin: '1003' });
    let error: unknown;
    try {
      call('import.staff', importOf('staff', 'Name,Initials,Role\nZoë Ash,ZA,RN\n'));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).code).toBe('forbidden');
    expect(call('import.clients', importOf('clients', 'Full name,Admission date\nZoë Ash,2024-01-01\n')).created).toBe(1);
    const entry = board.service.db.prepare("SELECT actor FROM audit_log WHERE action = 'import' AND entity = 'clients'").get();
    expect(entry).toEqual({ actor: 'Marisol Vega' });
  });
});
