import { ApiError, type ParsedInput } from '../../shared/api';
import type { ContactLocation, Intervention } from '../../shared/domain';
import { fromRRule, occurrencesBetween, toRRule } from '../../shared/rules/recurrence';
import { TIME_OFF_LOOKAHEAD_DAYS, preferredStaffWarnings } from '../../shared/rules/preferred-staff';
import type { RoleNeed, SavedScheduleItem, ScheduleItem, TimeWindow } from '../../shared/schedule';
import { addDays, todayIn, formatDate } from '../../shared/time';
import { listAvailability } from './availability';
import { getClient } from './clients';
import { type CallContext, checkVersion, notFound } from './context';
import type { HandlersFor } from './handler';
import { shownScheduleItem } from './privacy';
import { getSettings, teamTimeFormatter } from './settings';
import { getStaff, requireActiveStaff } from './staff';

interface ItemRow {
  id: number;
  client_id: number;
  rrule: string;
  starts_on: string;
  ends_on: string | null;
  start_minute: number | null;
  time_window: TimeWindow | null;
  duration_minutes: number;
  intervention: Intervention;
  location: ContactLocation;
  role_needed: RoleNeed;
  preferred_staff_id: number | null;
  applies_when: ScheduleItem['appliesWhen'];
  note: string;
  version: number;
  updated_at: string;
}

const toItem = (r: ItemRow): ScheduleItem => ({
  id: r.id,
  clientId: r.client_id,
  rule: fromRRule(r.rrule),
  rrule: r.rrule,
  startsOn: r.starts_on,
  endsOn: r.ends_on,
  startMinute: r.start_minute,
  window: r.time_window,
  durationMinutes: r.duration_minutes,
  intervention: r.intervention,
  location: r.location,
  roleNeeded: r.role_needed,
  preferredStaffId: r.preferred_staff_id,
  appliesWhen: r.applies_when,
  note: r.note,
  version: r.version,
});

export function listItems(ctx: Pick<CallContext, 'db'>, clientId?: number): ScheduleItem[] {
  const rows = (
    clientId === undefined
      ? ctx.db.prepare('SELECT * FROM schedule_items ORDER BY client_id, id').all()
      : ctx.db.prepare('SELECT * FROM schedule_items WHERE client_id = ? ORDER BY id').all(clientId)
  ) as ItemRow[];
  return rows.map(toItem);
}

function row(ctx: Pick<CallContext, 'db'>, id: number): ItemRow {
  const r = ctx.db.prepare('SELECT * FROM schedule_items WHERE id = ?').get(id) as ItemRow | undefined;
  if (!r) throw notFound('Schedule item', id);
  return r;
}

type ItemInput = ParsedInput<'schedule.items.create'>;

/** The stored form of an item, after the checks that need the database or the calendar. */
function prepare(ctx: CallContext, input: ItemInput, previousPreferred: number | null) {
  getClient(ctx, input.clientId);
  if (input.preferredStaffId !== null && input.preferredStaffId !== previousPreferred) {
    requireActiveStaff(ctx, input.preferredStaffId);
  }
  const rrule = toRRule(input.rule, input.startsOn, input.endsOn);
  // Look two years ahead when the rule has no end: a rule with no date in that span is a mistake.
  const horizon = input.endsOn ?? addDays(input.startsOn, 730);
  if (occurrencesBetween(rrule, input.startsOn, horizon).length === 0) {
    throw new ApiError(
      'validation',
      `This rule never falls on a day between ${formatDate(input.startsOn)} and ${formatDate(horizon)}; check the days and the dates.`,
    );
  }
  return {
    clientId: input.clientId,
    rrule,
    startsOn: input.startsOn,
    endsOn: input.endsOn,
    startMinute: input.start,
    window: input.window,
    durationMinutes: input.durationMinutes,
    intervention: input.intervention,
    location: input.location,
    roleNeeded: input.roleNeeded,
    preferredStaffId: input.preferredStaffId,
    appliesWhen: input.appliesWhen,
    note: input.note,
    now: ctx.nowIso,
  };
}

const COLUMNS = `client_id = @clientId, rrule = @rrule, starts_on = @startsOn, ends_on = @endsOn,
  start_minute = @startMinute, time_window = @window, duration_minutes = @durationMinutes,
  intervention = @intervention, location = @location, role_needed = @roleNeeded,
  preferred_staff_id = @preferredStaffId, applies_when = @appliesWhen, note = @note, updated_at = @now`;

/** Adds a schedule item (the caller audits). */
export function insertItem(ctx: CallContext, input: ItemInput): ScheduleItem {
  const { lastInsertRowid } = ctx.db
    .prepare(
      `INSERT INTO schedule_items (client_id, rrule, starts_on, ends_on, start_minute, time_window, duration_minutes,
       intervention, location, role_needed, preferred_staff_id, applies_when, note, updated_at)
       VALUES (@clientId, @rrule, @startsOn, @endsOn, @startMinute, @window, @durationMinutes, @intervention,
       @location, @roleNeeded, @preferredStaffId, @appliesWhen, @note, @now)`,
    )
    .run(prepare(ctx, input, null));
  return toItem(row(ctx, Number(lastInsertRowid)));
}

/** Overwrites a schedule item and bumps its version (the caller checks the version and audits); returns before and after. */
export function writeItem(ctx: CallContext, id: number, input: ItemInput): { before: ScheduleItem; after: ScheduleItem } {
  const current = row(ctx, id);
  const values = prepare(ctx, input, current.preferred_staff_id);
  ctx.db.prepare(`UPDATE schedule_items SET ${COLUMNS}, version = version + 1 WHERE id = @id`).run({ ...values, id });
  return { before: toItem(current), after: toItem(row(ctx, id)) };
}

/** The saved item with what is wrong with its preferred staff member (role, time off in the coming weeks). */
function withWarnings(ctx: CallContext, item: ScheduleItem): SavedScheduleItem {
  if (item.preferredStaffId === null) return { ...item, warnings: [] };
  const today = todayIn(getSettings(ctx).timeZone, ctx.now);
  const days = { from: today, to: addDays(today, TIME_OFF_LOOKAHEAD_DAYS - 1) };
  const timeOff = listAvailability(ctx, days).find((a) => a.staffId === item.preferredStaffId)?.timeOff ?? [];
  const warnings = preferredStaffWarnings({ ...item, preferred: getStaff(ctx, item.preferredStaffId), timeOff, today });
  return { ...item, warnings };
}

function createItem(ctx: CallContext, input: ItemInput): SavedScheduleItem {
  const created = insertItem(ctx, input);
  ctx.audit('create', 'schedule_item', created.id, undefined, created);
  ctx.changed('schedules');
  return withWarnings(ctx, created);
}

function updateItem(ctx: CallContext, input: ParsedInput<'schedule.items.update'>): SavedScheduleItem {
  const current = row(ctx, input.id);
  checkVersion('schedule item', { version: current.version, updatedAt: current.updated_at }, input.version, teamTimeFormatter(ctx));
  const { id, version: _version, ...fields } = input;
  const { before, after } = writeItem(ctx, id, fields);
  ctx.audit('update', 'schedule_item', id, before, after);
  ctx.changed('schedules');
  return withWarnings(ctx, after);
}

function deleteItem(ctx: CallContext, input: ParsedInput<'schedule.items.delete'>): { id: number } {
  const current = row(ctx, input.id);
  checkVersion('schedule item', { version: current.version, updatedAt: current.updated_at }, input.version, teamTimeFormatter(ctx));
  ctx.db.prepare('DELETE FROM schedule_items WHERE id = ?').run(input.id);
  ctx.audit('delete', 'schedule_item', input.id, toItem(current), undefined);
  ctx.changed('schedules');
  return { id: input.id };
}

export const scheduleItemHandlers: HandlersFor<
  'schedule.items.list' | 'schedule.items.create' | 'schedule.items.update' | 'schedule.items.delete'
> = {
  'schedule.items.list': (ctx, i) => listItems(ctx, i.clientId).map((item) => shownScheduleItem(ctx.privacy, item)),
  'schedule.items.create': createItem,
  'schedule.items.update': updateItem,
  'schedule.items.delete': deleteItem,
};
