/**
 * Clashes in a client's day (issue 12, item 14): a court date or an appointment over a visit.
 * A fixed time clashes with whatever overlaps it; an item with a part of the day clashes only
 * when what overlaps leaves no stretch of that part long enough for it (the draft moves it
 * otherwise). All-day dates clash with nothing.
 */
import type { MinuteOfDay } from '../domain';
import { TIME_WINDOW_SPANS, type TimeWindow } from '../schedule';

export interface DayEntry {
  key: string;
  /** null: all day. */
  start: MinuteOfDay | null;
  /** Set for a schedule item that may go anywhere in a part of the day. */
  window?: TimeWindow | null;
  durationMinutes: number;
}

interface Span {
  from: number;
  to: number;
  duration: number;
  flexible: boolean;
}

function spanOf(e: DayEntry): Span | null {
  if (e.start !== null) return { from: e.start, to: e.start + e.durationMinutes, duration: e.durationMinutes, flexible: false };
  if (!e.window) return null;
  const [from, to] = TIME_WINDOW_SPANS[e.window];
  return { from, to, duration: e.durationMinutes, flexible: true };
}

function clash(a: Span, b: Span): boolean {
  if (Math.min(a.to, b.to) <= Math.max(a.from, b.from)) return false;
  if (a.flexible && b.flexible) return false;
  if (!a.flexible && !b.flexible) return true;
  const [flex, fixed] = a.flexible ? [a, b] : [b, a];
  const room = Math.max(fixed.from - flex.from, flex.to - fixed.to);
  return room < flex.duration;
}

/** When in the day an entry goes, for sorting: its time, the start of its part of the day, all-day dates first. */
export const entryMinute = (e: DayEntry): number => (e.start ?? (e.window ? TIME_WINDOW_SPANS[e.window][0] : -1));

/** For each entry that clashes, the keys of the entries it clashes with (in the day's order). */
export function dayClashes(entries: readonly DayEntry[]): Map<string, string[]> {
  const sorted = [...entries].sort((a, b) => entryMinute(a) - entryMinute(b));
  const spans = sorted.map(spanOf);
  const out = new Map<string, string[]>();
  sorted.forEach((a, i) =>
    sorted.forEach((b, j) => {
      const sa = spans[i];
      const sb = spans[j];
      if (i !== j && sa && sb && clash(sa, sb)) out.set(a.key, [...(out.get(a.key) ?? []), b.key]);
    }),
  );
  return out;
}
