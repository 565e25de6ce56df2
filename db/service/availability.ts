import type { ParsedInput } from '../../shared/api';
import type { LocalDate } from '../../shared/domain';
import { staffDay } from '../../shared/rules/availability';
import type { Holiday, Shift, ShiftPattern, StaffAvailability, StaffDay, TimeOff, TimeOffKind } from '../../shared/schedule';
import type { CallContext } from './context';
import type { HandlersFor } from './handler';
import { shownAvailability } from './privacy';
import { getStaff, listStaff } from './staff';

type Minutes = { start_minute: number | null; end_minute: number | null };
const shiftOf = (r: Minutes): Shift | null =>
  r.start_minute === null || r.end_minute === null ? null : { start: r.start_minute, end: r.end_minute };

/** Days from `from` to `to`, inclusive. */
export interface DayRange {
  from: LocalDate;
  to: LocalDate;
}
const EVER: DayRange = { from: '0000-01-01', to: '9999-12-31' };

/**
 * Everyone's usual week, day changes and time off; with `days`, only the changes and time
 * off that touch those days (a day's board reads its day, not the years behind it).
 */
export function listAvailability(ctx: Pick<CallContext, 'db'>, days: DayRange = EVER): StaffAvailability[] {
  const patterns = ctx.db.prepare('SELECT * FROM shift_patterns').all() as ({ staff_id: number; weekday: number } & Minutes)[];
  const changes = ctx.db.prepare('SELECT * FROM shift_changes WHERE day BETWEEN @from AND @to ORDER BY day').all(days) as ({
    staff_id: number;
    day: string;
  } & Minutes)[];
  const timeOff = ctx.db.prepare('SELECT * FROM time_off WHERE to_day >= @from AND from_day <= @to ORDER BY from_day').all(days) as {
    id: number;
    staff_id: number;
    from_day: string;
    to_day: string;
    kind: TimeOffKind;
    note: string;
  }[];
  return listStaff(ctx).map((s) => ({
    staffId: s.id,
    pattern: [1, 2, 3, 4, 5, 6, 7].map((d) => {
      const p = patterns.find((r) => r.staff_id === s.id && r.weekday === d);
      return p ? shiftOf(p) : null;
    }),
    changes: changes.filter((c) => c.staff_id === s.id).map((c) => ({ day: c.day, shift: shiftOf(c) })),
    timeOff: timeOff
      .filter((t) => t.staff_id === s.id)
      .map((t) => ({ id: t.id, staffId: t.staff_id, fromDay: t.from_day, toDay: t.to_day, kind: t.kind, note: t.note })),
  }));
}

export function holidayOn(ctx: Pick<CallContext, 'db'>, day: LocalDate): string | null {
  return (ctx.db.prepare('SELECT name FROM holidays WHERE day = ?').get(day) as { name: string } | undefined)?.name ?? null;
}

/** Where every staff member is on a day. */
export function staffDaysOn(ctx: Pick<CallContext, 'db'>, day: LocalDate): Map<number, StaffDay> {
  const holiday = holidayOn(ctx, day) !== null;
  return new Map(listAvailability(ctx, { from: day, to: day }).map((a) => [a.staffId, staffDay(a, day, holiday)]));
}

function availabilityOf(ctx: CallContext, staffId: number): StaffAvailability {
  return listAvailability(ctx).find((a) => a.staffId === staffId)!;
}

function changedAvailability(ctx: CallContext, staffId: number, before: StaffAvailability): StaffAvailability {
  const after = availabilityOf(ctx, staffId);
  ctx.audit('availability', 'staff', staffId, before, after);
  ctx.changed('schedules');
  ctx.changed('contacts');
  return after;
}

function setPattern(ctx: CallContext, input: ParsedInput<'availability.setPattern'>): StaffAvailability {
  getStaff(ctx, input.staffId);
  const before = availabilityOf(ctx, input.staffId);
  replacePattern(ctx, input.staffId, input.pattern);
  return changedAvailability(ctx, input.staffId, before);
}

/** Sets a staff member's usual week (the caller audits). */
export function replacePattern(ctx: Pick<CallContext, 'db'>, staffId: number, pattern: ShiftPattern): void {
  ctx.db.prepare('DELETE FROM shift_patterns WHERE staff_id = ?').run(staffId);
  const insert = ctx.db.prepare('INSERT INTO shift_patterns (staff_id, weekday, start_minute, end_minute) VALUES (?, ?, ?, ?)');
  pattern.forEach((s, i) => s && insert.run(staffId, i + 1, s.start, s.end));
}

function setDay(ctx: CallContext, input: ParsedInput<'availability.setDay'>): StaffAvailability {
  getStaff(ctx, input.staffId);
  const before = availabilityOf(ctx, input.staffId);
  ctx.db.prepare('DELETE FROM shift_changes WHERE staff_id = ? AND day = ?').run(input.staffId, input.day);
  if (input.shift !== 'usual') {
    ctx.db
      .prepare('INSERT INTO shift_changes (staff_id, day, start_minute, end_minute) VALUES (?, ?, ?, ?)')
      .run(input.staffId, input.day, input.shift?.start ?? null, input.shift?.end ?? null);
  }
  return changedAvailability(ctx, input.staffId, before);
}

export function addTimeOff(ctx: CallContext, input: ParsedInput<'availability.addTimeOff'>): TimeOff {
  getStaff(ctx, input.staffId);
  const { lastInsertRowid } = ctx.db
    .prepare('INSERT INTO time_off (staff_id, from_day, to_day, kind, note) VALUES (@staffId, @fromDay, @toDay, @kind, @note)')
    .run(input);
  const created = { id: Number(lastInsertRowid), ...input };
  ctx.audit('create', 'time_off', created.id, undefined, created);
  ctx.changed('schedules');
  ctx.changed('contacts');
  return created;
}

function removeTimeOff(ctx: CallContext, input: ParsedInput<'availability.removeTimeOff'>): { id: number } {
  const before = ctx.db.prepare('SELECT * FROM time_off WHERE id = ?').get(input.id);
  if (before) {
    ctx.db.prepare('DELETE FROM time_off WHERE id = ?').run(input.id);
    ctx.audit('delete', 'time_off', input.id, before, undefined);
    ctx.changed('schedules');
    ctx.changed('contacts');
  }
  return { id: input.id };
}

function setHoliday(ctx: CallContext, input: ParsedInput<'holidays.set'>): { day: string; name: string | null } {
  const before = holidayOn(ctx, input.day);
  if (input.name) ctx.db.prepare('INSERT OR REPLACE INTO holidays (day, name) VALUES (?, ?)').run(input.day, input.name);
  else ctx.db.prepare('DELETE FROM holidays WHERE day = ?').run(input.day);
  ctx.audit('holiday', 'holiday', null, { day: input.day, name: before }, input);
  ctx.changed('schedules');
  ctx.changed('contacts', input.day);
  return input;
}

export const availabilityHandlers: HandlersFor<
  | 'availability.list'
  | 'availability.setPattern'
  | 'availability.setDay'
  | 'availability.addTimeOff'
  | 'availability.removeTimeOff'
  | 'holidays.list'
  | 'holidays.set'
> = {
  'availability.list': (ctx) => listAvailability(ctx).map((a) => shownAvailability(ctx.privacy, a)),
  'availability.setPattern': setPattern,
  'availability.setDay': setDay,
  'availability.addTimeOff': addTimeOff,
  'availability.removeTimeOff': removeTimeOff,
  'holidays.list': (ctx, i) =>
    ctx.db.prepare('SELECT day, name FROM holidays WHERE day BETWEEN ? AND ? ORDER BY day').all(i.from, i.to) as Holiday[],
  'holidays.set': setHoliday,
};
