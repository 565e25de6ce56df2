/**
 * The on-call rota (issue 11): roles, rotations, overrides, and who holds the phone at an
 * instant. Pure rules: the service stores what people entered, these compute from it.
 *
 * Hand-offs are computed by calendar date and the team's wall clock (luxon in the team's
 * zone), never as start + n × 24 h: turn k starts on `startDay + k × turnDays` at that
 * date's hand-off time, and ends where turn k + 1 starts, so a DST night has neither a gap
 * nor two people on call.
 */
import { DateTime } from 'luxon';
import type { LocalDate, MinuteOfDay } from './domain';
import { addDays, weekdayOf } from './time';

export const ONCALL_ROLE_KINDS = ['primary', 'backup', 'other'] as const;
export type OnCallRoleKind = (typeof ONCALL_ROLE_KINDS)[number];

export interface OnCallRole {
  id: number;
  name: string;
  kind: OnCallRoleKind;
}

export interface RotationMember {
  staffId: number;
  /** In the rotation from this date (a new hire from the 1st); null: from the start. */
  fromDay: LocalDate | null;
  /** Taken out for a period (a leave), both days included; null: never out. */
  outFrom: LocalDate | null;
  outTo: LocalDate | null;
}

export interface Rotation {
  roleId: number;
  /** The first turn starts on this date, at its hand-off time. */
  startDay: LocalDate;
  /** 1: a day, 7: a week, or any number of days. */
  turnDays: number;
  /** The hand-off time for each weekday, Monday first (minutes after local midnight). */
  handoff: MinuteOfDay[];
  /** In turn order. */
  members: RotationMember[];
  version: number;
}

export const OVERRIDE_KINDS = ['swap', 'give', 'cover', 'take_now'] as const;
export type OverrideKind = (typeof OVERRIDE_KINDS)[number];
export const OVERRIDE_LABELS: Record<OverrideKind, string> = {
  swap: 'Swapped turn',
  give: 'Turn given away',
  cover: 'Covers part of a turn',
  take_now: 'Took the phone',
};

/** Someone holds a role for a time instead of the rotation; a later override wins over an earlier one. */
export interface Override {
  id: number;
  roleId: number;
  staffId: number;
  kind: OverrideKind;
  /** ISO instants, end after start. */
  start: string;
  end: string;
  reason: string;
  /** The other half of a swap. */
  pairId: number | null;
}

/** One turn of the rotation, before overrides. */
export interface Turn {
  index: number;
  /** null: nobody in the rotation could take it (everyone out). */
  staffId: number | null;
  start: string;
  end: string;
}

/** Who holds a role from start to end, overrides applied. */
export interface Segment {
  roleId: number;
  staffId: number | null;
  start: string;
  end: string;
  /** The override that put them there, if any. */
  overrideId: number | null;
}

const ms = (iso: string) => Date.parse(iso);
const iso = (dt: DateTime) => dt.toUTC().toISO() as string;

/** The instant a turn starting on `day` begins: that date's hand-off time on the team's wall clock. */
export function handoffAt(rotation: Pick<Rotation, 'handoff'>, day: LocalDate, timeZone: string): DateTime {
  const minute = rotation.handoff[weekdayOf(day) - 1] ?? 0;
  // A wall time the spring night skips (02:30) becomes the first one that exists after it.
  const dt = DateTime.fromISO(day, { zone: timeZone }).set({ hour: Math.floor(minute / 60), minute: minute % 60 });
  return dt.hour * 60 + dt.minute === minute ? dt : dt.startOf('hour');
}

export function turnStartDay(rotation: Pick<Rotation, 'startDay' | 'turnDays'>, index: number): LocalDate {
  return addDays(rotation.startDay, index * rotation.turnDays);
}

const inMember = (m: RotationMember, day: LocalDate) =>
  (m.fromDay === null || day >= m.fromDay) && !(m.outFrom !== null && m.outTo !== null && day >= m.outFrom && day <= m.outTo);

/**
 * Who holds turn `index`: the member whose place in the order it is, or, when they are
 * out that day (not yet in, on leave), the next one in the order who is in.
 */
export function holderOf(rotation: Rotation, index: number): number | null {
  const n = rotation.members.length;
  if (n === 0 || index < 0) return null;
  const day = turnStartDay(rotation, index);
  for (let step = 0; step < n; step++) {
    const m = rotation.members[(index + step) % n]!;
    if (inMember(m, day)) return m.staffId;
  }
  return null;
}

/**
 * Hand-off and night instants already worked out, by zone, day and wall-clock minute: the time-zone
 * arithmetic is the costly part of "on call now", and the same hand-offs are asked for on
 * every call. Pure (the zone's rules do not change while the process runs), and bounded.
 */
const instantCache = new Map<string, string>();
const INSTANT_CACHE_MAX = 10_000;

function cachedInstant(key: string, compute: () => DateTime): string {
  let found = instantCache.get(key);
  if (found === undefined) {
    if (instantCache.size >= INSTANT_CACHE_MAX) instantCache.clear();
    found = iso(compute());
    instantCache.set(key, found);
  }
  return found;
}

const handoffIso = (rotation: Pick<Rotation, 'handoff'>, day: LocalDate, timeZone: string) =>
  cachedInstant(`handoff|${timeZone}|${day}|${rotation.handoff[weekdayOf(day) - 1] ?? 0}`, () => handoffAt(rotation, day, timeZone));

export function turnAt(rotation: Rotation, index: number, timeZone: string): Turn {
  return {
    index,
    staffId: holderOf(rotation, index),
    start: handoffIso(rotation, turnStartDay(rotation, index), timeZone),
    end: handoffIso(rotation, turnStartDay(rotation, index + 1), timeZone),
  };
}

/** The index of the turn that holds an instant (-1 before the rotation starts). */
export function turnIndexAt(rotation: Rotation, at: string, timeZone: string): number {
  const day = DateTime.fromISO(at).setZone(timeZone).toISODate() as LocalDate;
  const days = DateTime.fromISO(day).diff(DateTime.fromISO(rotation.startDay), 'days').days;
  let k = Math.floor(days / rotation.turnDays) + 1;
  while (k >= 0 && ms(turnAt(rotation, k, timeZone).start) > ms(at)) k--;
  return k;
}

/** The rotation's turns that overlap [from, to). */
export function turnsBetween(rotation: Rotation, from: string, to: string, timeZone: string): Turn[] {
  const turns: Turn[] = [];
  for (let k = Math.max(0, turnIndexAt(rotation, from, timeZone)); ; k++) {
    const t = turnAt(rotation, k, timeZone);
    if (ms(t.start) >= ms(to)) break;
    turns.push(t);
  }
  return turns;
}

/**
 * Who holds the role over [from, to): the rotation's turns, then each override laid on top
 * in the order they were made. Before the rotation starts nobody does (a gap).
 */
export function segmentsBetween(
  rotation: Rotation,
  overrides: Override[],
  from: string,
  to: string,
  timeZone: string,
): Segment[] {
  const roleId = rotation.roleId;
  let segments: Segment[] = turnsBetween(rotation, from, to, timeZone).map((t) => ({
    roleId,
    staffId: t.staffId,
    start: t.start,
    end: t.end,
    overrideId: null,
  }));
  const first = segments[0]?.start ?? to;
  if (ms(first) > ms(from)) segments.unshift({ roleId, staffId: null, start: from, end: first, overrideId: null });
  // Only the overrides that touch [from, to) can change what is shown: the years of older
  // ones are left out, or each would be laid over (and sorted into) every segment.
  const touching = overrides.filter((o) => o.roleId === roleId && ms(o.end) > ms(from) && ms(o.start) < ms(to));
  for (const o of touching.sort((a, b) => a.id - b.id)) {
    segments = layOver(segments, { roleId, staffId: o.staffId, start: o.start, end: o.end, overrideId: o.id });
  }
  return clip(segments, from, to);
}

function layOver(segments: Segment[], top: Segment): Segment[] {
  const out: Segment[] = [];
  let placed = false;
  for (const s of segments) {
    if (ms(s.end) <= ms(top.start) || ms(s.start) >= ms(top.end)) {
      if (!placed && ms(s.start) >= ms(top.end)) {
        out.push(top);
        placed = true;
      }
      out.push(s);
      continue;
    }
    if (ms(s.start) < ms(top.start)) out.push({ ...s, end: top.start });
    if (!placed) {
      out.push(top);
      placed = true;
    }
    if (ms(s.end) > ms(top.end)) out.push({ ...s, start: top.end });
  }
  if (!placed) out.push(top);
  return out.sort((a, b) => ms(a.start) - ms(b.start));
}

function clip(segments: Segment[], from: string, to: string): Segment[] {
  return segments
    .filter((s) => ms(s.end) > ms(from) && ms(s.start) < ms(to))
    .map((s) => ({
      ...s,
      start: ms(s.start) < ms(from) ? from : s.start,
      end: ms(s.end) > ms(to) ? to : s.end,
    }));
}

/** Joins neighbouring segments of the same person (a covered hour inside one's own turn, say). */
export function merged(segments: Segment[]): Segment[] {
  const out: Segment[] = [];
  for (const s of segments) {
    const last = out[out.length - 1];
    if (last && last.staffId === s.staffId && last.end === s.start) out[out.length - 1] = { ...last, end: s.end };
    else out.push(s);
  }
  return out;
}

/** Who holds the role at an instant. */
export function holderAt(rotation: Rotation, overrides: Override[], at: string, timeZone: string): Segment {
  const next = new Date(ms(at) + 1).toISOString();
  return segmentsBetween(rotation, overrides, at, next, timeZone)[0]!;
}

/** Stretches of time nobody holds the role (neighbouring ones joined). */
export function gaps(segments: Segment[], from: string, to: string): { start: string; end: string }[] {
  const out: { start: string; end: string }[] = [];
  const add = (start: string, end: string) => {
    const last = out[out.length - 1];
    if (last && ms(last.end) >= ms(start)) last.end = end;
    else out.push({ start, end });
  };
  let cursor = from;
  for (const s of segments) {
    if (ms(s.start) > ms(cursor)) add(cursor, s.start);
    if (s.staffId === null) add(s.start, s.end);
    if (ms(s.end) > ms(cursor)) cursor = s.end;
  }
  if (ms(cursor) < ms(to)) add(cursor, to);
  return out;
}

/** The local dates a stretch of time touches (its end instant excluded). */
export function daysTouched(start: string, end: string, timeZone: string): LocalDate[] {
  const last = DateTime.fromMillis(ms(end) - 1).setZone(timeZone).toISODate() as LocalDate;
  const days: LocalDate[] = [];
  for (let d = DateTime.fromISO(start).setZone(timeZone).toISODate() as LocalDate; d <= last; d = addDays(d, 1)) days.push(d);
  return days;
}

/** The night of a local date: who holds the role at 23:00 on its wall clock. */
export const NIGHT_MINUTE = 23 * 60;

export function nightAt(day: LocalDate, timeZone: string): string {
  return cachedInstant(`night|${timeZone}|${day}`, () => DateTime.fromISO(day, { zone: timeZone }).set({ hour: NIGHT_MINUTE / 60 }));
}

/** Whose night each date is, over the segments (null: nobody's). */
export function nightsOf(segments: Segment[], days: LocalDate[], timeZone: string): (number | null)[] {
  return days.map((d) => {
    const at = ms(nightAt(d, timeZone));
    return segments.find((s) => ms(s.start) <= at && at < ms(s.end))?.staffId ?? null;
  });
}

/** Runs of more than `max` nights in a row by one person. */
export function longRuns(
  nights: (number | null)[],
  days: LocalDate[],
  max: number,
): { staffId: number; from: LocalDate; to: LocalDate; nights: number }[] {
  const out: { staffId: number; from: LocalDate; to: LocalDate; nights: number }[] = [];
  let i = 0;
  while (i < nights.length) {
    let j = i;
    while (j + 1 < nights.length && nights[j + 1] === nights[i]) j++;
    const who = nights[i];
    if (who !== null && who !== undefined && j - i + 1 > max) out.push({ staffId: who, from: days[i]!, to: days[j]!, nights: j - i + 1 });
    i = j + 1;
  }
  return out;
}

/** What one person carried over a period: weeks of holding, weekend days and holidays. */
export interface FairnessRow {
  staffId: number;
  /** Hours held / 168, one decimal. */
  weeks: number;
  weekendDays: number;
  holidays: number;
}

/** A day counts for whoever holds the role at noon of it (the day's middle on its wall clock). */
export function fairness(segments: Segment[], from: LocalDate, to: LocalDate, holidays: Set<LocalDate>, timeZone: string): FairnessRow[] {
  const rows = new Map<number, FairnessRow>();
  const row = (staffId: number) => {
    let r = rows.get(staffId);
    if (!r) rows.set(staffId, (r = { staffId, weeks: 0, weekendDays: 0, holidays: 0 }));
    return r;
  };
  for (const s of segments) if (s.staffId !== null) row(s.staffId).weeks += (ms(s.end) - ms(s.start)) / (168 * 3600_000);
  for (let d = from; d <= to; d = addDays(d, 1)) {
    const noon = ms(iso(DateTime.fromISO(d, { zone: timeZone }).set({ hour: 12 })));
    const who = segments.find((s) => ms(s.start) <= noon && noon < ms(s.end))?.staffId ?? null;
    if (who === null) continue;
    if (weekdayOf(d) >= 6) row(who).weekendDays++;
    if (holidays.has(d)) row(who).holidays++;
  }
  return [...rows.values()].map((r) => ({ ...r, weeks: Math.round(r.weeks * 10) / 10 }));
}

/** What "on call now" shows for a role. */
export interface OnCallNow {
  role: OnCallRole;
  /** Who holds it now and until when, then who comes next (null: nobody, a gap). */
  now: { staffId: number | null; name: string | null; phone: string | null; until: string | null };
  next: { staffId: number | null; name: string | null; phone: string | null; from: string | null } | null;
  /** The next 48 hours, so a seat changes the strip by itself at hand-off. */
  upcoming: Segment[];
}

export const ONCALL_WARNING_KINDS = ['nobody_on_call', 'inactive_on_call', 'on_call_time_off', 'too_many_nights', 'no_rotation'] as const;
export type OnCallWarningKind = (typeof ONCALL_WARNING_KINDS)[number];

export interface OnCallWarning {
  kind: OnCallWarningKind;
  /** Loud: nobody holds a role now or soon. */
  loud: boolean;
  message: string;
  roleId: number;
  staffId: number | null;
}

/** The after-hours log. */
export const CALL_HOW = ['phone', 'in_person'] as const;
export type CallHow = (typeof CALL_HOW)[number];
export const CALL_HOW_LABELS: Record<CallHow, string> = { phone: 'Phone', in_person: 'In person' };

export const CALL_OUTCOMES = ['resolved_phone', 'visit', 'crisis_team', 'emergency_department', 'hospitalized'] as const;
export type CallOutcome = (typeof CALL_OUTCOMES)[number];
export const CALL_OUTCOME_LABELS: Record<CallOutcome, string> = {
  resolved_phone: 'Resolved by phone',
  visit: 'Visit',
  crisis_team: 'Crisis team or emergency services',
  emergency_department: 'Emergency department',
  hospitalized: 'Hospitalized',
};

/** As a call is shown: a call carried over from an event ticked "on-call phone" did not say what was done. */
export type CallOutcomeShown = CallOutcome | 'not_recorded';
export const CALL_OUTCOME_SHOWN_LABELS: Record<CallOutcomeShown, string> = {
  ...CALL_OUTCOME_LABELS,
  not_recorded: 'Not recorded (from the event log)',
};

export interface AfterHoursCall {
  id: number;
  at: string;
  /** Who took the call. */
  staffId: number;
  /** A client of the team, or null with a caller named in `caller`. */
  clientId: number | null;
  clientName: string | null;
  caller: string;
  how: CallHow;
  whatHappened: string;
  outcome: CallOutcomeShown;
  followUp: boolean;
  /** The contact the follow-up became, once made. */
  followUpContactId: number | null;
  reviewedMeetingId: number | null;
  reviewedAt: string | null;
}

/**
 * Hook for the hospital log (issue 10): a call that ended in hospital offers to open a
 * hospital stay for the client from the call's time. Returns what that stay would start
 * from, or null when there is nothing to offer.
 */
export function hospitalStayOffer(call: Pick<AfterHoursCall, 'outcome' | 'clientId' | 'at'>): { clientId: number; from: string } | null {
  return call.outcome === 'hospitalized' && call.clientId !== null ? { clientId: call.clientId, from: call.at } : null;
}
