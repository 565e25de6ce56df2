/**
 * Imports from CSV (issue 8): the rows are checked again here with the same rules the
 * preview ran (shared/rules/import-*.ts) against what is on the board now; anything
 * wrong refuses the whole import. One call is one transaction and one audit entry.
 */
import { ApiError, type ParsedInput } from '../../shared/api';
import { type ColumnMapping, countOutcomes, IMPORT_KINDS, type ImportKind, type ImportPlan, type ImportSummary } from '../../shared/import';
import { planClientImport } from '../../shared/rules/import-clients';
import { refusalMessage } from '../../shared/rules/import-problems';
import { planScheduleImport } from '../../shared/rules/import-schedules';
import { planStaffImport, type StaffRecord, staffRecordsOf } from '../../shared/rules/import-staff';
import { todayIn } from '../../shared/time';
import { listAvailability, replacePattern } from './availability';
import { getClient, listClients, writeClient } from './clients';
import type { CallContext } from './context';
import type { HandlersFor } from './handler';
import { insertItem, listItems, writeItem } from './schedule-items';
import { getSettings } from './settings';
import { getStaff, insertStaff, listStaff, writeStaff } from './staff';

type ImportInput = ParsedInput<'import.staff'>;

/** The board's staff with their usual weeks, as the staff import compares them. */
export const staffRecords = (ctx: Pick<CallContext, 'db'>): StaffRecord[] => staffRecordsOf(listStaff(ctx), listAvailability(ctx));

function refuseProblems(plan: ImportPlan<unknown>): void {
  if (plan.problems.length) throw new ApiError('validation', refusalMessage(plan));
}

/** Remembers the mapping and writes the one audit entry; an import that changes nothing writes nothing. */
function finish(ctx: CallContext, kind: ImportKind, input: ImportInput, plan: ImportPlan<unknown>, before: unknown[], after: unknown[]): ImportSummary {
  const mapping = JSON.stringify(input.mapping);
  const remembered = ctx.db.prepare('SELECT mapping_json AS m FROM import_mappings WHERE kind = ?').get(kind) as { m: string } | undefined;
  if (remembered?.m !== mapping) {
    ctx.db.prepare('INSERT OR REPLACE INTO import_mappings (kind, mapping_json, updated_at) VALUES (?, ?, ?)').run(kind, mapping, ctx.nowIso);
  }
  const summary = countOutcomes(plan);
  if (after.length) ctx.audit('import', kind, null, before.length ? before : undefined, { ...summary, records: after });
  return summary;
}

function importStaff(ctx: CallContext, input: ImportInput): ImportSummary {
  const plan = planStaffImport(input.rows, staffRecords(ctx));
  refuseProblems(plan);
  const records = new Map(staffRecords(ctx).map((r) => [r.staff.id, r]));
  const before: unknown[] = [];
  const after: unknown[] = [];
  for (const { outcome, id, value } of plan.rows) {
    if (outcome === 'unchanged') continue;
    const { pattern, ...fields } = value;
    const staffId = id === null ? insertStaff(ctx, fields) : (writeStaff(ctx, id, fields), id);
    if (id !== null) before.push(records.get(id));
    if (pattern) replacePattern(ctx, staffId, pattern);
    after.push({ staff: getStaff(ctx, staffId), pattern: pattern ?? records.get(staffId)?.pattern ?? null });
  }
  if (after.length) {
    ctx.changed('staff');
    ctx.changed('schedules');
    ctx.changed('contacts');
  }
  return finish(ctx, 'staff', input, plan, before, after);
}

function importClients(ctx: CallContext, input: ParsedInput<'import.clients'>): ImportSummary {
  const plan = planClientImport(input.rows, listClients(ctx), listStaff(ctx));
  refuseProblems(plan);
  const before: unknown[] = [];
  const after: unknown[] = [];
  for (const { outcome, id, value } of plan.rows) {
    if (outcome === 'unchanged') continue;
    // The plan has checked the staff and record numbers against the board as it is now.
    if (id !== null) before.push(getClient(ctx, id));
    after.push(getClient(ctx, writeClient(ctx, value, id)));
  }
  if (after.length) {
    ctx.changed('clients');
    ctx.changed('contacts');
  }
  return finish(ctx, 'clients', input, plan, before, after);
}

function importSchedules(ctx: CallContext, input: ParsedInput<'import.schedules'>): ImportSummary {
  const today = todayIn(getSettings(ctx).timeZone, ctx.now);
  const plan = planScheduleImport(input.rows, listClients(ctx), listStaff(ctx), listItems(ctx), today);
  refuseProblems(plan);
  const before: unknown[] = [];
  const after: unknown[] = [];
  for (const { outcome, id, value } of plan.rows) {
    if (outcome === 'unchanged') continue;
    if (id === null) after.push(insertItem(ctx, value));
    else {
      const written = writeItem(ctx, id, value);
      before.push(written.before);
      after.push(written.after);
    }
  }
  if (after.length) ctx.changed('schedules');
  return finish(ctx, 'schedules', input, plan, before, after);
}

function mappings(ctx: CallContext): Record<ImportKind, ColumnMapping | null> {
  const rows = ctx.db.prepare('SELECT kind, mapping_json FROM import_mappings').all() as { kind: ImportKind; mapping_json: string }[];
  const stored = new Map(rows.map((r) => [r.kind, JSON.parse(r.mapping_json) as ColumnMapping]));
  return Object.fromEntries(IMPORT_KINDS.map((k) => [k, stored.get(k) ?? null])) as Record<ImportKind, ColumnMapping | null>;
}

export const importHandlers: HandlersFor<'import.mappings' | 'import.staff' | 'import.clients' | 'import.schedules'> = {
  'import.mappings': mappings,
  'import.staff': importStaff,
  'import.clients': importClients,
  'import.schedules': importSchedules,
};
