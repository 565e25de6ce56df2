import type { LocalDate } from '../domain';
import type { StaffAvailability, StaffDay, Weekday } from '../schedule';
import { weekdayOf } from '../time';

/**
 * Where a staff member is on a day: time off wins, then a change for that day,
 * then the usual week. Holidays follow the Sunday pattern (weekend staffing).
 */
export function staffDay(a: StaffAvailability, day: LocalDate, holiday: boolean): StaffDay {
  const off = a.timeOff.find((t) => t.fromDay <= day && day <= t.toDay);
  if (off) return { staffId: a.staffId, shift: null, timeOff: off.kind };
  const change = a.changes.find((c) => c.day === day);
  if (change) return { staffId: a.staffId, shift: change.shift, timeOff: null };
  const weekday: Weekday = holiday ? 7 : (weekdayOf(day) as Weekday);
  return { staffId: a.staffId, shift: a.pattern[weekday - 1] ?? null, timeOff: null };
}

export function isWeekend(day: LocalDate): boolean {
  return weekdayOf(day) >= 6;
}
