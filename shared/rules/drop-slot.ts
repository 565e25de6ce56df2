import type { MinuteOfDay } from '../domain';
import { MINUTES_PER_DAY } from '../time';

/**
 * A drop target between two cards of a column. Dropping a contact there places it
 * right after the card above, or, at the top of the column, so it ends as the card
 * below starts.
 */
export interface GapTarget {
  staffId: number | null;
  /** End of the card above the gap, or null at the top of the column. */
  afterEnd: MinuteOfDay | null;
  /** Start of the card below the gap, or null at the bottom of the column. */
  beforeStart: MinuteOfDay | null;
}

const SNAP = 5;

/** The new start for a contact of `duration` minutes dropped into a gap; null keeps its time. */
export function startForGap(gap: GapTarget, duration: number): MinuteOfDay | null {
  let start: number;
  if (gap.afterEnd !== null) start = gap.afterEnd;
  else if (gap.beforeStart !== null) start = gap.beforeStart - duration;
  else return null;
  start = Math.round(start / SNAP) * SNAP;
  return Math.min(Math.max(start, 0), MINUTES_PER_DAY - duration);
}
