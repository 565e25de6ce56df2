/**
 * Who holds each on-call role at this seat's own clock. The host sends the next 48 hours
 * (`oncall.now`); this picks the stretch that holds now, changes by itself at hand-off and
 * asks the host again then, so a screen always knows the one after next. Used by the
 * board's on-call strip and the wall screen.
 */
import { useEffect, useMemo, useState } from 'react';
import type { OnCallRole, Segment } from '../../../shared/oncall';
import { useOnCallNow } from './queries';

/** Now, re-read at the next hand-off (and every minute, for the "until" wording). */
function useNowUntil(boundaries: number[]): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const next = boundaries.filter((b) => b > now).sort((a, b) => a - b)[0];
    const wait = Math.min(next === undefined ? 60_000 : next - now + 50, 60_000);
    const t = setTimeout(() => setNow(Date.now()), Math.max(wait, 50));
    return () => clearTimeout(t);
  }, [boundaries, now]);
  return now;
}

/**
 * The stretch that holds `now`. The first one starts at the host's "now" (the host cuts it
 * there), which can be a moment after this seat's clock read it, or more when the clocks
 * differ: it counts as begun, or the screen would say "Nobody" until its next minute tick.
 */
const holding = (segments: Segment[], now: number) => segments.findIndex((s, i) => (i === 0 || Date.parse(s.start) <= now) && now < Date.parse(s.end));

export interface HeldRole {
  role: OnCallRole;
  /** Who holds it now (staffId null: nobody, a gap); undefined when the host sent nothing for now. */
  current: Segment | undefined;
  /** The stretch after (its start is when `current` ends). */
  next: Segment | undefined;
}

export function useHeldNow() {
  const board = useOnCallNow();
  const boundaries = useMemo(() => (board.data?.roles ?? []).flatMap((r) => r.upcoming.map((s) => Date.parse(s.end))), [board.data]);
  const now = useNowUntil(boundaries);
  const { refetch } = board;
  const handoffsPassed = boundaries.filter((b) => b <= now).length;
  useEffect(() => {
    if (handoffsPassed > 0) void refetch();
  }, [handoffsPassed, refetch]);
  const roles: HeldRole[] = (board.data?.roles ?? []).map(({ role, upcoming }) => {
    const i = holding(upcoming, now);
    return { role, current: upcoming[i], next: i < 0 ? undefined : upcoming[i + 1] };
  });
  return { board, now, roles };
}
