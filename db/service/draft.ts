import { ApiError, type ParsedInput } from '../../shared/api';
import { type Contact, kindForLocation } from '../../shared/domain';
import { draftDay } from '../../shared/rules/draft';
import { activityBookings } from '../../shared/rules/staff-time';
import { staffDaysOn } from './availability';
import { appointmentsOn } from './appointments';
import { listClients } from './clients';
import { contactsOn, getContact } from './contacts';
import { type CallContext, checkVersion } from './context';
import type { HandlersFor } from './handler';
import { listItems } from './schedule-items';
import { activitiesOn } from './team-activities';
import { getSettings, teamTimeFormatter } from './settings';
import { listStaff, requireActiveStaff } from './staff';

/** Fills a day from every client's schedule; adds only what is missing, as one undoable run. */
function draft(ctx: CallContext, input: ParsedInput<'schedule.draft'>): { runId: number; contacts: Contact[] } {
  const { day } = input;
  const skipped = new Set(
    (ctx.db.prepare('SELECT source FROM draft_skips WHERE day = ?').all(day) as { source: string }[]).map((r) => r.source),
  );
  const drafted = draftDay({
    day,
    clients: listClients(ctx),
    items: listItems(ctx),
    appointments: appointmentsOn(ctx, day),
    staff: listStaff(ctx),
    staffDays: staffDaysOn(ctx, day),
    existing: [...contactsOn(ctx, day), ...activityBookings(activitiesOn(ctx, day))],
    skipped,
    travelBufferMinutes: getSettings(ctx).travelBufferMinutes,
  });
  const runId = Number(
    ctx.db.prepare('INSERT INTO draft_runs (day, at, actor) VALUES (?, ?, ?)').run(day, ctx.nowIso, ctx.actor).lastInsertRowid,
  );
  const insert = ctx.db.prepare(
    `INSERT INTO contacts (client_id, staff_id, day, start_minute, end_minute, intervention, location, kind, status, note,
     role_needed, source, draft_reason, draft_run_id, created_at, updated_at)
     VALUES (@clientId, @staffId, @day, @startMinute, @endMinute, @intervention, @location, @kind, 'planned', @note,
     @roleNeeded, @source, @reason, @runId, @now, @now)`,
  );
  const contacts = drafted.map((d) =>
    getContact(ctx, Number(insert.run({ ...d, kind: kindForLocation(d.location), day, runId, now: ctx.nowIso }).lastInsertRowid)),
  );
  ctx.audit('draft', 'day', runId, undefined, { day, created: contacts.length });
  if (contacts.length) ctx.changed('contacts', day);
  return { runId, contacts };
}

/**
 * Takes back what a draft run added. A contact someone has since changed (moved,
 * edited, given an outcome) stays: undoing the draft never undoes a person's work.
 */
function undoDraft(ctx: CallContext, input: ParsedInput<'schedule.undoDraft'>): { removed: number; kept: number } {
  const run = ctx.db.prepare('SELECT * FROM draft_runs WHERE id = ?').get(input.runId) as
    | { day: string; undone: number }
    | undefined;
  if (!run) throw new ApiError('not_found', `Draft ${input.runId} does not exist.`);
  if (run.undone) throw new ApiError('validation', 'That draft was already undone.');
  const made = ctx.db.prepare('SELECT id, version FROM contacts WHERE draft_run_id = ?').all(input.runId) as {
    id: number;
    version: number;
  }[];
  const untouched = made.filter((c) => c.version === 0);
  const remove = ctx.db.prepare('DELETE FROM contacts WHERE id = ?');
  for (const c of untouched) remove.run(c.id);
  ctx.db.prepare('UPDATE draft_runs SET undone = 1 WHERE id = ?').run(input.runId);
  ctx.audit('undo_draft', 'day', input.runId, { day: run.day, ids: untouched.map((c) => c.id) }, undefined);
  ctx.changed('contacts', run.day);
  return { removed: untouched.length, kept: made.length - untouched.length };
}

function setShiftManager(ctx: CallContext, input: ParsedInput<'day.setShiftManager'>) {
  const current = ctx.db.prepare('SELECT * FROM day_plans WHERE day = ?').get(input.day) as
    | { shift_manager_id: number | null; version: number; updated_at: string }
    | undefined;
  const version = current?.version ?? 0;
  checkVersion('day plan', { version, updatedAt: current?.updated_at ?? ctx.nowIso }, input.version, teamTimeFormatter(ctx));
  if (input.staffId !== null) requireActiveStaff(ctx, input.staffId);
  ctx.db
    .prepare(
      `INSERT INTO day_plans (day, shift_manager_id, version, updated_at) VALUES (?, ?, 1, ?)
       ON CONFLICT (day) DO UPDATE SET shift_manager_id = excluded.shift_manager_id, version = version + 1,
       updated_at = excluded.updated_at`,
    )
    .run(input.day, input.staffId, ctx.nowIso);
  ctx.audit('shift_manager', 'day', null, { day: input.day, staffId: current?.shift_manager_id ?? null }, input);
  ctx.changed('contacts', input.day);
  return { day: input.day, shiftManagerId: input.staffId, version: version + 1 };
}

export const draftHandlers: HandlersFor<'schedule.draft' | 'schedule.undoDraft' | 'day.setShiftManager'> = {
  'schedule.draft': draft,
  'schedule.undoDraft': undoDraft,
  'day.setShiftManager': setShiftManager,
};
