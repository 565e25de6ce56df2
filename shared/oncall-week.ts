/**
 * "This week's rota" as the wall screen and the downtime copy list it: who holds each role
 * from now to a week ahead, the stretch held now first. One place for the rule, so the
 * corridor and the paper say the same.
 */
import type { LocalDate } from './domain';
import type { Segment } from './oncall';
import { addDays } from './time';

/** How far ahead the week's rota looks. */
export const ROTA_WEEK_DAYS = 7;

/**
 * The days to ask `oncall.timeline` for: a week beyond the week shown, so the last stretch
 * shows its real end (the timeline cuts stretches at the end of what was asked).
 */
export const rotaWeekRange = (today: LocalDate): { from: LocalDate; to: LocalDate } => ({ from: today, to: addDays(today, 2 * ROTA_WEEK_DAYS) });

export interface RotaStretch {
  staffId: number | null;
  start: string;
  /** null: it runs past what the timeline was asked for. */
  end: string | null;
  /** Held right now. */
  now: boolean;
}

/** The stretches (overrides applied) that are not over and start within the week. */
export function rotaWeek(segments: Segment[], timelineTo: string, now: number): RotaStretch[] {
  const weekEnd = now + ROTA_WEEK_DAYS * 24 * 60 * 60 * 1000;
  return segments
    .filter((s) => Date.parse(s.end) > now && Date.parse(s.start) < weekEnd)
    .map((s) => ({
      staffId: s.staffId,
      start: s.start,
      end: Date.parse(s.end) >= Date.parse(timelineTo) ? null : s.end,
      now: Date.parse(s.start) <= now,
    }));
}
