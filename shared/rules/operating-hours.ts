/**
 * The operating-hours check of the MA PACT specification, component 18: Monday to Friday
 * the team operates at least 12 hours a day through two overlapping 8-hour shifts; on each
 * weekend day and holiday it operates 8 hours with at least two staff providing services.
 */
import type { Shift } from '../schedule';

export const WEEKDAY_HOURS = 12;
export const SHIFT_HOURS = 8;
export const WEEKEND_HOURS = 8;
export const WEEKEND_STAFF = 2;

export type OperatingCheck = { ok: true } | { ok: false; reason: string };

const hours = (minutes: number) => {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return m === 0 ? `${h} h` : `${h} h ${m} min`;
};

/** Minutes at which at least `need` of the shifts are running. */
function minutesWithAtLeast(shifts: Shift[], need: number): number {
  const edges = shifts.flatMap((s) => [
    { at: s.start, d: 1 },
    { at: s.end, d: -1 },
  ]);
  edges.sort((a, b) => a.at - b.at || a.d - b.d);
  let running = 0;
  let total = 0;
  let since = 0;
  for (const e of edges) {
    if (running >= need) total += e.at - since;
    running += e.d;
    since = e.at;
  }
  return total;
}

/** Whether a day's shifts (of the staff working it) meet the specification. */
export function operatingCheck(shifts: Shift[], weekendOrHoliday: boolean): OperatingCheck {
  if (weekendOrHoliday) {
    if (shifts.length < WEEKEND_STAFF) {
      return { ok: false, reason: `${shifts.length === 0 ? 'Nobody is' : 'Only one person is'} working; a weekend day or holiday needs ${WEEKEND_STAFF} staff for ${WEEKEND_HOURS} hours.` };
    }
    const together = minutesWithAtLeast(shifts, WEEKEND_STAFF);
    if (together < WEEKEND_HOURS * 60) {
      return { ok: false, reason: `Two or more staff work together for ${hours(together)}; a weekend day or holiday needs ${WEEKEND_HOURS} hours.` };
    }
    return { ok: true };
  }
  const full = shifts.filter((s) => s.end - s.start >= SHIFT_HOURS * 60);
  let best = 0;
  for (const a of full) {
    for (const b of full) {
      if (a === b || a.start > b.start || Math.min(a.end, b.end) <= Math.max(a.start, b.start)) continue;
      best = Math.max(best, Math.max(a.end, b.end) - a.start);
    }
  }
  if (best >= WEEKDAY_HOURS * 60) return { ok: true };
  if (full.length < 2) {
    return { ok: false, reason: `${full.length === 0 ? 'No' : 'Only one'} ${SHIFT_HOURS}-hour shift; a weekday needs two overlapping ${SHIFT_HOURS}-hour shifts covering ${WEEKDAY_HOURS} hours.` };
  }
  return best === 0
    ? { ok: false, reason: `No two ${SHIFT_HOURS}-hour shifts overlap; a weekday needs two overlapping shifts covering ${WEEKDAY_HOURS} hours.` }
    : { ok: false, reason: `Two overlapping ${SHIFT_HOURS}-hour shifts cover ${hours(best)}; a weekday needs ${WEEKDAY_HOURS} hours.` };
}
