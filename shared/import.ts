/**
 * Bringing a roster in from a spreadsheet (CSV): the kinds of file, their columns,
 * how a file's columns are matched to them, and what a checked import looks like.
 * The rules for each kind are in shared/rules/import-*.ts; the renderer's preview and
 * the service's commit both run them, so what the preview promises is what is saved.
 */
import type { CsvTable } from './csv';

export const IMPORT_KINDS = ['staff', 'clients', 'schedules'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

/**
 * At most this many rows in one import. A real ACT team has up to ~20 staff and ~120
 * clients with a few schedule lines each; a bigger file is almost surely the wrong one,
 * and one import is one request to the host (1 MB at most, electron/host/server.ts).
 */
export const MAX_IMPORT_ROWS = 2000;
/** The largest import request the renderer sends; below the host's request limit. */
export const IMPORT_MAX_BYTES = 900_000;

export interface ImportField {
  /** The field's name in an import row. */
  key: string;
  /** The column name an export writes, and the first name matched on import. */
  label: string;
  required: boolean;
  /** What the cell holds, in words for the mapping step. */
  hint: string;
  /** Other column names spreadsheets use for it (compared without case, spaces or punctuation). */
  aliases: readonly string[];
}

const field = (key: string, label: string, required: boolean, hint: string, aliases: string[] = []): ImportField => ({
  key,
  label,
  required,
  hint,
  aliases,
});

export const IMPORT_FIELDS: Record<ImportKind, readonly ImportField[]> = {
  staff: [
    field('name', 'Name', true, 'Full name; matches a staff member already on the board', ['full name', 'staff', 'staff name', 'employee']),
    field('initials', 'Initials', true, '1 to 4 letters, shown on the board'),
    field('role', 'Role', true, 'e.g. Case manager, Registered nurse, RN, Peer specialist', ['job', 'position', 'title', 'discipline', 'job title']),
    field('fte', 'FTE', false, '0.1 to 1.0; empty: 1.0', ['full time equivalent', 'hours fte']),
    field('colour', 'Colour', false, '#RRGGBB; empty: one is chosen', ['color']),
    field('active', 'Active', false, 'yes or no; empty: yes', ['status']),
    field('usualWeek', 'Usual week', false, 'e.g. "Mon-Fri 08:30-16:30; Sat 10:00-14:00"; empty: no usual shifts', [
      'shifts',
      'schedule',
      'hours',
      'week',
    ]),
  ],
  clients: [
    field('recordNumber', 'Record number', false, 'Matches a client already on the board', ['record', 'record no', 'mrn', 'chart', 'chart number', 'client id', 'id']),
    field('name', 'Full name', true, 'The client’s full name', ['name', 'client', 'client name']),
    field('preferredName', 'Preferred name', false, 'Shown on the board; empty: the first name', ['known as', 'nickname', 'goes by']),
    field('admissionDate', 'Admission date', true, 'YYYY-MM-DD or M/D/YYYY', ['admitted', 'admission', 'admit date', 'start date']),
    field('status', 'Status', false, 'Active, Hospitalized, Incarcerated or Discharged; empty: Active'),
    field('primaryStaff', 'Primary care manager', false, 'Initials or name of a staff member', ['primary', 'primary staff', 'care manager', 'case manager']),
    field('team', 'Treatment team', false, 'Initials, separated by spaces or commas', ['team', 'itt', 'individual treatment team']),
    field('address', 'Address', false, 'Where the client lives, for the day sheet and travel; empty: kept as it is', ['home address', 'street address', 'residence']),
    field('phone', 'Phone', false, 'The client’s phone number; empty: kept as it is', ['phone number', 'telephone', 'tel', 'mobile', 'cell']),
  ],
  schedules: [
    field('recordNumber', 'Record number', true, 'The client’s record number', ['record', 'record no', 'mrn', 'chart', 'client id']),
    field('days', 'Days', true, 'e.g. "Mon Wed Fri", "Mon-Fri", or an RRULE such as FREQ=MONTHLY;BYMONTHDAY=1', [
      'day',
      'weekday',
      'weekdays',
      'rrule',
      'rule',
      'repeat',
      'recurrence',
    ]),
    field('time', 'Time', true, 'HH:MM, 9:30 am, or morning / afternoon / evening', ['start', 'start time', 'when', 'part of day']),
    field('durationMinutes', 'Minutes', false, 'How long; empty: 30', ['duration', 'length', 'mins']),
    field('intervention', 'Intervention', true, 'e.g. Medication delivery, Injection, Housing', ['service', 'visit', 'type']),
    field('location', 'Location', false, 'Community, Office or Phone; empty: Community', ['where', 'place']),
    field('preferredStaff', 'Preferred staff', false, 'Initials of a staff member', ['staff', 'preferred', 'staff initials', 'worker']),
    field('note', 'Note', false, 'Free text', ['notes', 'comment', 'comments']),
  ],
};

/** Which column of the file holds each field: field key -> column name. */
export type ColumnMapping = Record<string, string>;

/** One data row of the file, by field (only mapped fields are present), with its spreadsheet row number. */
export interface ImportRow {
  row: number;
  cells: Partial<Record<string, string>>;
}

export interface RowProblem {
  /** Spreadsheet row number (the header is row 1); 0 for a problem with the whole file. */
  row: number;
  message: string;
}

export type Outcome = 'new' | 'changed' | 'unchanged';

export interface PlannedRow<T> {
  row: number;
  outcome: Outcome;
  /** The existing record it updates. */
  id: number | null;
  value: T;
}

/** What an import would do: every row's outcome, or the problems that stop it. */
export interface ImportPlan<T> {
  rows: PlannedRow<T>[];
  problems: RowProblem[];
}

export interface ImportSummary {
  created: number;
  updated: number;
  unchanged: number;
}

export function countOutcomes(plan: ImportPlan<unknown>): ImportSummary {
  const n = (o: Outcome) => plan.rows.filter((r) => r.outcome === o).length;
  return { created: n('new'), updated: n('changed'), unchanged: n('unchanged') };
}

/** Lower case, letters and digits only: "Record No." and "record_no" are the same column. */
export const normalizeName = (s: string): string => s.toLowerCase().replace(/[^a-z0-9]/g, '');

/**
 * Which column holds each field: the remembered mapping where the file still has that
 * column, otherwise a column named like the field (its label, key or an alias).
 */
export function guessMapping(kind: ImportKind, header: readonly string[], remembered: ColumnMapping | null = null): ColumnMapping {
  const mapping: ColumnMapping = {};
  const taken = new Set<string>();
  const byName = new Map(header.map((h) => [normalizeName(h), h]));
  for (const f of IMPORT_FIELDS[kind]) {
    const memory = remembered?.[f.key];
    const found =
      memory !== undefined && header.includes(memory)
        ? memory
        : [f.label, f.key, ...f.aliases].map((n) => byName.get(normalizeName(n))).find((h) => h !== undefined && !taken.has(h));
    if (found !== undefined && !taken.has(found)) {
      mapping[f.key] = found;
      taken.add(found);
    }
  }
  return mapping;
}

/** Problems with the mapping itself: a required field with no column, or two fields on one column. */
export function mappingProblems(kind: ImportKind, header: readonly string[], mapping: ColumnMapping): string[] {
  const problems: string[] = [];
  const used = new Map<string, string>();
  for (const f of IMPORT_FIELDS[kind]) {
    const column = mapping[f.key];
    if (column === undefined || !header.includes(column)) {
      if (f.required) problems.push(`No column is chosen for ${f.label}, which every row needs.`);
      continue;
    }
    const other = used.get(column);
    if (other) problems.push(`The column “${column}” is chosen for both ${other} and ${f.label}; choose one column each.`);
    used.set(column, f.label);
  }
  return problems;
}

/** The columns of the file no field uses (they are left out of the import). */
export function unusedColumns(header: readonly string[], mapping: ColumnMapping): string[] {
  const used = new Set(Object.values(mapping));
  return header.filter((h) => h !== '' && !used.has(h));
}

/** The file's rows by field. */
export function mapRows(table: CsvTable, mapping: ColumnMapping): ImportRow[] {
  const index = Object.entries(mapping)
    .map(([key, column]) => [key, table.header.indexOf(column)] as const)
    .filter(([, i]) => i >= 0);
  return table.rows.map((r) => ({ row: r.row, cells: Object.fromEntries(index.map(([key, i]) => [key, r.cells[i] ?? ''])) }));
}

/** The header and rows an export writes for `kind`: the field labels, so the file imports back as it is. */
export const exportHeader = (kind: ImportKind): string[] => IMPORT_FIELDS[kind].map((f) => f.label);
