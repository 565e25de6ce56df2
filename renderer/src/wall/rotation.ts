/**
 * When the wall shows what: the pages in turn, and blank outside operating hours. Pure, so
 * the wall's timing is tested without waiting for it.
 */
import { parseClock } from '../../../shared/time';
import type { WallPageSetting } from '../../../shared/wall';

export interface PageSlot {
  /** Index into the pages given. */
  index: number;
  /** Milliseconds since this page came up (the board pages its columns by it). */
  sinceMs: number;
}

/**
 * The page showing `elapsedMs` after the rotation began. A page may need longer than its
 * setting (a board whose columns page must show every set of columns once): `neededSeconds`.
 */
export function slotAt(elapsedMs: number, pages: readonly WallPageSetting[], neededSeconds: (p: WallPageSetting) => number = () => 0): PageSlot {
  if (pages.length === 0) return { index: 0, sinceMs: 0 };
  const durations = pages.map((p) => Math.max(p.seconds, neededSeconds(p)) * 1000);
  const cycle = durations.reduce((a, b) => a + b, 0);
  let t = Math.max(0, elapsedMs) % cycle;
  for (const [index, d] of durations.entries()) {
    if (t < d) return { index, sinceMs: t };
    t -= d;
  }
  return { index: 0, sinceMs: 0 };
}

/** Whether a minute of the day is outside the team's operating hours ("HH:MM" to "HH:MM"). */
export function outsideHours(minute: number, start: string, end: string): boolean {
  const from = parseClock(start);
  const to = parseClock(end);
  if (from === null || to === null) return false;
  return minute < from || minute >= to;
}
