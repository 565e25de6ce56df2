/** Pure rules of the morning meeting: roster order, the walk, the timers, the OS3 figures. */
import { DateTime } from 'luxon';
import type { ClientStatus, LocalDate } from '../domain';
import type { Acuity, MeetingReview, MeetingSort, MeetingWeek } from '../meeting';

/** "1 minute", "1.5 minutes": the team's minutes per client in words. */
export const minutesText = (m: number): string => `${m} minute${m === 1 ? '' : 's'}`;

/** The meeting's target: the team's minutes per client for every client on the roster. */
export function meetingTargetSeconds(rosterSize: number, minutesPerClient: number): number {
  return Math.round(rosterSize * minutesPerClient * 60);
}

export interface OrderableClient {
  id: number;
  name: string;
  preferredName: string;
  status: ClientStatus;
  acuity: Acuity;
  meetingPosition: number | null;
}

const byName = (a: OrderableClient, b: OrderableClient) =>
  a.preferredName.localeCompare(b.preferredName) || a.name.localeCompare(b.name) || a.id - b.id;

/** Hospitalized, then jail, then high risk, then watch, then everyone else. */
export function statusRank(c: Pick<OrderableClient, 'status' | 'acuity'>): number {
  if (c.status === 'hospitalized') return 0;
  if (c.status === 'incarcerated') return 1;
  if (c.acuity === 'high_risk') return 2;
  if (c.acuity === 'watch') return 3;
  return 4;
}

/** The roster walk order: discharged clients are left out. */
export function orderRoster<T extends OrderableClient>(clients: readonly T[], sort: MeetingSort): T[] {
  const open = clients.filter((c) => c.status !== 'discharged');
  if (sort === 'alphabetical') return [...open].sort(byName);
  if (sort === 'status') return [...open].sort((a, b) => statusRank(a) - statusRank(b) || byName(a, b));
  // Custom: the saved positions first, then anyone without one (new clients), by name.
  return [...open].sort((a, b) => {
    const pa = a.meetingPosition ?? Number.POSITIVE_INFINITY;
    const pb = b.meetingPosition ?? Number.POSITIVE_INFINITY;
    return pa === pb ? byName(a, b) : pa - pb;
  });
}

type WalkEntry = Pick<MeetingReview, 'clientId' | 'state'>;

/**
 * Where "next" goes after the current client has been left (its state already updated):
 * the next client not yet seen in walk order; when the roster is done, the parked
 * clients come back; then anyone skipped; then null, the end of the meeting.
 */
export function nextFocus(walk: readonly WalkEntry[], current: number | null): number | null {
  const i = current === null ? -1 : walk.findIndex((e) => e.clientId === current);
  const ahead = walk.slice(i + 1).find((e) => e.state === 'pending');
  if (ahead) return ahead.clientId;
  const parked = walk.find((e) => e.state === 'parked' && e.clientId !== current);
  if (parked) return parked.clientId;
  return walk.find((e) => e.state === 'pending' && e.clientId !== current)?.clientId ?? null;
}

/** "Back": the client before in walk order; from the end of the meeting, the last one. */
export function previousFocus(walk: readonly WalkEntry[], current: number | null): number | null {
  if (current === null) return walk.at(-1)?.clientId ?? null;
  const i = walk.findIndex((e) => e.clientId === current);
  return i > 0 ? walk[i - 1]!.clientId : current;
}

/** Seconds between two instants, never negative (a clock set back must not show minus time). */
export function secondsBetween(fromIso: string, to: Date): number {
  return Math.max(0, Math.floor((to.getTime() - Date.parse(fromIso)) / 1000));
}

export interface TimerState {
  seconds: number;
  target: number;
  over: boolean;
}

/** The focused client's timer: time saved on earlier visits plus the time since focus. */
export function clientTimer(savedSeconds: number, focusSince: string | null, now: Date, minutesPerClient: number): TimerState {
  const seconds = savedSeconds + (focusSince ? secondsBetween(focusSince, now) : 0);
  const target = Math.round(minutesPerClient * 60);
  return { seconds, target, over: seconds > target };
}

export function meetingTimer(startedAt: string, endedAt: string | null, now: Date, target: number): TimerState {
  const seconds = endedAt ? secondsBetween(startedAt, new Date(endedAt)) : secondsBetween(startedAt, now);
  return { seconds, target, over: seconds > target };
}

/** "4:07", "1:02:30" */
export function formatSeconds(total: number): string {
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const mm = h > 0 ? String(m).padStart(2, '0') : String(m);
  return `${h > 0 ? `${h}:` : ''}${mm}:${String(s).padStart(2, '0')}`;
}

/**
 * TMACT OS3 anchor for one week: 5 meeting days with full attendance earn 5; 4 with
 * full attendance or 5 without earn 4; 3 days, or 4 without full attendance, earn 3;
 * 2 days earn 2; fewer earn 1.
 */
export function os3Rating(meetingDays: number, fullAttendanceDays: number): number {
  if (meetingDays >= 5 && fullAttendanceDays >= 5) return 5;
  if ((meetingDays >= 4 && fullAttendanceDays >= 4) || meetingDays >= 5) return 4;
  if (meetingDays >= 3) return 3;
  if (meetingDays === 2) return 2;
  return 1;
}

/** The Monday of a day's week. */
export function weekStartOf(day: LocalDate): LocalDate {
  return DateTime.fromISO(day).startOf('week').toISODate() as LocalDate;
}

/**
 * Weekly figures of finished meetings: a day counts once however many meetings it had,
 * and has full attendance when one of its meetings had nobody working marked absent.
 * TMACT OS3 asks for "a review of each client's status": a meeting at which no client was
 * reviewed (started and saved by mistake, say) is not a meeting day.
 */
export function meetingWeeks(
  meetings: readonly { day: LocalDate; fullAttendance: boolean; reviewed: number }[],
  weekStarts: readonly LocalDate[],
): MeetingWeek[] {
  return weekStarts.map((weekStart) => {
    const days = new Map<LocalDate, boolean>();
    for (const m of meetings) {
      if (weekStartOf(m.day) !== weekStart || m.reviewed === 0) continue;
      days.set(m.day, (days.get(m.day) ?? false) || m.fullAttendance);
    }
    const meetingDays = days.size;
    const fullAttendanceDays = [...days.values()].filter(Boolean).length;
    return { weekStart, meetingDays, fullAttendanceDays, os3: os3Rating(meetingDays, fullAttendanceDays) };
  });
}

export function median(xs: readonly number[]): number | null {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** Initials of a name for privacy mode: "Alex Abernathy" -> "A. A." (as the locked seat shows them) */
export function initialsOf(name: string): string {
  const parts = name.split(/\s+/).filter((p) => /\p{L}/u.test(p));
  return parts.map((p) => `${[...p.replace(/[^\p{L}]/gu, '')][0]!.toUpperCase()}.`).join(' ') || '?';
}
