import type { ContactLocation, MinuteOfDay } from '../domain';
import type { Shift } from '../schedule';
import { MINUTES_PER_DAY } from '../time';
import { travelBetween } from './travel';

/**
 * A drop target between two cards of a column. Dropping a contact there places it after
 * the card above and its travel time, or, at the top of the column, so it ends (with the
 * travel time) as the card below starts; always inside the column's shift.
 */
export interface GapTarget {
  staffId: number | null;
  /** End and place of the card above the gap, or null at the top of the column. */
  afterEnd: MinuteOfDay | null;
  afterLocation: ContactLocation | null;
  /** Start and place of the card below the gap, or null at the bottom of the column. */
  beforeStart: MinuteOfDay | null;
  beforeLocation: ContactLocation | null;
  /** The column's shift that day (null: Unassigned, or nobody's shift). */
  shift: Shift | null;
}

/** What is dropped: a contact (or a new one) with its time now, length and place. */
export interface Dropped {
  start: MinuteOfDay;
  duration: number;
  location: ContactLocation;
}

const SNAP = 5;

/**
 * The start a drop into a gap gives. After a card: its end plus the travel time (rounded up
 * to 5 minutes, so the snap never eats into it); before a card: ending that long before it
 * (rounded down); in an empty column: the contact's own time. Then moved inside the shift
 * when it would start or end outside it (and fits in it).
 */
export function startForGap(gap: GapTarget, dropped: Dropped, travelBufferMinutes: number): MinuteOfDay {
  let start = dropped.start;
  if (gap.afterEnd !== null) {
    const travel = travelBetween({ location: gap.afterLocation ?? 'office' }, dropped, travelBufferMinutes);
    start = Math.ceil((gap.afterEnd + travel) / SNAP) * SNAP;
  } else if (gap.beforeStart !== null) {
    const travel = travelBetween(dropped, { location: gap.beforeLocation ?? 'office' }, travelBufferMinutes);
    start = Math.floor((gap.beforeStart - travel - dropped.duration) / SNAP) * SNAP;
  }
  const shift = gap.shift;
  if (shift && shift.end - shift.start >= dropped.duration) start = Math.min(Math.max(start, shift.start), shift.end - dropped.duration);
  return Math.min(Math.max(start, 0), MINUTES_PER_DAY - dropped.duration);
}
