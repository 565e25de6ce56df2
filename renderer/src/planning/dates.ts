/** Calendar arithmetic of the planning screens: weeks start on Monday, dates are team-local. */
import { DateTime } from 'luxon';
import type { LocalDate } from '../../../shared/domain';
import { addDays } from '../../../shared/time';

export { formatDate, formatDayShort } from '../../../shared/time';

export const mondayOf = (day: LocalDate): LocalDate => DateTime.fromISO(day).startOf('week').toISODate() as LocalDate;
export const firstOfMonth = (day: LocalDate): LocalDate => DateTime.fromISO(day).startOf('month').toISODate() as LocalDate;
export const addMonths = (day: LocalDate, n: number): LocalDate => DateTime.fromISO(day).plus({ months: n }).toISODate() as LocalDate;

/** The days from `from`, `count` of them. */
export const daysFrom = (from: LocalDate, count: number): LocalDate[] => Array.from({ length: count }, (_, i) => addDays(from, i));

/** The weeks (Monday to Sunday) that show a whole month. */
export function monthWeeks(first: LocalDate): LocalDate[][] {
  const start = mondayOf(first);
  const end = mondayOf(DateTime.fromISO(first).endOf('month').toISODate() as LocalDate);
  const weeks: LocalDate[][] = [];
  for (let monday = start; monday <= end; monday = addDays(monday, 7)) weeks.push(daysFrom(monday, 7));
  return weeks;
}

/** "November 2026" */
export const formatMonth = (day: LocalDate): string => DateTime.fromISO(day).toFormat('LLLL yyyy');
