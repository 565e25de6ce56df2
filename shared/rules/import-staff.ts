/** Importing and exporting staff: one row per person, matched on the name. */
import { STAFF_ROLE_LABELS, STAFF_ROLES, type Staff, type StaffRole } from '../domain';
import { exportHeader, type ImportPlan, type ImportRow, type RowProblem } from '../import';
import type { ShiftPattern, StaffAvailability } from '../schedule';
import { staffCreateInput } from '../schemas';
import { enumOf, formatWeek, listOf, numberOf, sameWeek, weekOf, yesNoOf } from './import-cells';
import { problemsOf } from './import-problems';

/** A staff member as the board has them, with their usual week. */
export interface StaffRecord {
  staff: Staff;
  pattern: ShiftPattern;
}

export interface StaffImportValue extends Omit<Staff, 'id' | 'version'> {
  /** Absent when the file has no usual-week column: the usual week stays as it is. */
  pattern?: ShiftPattern;
}

/** Names people commonly write for a role. */
const ROLE_ALIASES: Record<string, StaffRole> = {
  rn: 'registered_nurse',
  nurse: 'registered_nurse',
  lpn: 'licensed_practical_nurse',
  np: 'nurse_practitioner',
  npp: 'nurse_practitioner',
  md: 'psychiatrist',
  cm: 'case_manager',
  pa: 'program_assistant',
  sw: 'social_worker',
  lcsw: 'social_worker',
  peer: 'peer_specialist',
  tl: 'team_leader',
  'team lead': 'team_leader',
};

/** Colours given to new staff without one, in turn: distinct on the board and readable with white text. */
const PALETTE = ['#2563eb', '#db2777', '#059669', '#d97706', '#7c3aed', '#0891b2', '#dc2626', '#4d7c0f', '#9333ea', '#0f766e', '#b45309', '#be123c'];

const NO_WEEK: ShiftPattern = [null, null, null, null, null, null, null];

/** Staff with their usual weeks, from the lists the API gives (staff.list, availability.list). */
export function staffRecordsOf(staff: readonly Staff[], availability: readonly StaffAvailability[]): StaffRecord[] {
  const weeks = new Map(availability.map((a) => [a.staffId, a.pattern]));
  return staff.map((s) => ({ staff: s, pattern: weeks.get(s.id) ?? NO_WEEK }));
}

export const personKey = (name: string): string => name.trim().replace(/\s+/g, ' ').toLowerCase();

export function planStaffImport(rows: readonly ImportRow[], existing: readonly StaffRecord[]): ImportPlan<StaffImportValue> {
  const plan: ImportPlan<StaffImportValue> = { rows: [], problems: [] };
  const byName = new Map(existing.map((r) => [personKey(r.staff.name), r]));
  const seenNames = new Map<string, number>();
  /** Initials -> who holds them after the import (the board tells people apart by them). */
  const initialsOwner = new Map(existing.map((r) => [r.staff.initials.toUpperCase(), r.staff.name]));
  let newCount = 0;
  for (const { row, cells } of rows) {
    const problems: string[] = [];
    const name = (cells.name ?? '').trim();
    const key = personKey(name);
    const current = byName.get(key);
    if (!name) problems.push('The name is missing.');
    else if (seenNames.has(key)) problems.push(`${name} is also on row ${seenNames.get(key)}; list each person once.`);
    if (name) seenNames.set(key, row);

    const roleText = cells.role ?? '';
    const role = roleText.trim() ? enumOf(STAFF_ROLES, STAFF_ROLE_LABELS, roleText, ROLE_ALIASES) : (current?.staff.role ?? null);
    if (!role) {
      problems.push(
        roleText.trim()
          ? `The role “${roleText}” is not one the board knows; use one of: ${listOf(STAFF_ROLES, STAFF_ROLE_LABELS)}.`
          : 'The role is missing.',
      );
    }
    const fteText = (cells.fte ?? '').trim();
    const fte = fteText ? numberOf(fteText) : (current?.staff.fte ?? 1);
    if (fte === null) problems.push(`The FTE “${fteText}” is not a number; write it like 1.0 or 0.5.`);
    const activeText = (cells.active ?? '').trim();
    const active = activeText ? yesNoOf(activeText) : (current?.staff.active ?? true);
    if (active === null) problems.push(`Active “${activeText}” should be yes or no.`);
    let pattern: ShiftPattern | undefined;
    if (cells.usualWeek !== undefined) {
      const week = weekOf(cells.usualWeek);
      if ('problem' in week) problems.push(`The usual week: ${week.problem}`);
      else pattern = week.pattern;
    }
    const colour = (cells.colour ?? '').trim() || current?.staff.colour || PALETTE[(existing.length + newCount) % PALETTE.length]!;
    const candidate = {
      name,
      initials: (cells.initials ?? '').trim() || current?.staff.initials || '',
      role: role ?? 'case_manager',
      fte: fte ?? 1,
      colour,
      active: active ?? true,
    };
    const checked = staffCreateInput.safeParse(candidate);
    if (!checked.success) {
      problems.push(...problemsOf(checked.error, { name: 'The name', initials: `The initials “${candidate.initials}”`, fte: `The FTE ${candidate.fte}`, colour: `The colour “${colour}”` }, name ? [] : ['name']));
    } else {
      const owner = initialsOwner.get(checked.data.initials);
      if (owner !== undefined && personKey(owner) !== key) {
        problems.push(`The initials ${checked.data.initials} already belong to ${owner}; the board tells staff apart by initials.`);
      }
      initialsOwner.set(checked.data.initials, owner ?? name);
    }
    if (problems.length) {
      plan.problems.push(...problems.map((message): RowProblem => ({ row, message })));
      continue;
    }
    const value: StaffImportValue = { ...checked.data!, ...(pattern ? { pattern } : {}) };
    if (!current) newCount++;
    plan.rows.push({
      row,
      id: current?.staff.id ?? null,
      value,
      outcome: !current ? 'new' : sameStaff(current, value) ? 'unchanged' : 'changed',
    });
  }
  return plan;
}

function sameStaff(current: StaffRecord, v: StaffImportValue): boolean {
  const s = current.staff;
  return (
    s.name === v.name &&
    s.initials === v.initials &&
    s.role === v.role &&
    s.fte === v.fte &&
    s.colour.toLowerCase() === v.colour.toLowerCase() &&
    s.active === v.active &&
    (v.pattern === undefined || sameWeek(current.pattern, v.pattern))
  );
}

/** The staff as a CSV table with the import's own columns. */
export function staffExportTable(records: readonly StaffRecord[]): { header: string[]; rows: string[][] } {
  return {
    header: exportHeader('staff'),
    rows: records.map(({ staff: s, pattern }) => [
      s.name,
      s.initials,
      STAFF_ROLE_LABELS[s.role],
      String(s.fte),
      s.colour,
      s.active ? 'yes' : 'no',
      formatWeek(pattern),
    ]),
  };
}
