/**
 * The on-call rota (issue 11): roles, rotations, overrides, "on call now", warnings,
 * fairness and the iCalendar export. The rules are in shared/oncall.ts; this module
 * stores what people entered and keeps the record of who actually held the phone.
 *
 * Changes apply to the future: before any change to the rota, what has passed since the
 * last change is written to `oncall_held` from the rota as it stood, so the past reads the
 * same afterwards.
 */
import ical from 'ical-generator';
import { DateTime } from 'luxon';
import { ApiError, type ParsedInput } from '../../shared/api';
import type { OnCallBoard, OnCallFairness, OnCallRota, OnCallTimeline } from '../../shared/contract/oncall';
import type { LocalDate } from '../../shared/domain';
import {
  type OnCallNow,
  type OnCallRole,
  type OnCallWarning,
  type Override,
  type Rotation,
  type Segment,
  daysTouched,
  fairness,
  gaps,
  holderAt,
  longRuns,
  merged,
  nightsOf,
  segmentsBetween,
  turnAt,
  turnIndexAt,
  turnsBetween,
} from '../../shared/oncall';
import { TIME_OFF_LABELS, type TimeOffKind } from '../../shared/schedule';
import { addDays, todayIn, toInstant, wallClockExists, formatDate } from '../../shared/time';
import { listAvailability } from './availability';
import { type CallContext, checkVersion, notFound } from './context';
import type { HandlersFor } from './handler';
import { workOf } from './sessions';
import { getSettings, teamTimeFormatter, teamClock } from './settings';
import { listStaff, requireActiveStaff } from './staff';

type Ctx = Pick<CallContext, 'db' | 'nowIso' | 'now'>;
const HOUR = 3600_000;
const DAY = 24 * HOUR;
const ms = (iso: string) => Date.parse(iso);
const isoAt = (t: number) => new Date(t).toISOString();

export function listRoles(ctx: Pick<CallContext, 'db'>): OnCallRole[] {
  return ctx.db.prepare('SELECT id, name, kind FROM oncall_roles ORDER BY id').all() as OnCallRole[];
}

function roleOf(ctx: Pick<CallContext, 'db'>, roleId: number): OnCallRole {
  const role = listRoles(ctx).find((r) => r.id === roleId);
  if (!role) throw notFound('On-call role', roleId);
  return role;
}

export function rotationOf(ctx: Pick<CallContext, 'db'>, roleId: number): (Rotation & { updatedAt: string }) | null {
  const r = ctx.db.prepare('SELECT * FROM oncall_rotations WHERE role_id = ?').get(roleId) as
    | { role_id: number; start_day: string; turn_days: number; handoff_json: string; version: number; updated_at: string }
    | undefined;
  if (!r) return null;
  const members = ctx.db
    .prepare('SELECT staff_id AS staffId, from_day AS fromDay, out_from AS outFrom, out_to AS outTo FROM oncall_members WHERE role_id = ? ORDER BY position')
    .all(roleId) as Rotation['members'];
  return {
    roleId,
    startDay: r.start_day,
    turnDays: r.turn_days,
    handoff: JSON.parse(r.handoff_json) as number[],
    members,
    version: r.version,
    updatedAt: r.updated_at,
  };
}

interface OverrideRow {
  id: number;
  role_id: number;
  staff_id: number;
  kind: Override['kind'];
  start_at: string;
  end_at: string;
  reason: string;
  pair_id: number | null;
}
const toOverride = (r: OverrideRow): Override => ({
  id: r.id,
  roleId: r.role_id,
  staffId: r.staff_id,
  kind: r.kind,
  start: r.start_at,
  end: r.end_at,
  reason: r.reason,
  pairId: r.pair_id,
});

function overridesOf(ctx: Pick<CallContext, 'db'>, roleId: number): Override[] {
  return (ctx.db.prepare('SELECT * FROM oncall_overrides WHERE role_id = ? ORDER BY id').all(roleId) as OverrideRow[]).map(toOverride);
}

function settledUntil(ctx: Pick<CallContext, 'db'>, roleId: number): string | null {
  return (ctx.db.prepare('SELECT until FROM oncall_settled WHERE role_id = ?').get(roleId) as { until: string } | undefined)?.until ?? null;
}

/** Writes who held each role since the last settling, from the rota as it stands now (before a change). */
function settle(ctx: Ctx): void {
  const { timeZone } = getSettings(ctx);
  for (const role of listRoles(ctx)) {
    const rotation = rotationOf(ctx, role.id);
    if (!rotation) continue;
    const from = settledUntil(ctx, role.id) ?? turnAt(rotation, 0, timeZone).start;
    if (ms(from) < ctx.now.getTime()) {
      const insert = ctx.db.prepare('INSERT INTO oncall_held (role_id, staff_id, start_at, end_at) VALUES (?, ?, ?, ?)');
      for (const s of merged(segmentsBetween(rotation, overridesOf(ctx, role.id), from, ctx.nowIso, timeZone))) {
        insert.run(role.id, s.staffId, s.start, s.end);
      }
      ctx.db.prepare('INSERT OR REPLACE INTO oncall_settled (role_id, until) VALUES (?, ?)').run(role.id, ctx.nowIso);
    }
  }
}

/** Who held (in the past, as recorded) or holds (from the rota) a role over [from, to). */
export function segmentsOf(ctx: Pick<CallContext, 'db'>, roleId: number, from: string, to: string, timeZone: string): Segment[] {
  const rotation = rotationOf(ctx, roleId);
  const until = settledUntil(ctx, roleId);
  const held: Segment[] =
    until === null || ms(until) <= ms(from)
      ? []
      : (
          ctx.db
            .prepare('SELECT staff_id, start_at, end_at FROM oncall_held WHERE role_id = ? AND end_at > ? AND start_at < ? ORDER BY start_at')
            .all(roleId, from, to) as { staff_id: number | null; start_at: string; end_at: string }[]
        ).map((r) => ({
          roleId,
          staffId: r.staff_id,
          start: ms(r.start_at) < ms(from) ? from : r.start_at,
          end: ms(r.end_at) > ms(to) ? to : r.end_at,
          overrideId: null,
        }));
  const computedFrom = until !== null && ms(until) > ms(from) ? until : from;
  if (ms(computedFrom) >= ms(to)) return held;
  const computed = rotation
    ? segmentsBetween(rotation, overridesOf(ctx, roleId), computedFrom, to, timeZone)
    : [{ roleId, staffId: null, start: computedFrom, end: to, overrideId: null }];
  return [...held, ...computed];
}

const staffNames = (ctx: Pick<CallContext, 'db'>) => new Map(listStaff(ctx).map((s) => [s.id, s.name]));

function phonesOf(ctx: CallContext): Map<number, string> {
  const rows = ctx.db.prepare('SELECT id, phone FROM staff').all() as { id: number; phone: string }[];
  // A staff member's own number is for the team, not for a corridor: a locked seat gets none.
  return new Map(rows.map((r) => [r.id, ctx.privacy.withholdTexts ? '' : r.phone]));
}

function oncallSettings(ctx: Pick<CallContext, 'db'>): { maxNights: number; crisisLine: string } {
  return ctx.db.prepare('SELECT max_nights AS maxNights, crisis_line AS crisisLine FROM oncall_settings WHERE id = 1').get() as {
    maxNights: number;
    crisisLine: string;
  };
}

function rota(ctx: CallContext): OnCallRota {
  const { timeZone } = getSettings(ctx);
  const since = isoAt(ctx.now.getTime() - 30 * DAY);
  const overrides = (ctx.db.prepare('SELECT * FROM oncall_overrides WHERE end_at > ? ORDER BY start_at, id').all(since) as OverrideRow[])
    .map(toOverride)
    .map((o) => ({ ...o, reason: ctx.privacy.text(o.reason) }));
  return {
    timeZone,
    roles: listRoles(ctx).map((r) => {
      const rotation = rotationOf(ctx, r.id);
      if (!rotation) return { ...r, rotation: null };
      const { updatedAt: _updatedAt, ...shown } = rotation;
      return { ...r, rotation: shown };
    }),
    overrides,
    phones: [...phonesOf(ctx)].map(([staffId, phone]) => ({ staffId, phone })),
    ...oncallSettings(ctx),
  };
}

function dayStart(day: LocalDate, timeZone: string): string {
  return toInstant(day, 0, timeZone).toISOString();
}

function timeline(ctx: CallContext, input: ParsedInput<'oncall.timeline'>): OnCallTimeline {
  if (input.to > addDays(input.from, 400)) throw new ApiError('validation', 'To: ask for at most 400 days at a time.');
  const { timeZone } = getSettings(ctx);
  const from = dayStart(input.from, timeZone);
  const to = dayStart(addDays(input.to, 1), timeZone);
  return {
    from,
    to,
    roles: listRoles(ctx).map((r) => {
      const rotation = rotationOf(ctx, r.id);
      const segments = merged(segmentsOf(ctx, r.id, from, to, timeZone));
      return { roleId: r.id, turns: rotation ? turnsBetween(rotation, from, to, timeZone) : [], segments, gaps: gaps(segments, from, to) };
    }),
  };
}

/** How far ahead the board warns. */
const WARN_DAYS = 28;

function warnings(ctx: CallContext, timeZone: string): OnCallWarning[] {
  const out: OnCallWarning[] = [];
  const format = teamTimeFormatter(ctx);
  const names = staffNames(ctx);
  const { maxNights } = oncallSettings(ctx);
  const today = todayIn(timeZone, ctx.now);
  const from = ctx.nowIso;
  const to = dayStart(addDays(today, WARN_DAYS), timeZone);
  const availability = listAvailability(ctx, { from: addDays(today, -1), to: addDays(today, WARN_DAYS + 1) });
  const active = new Set(listStaff(ctx).filter((s) => s.active).map((s) => s.id));
  for (const role of listRoles(ctx)) {
    const rotation = rotationOf(ctx, role.id);
    if (!rotation) {
      out.push({ kind: 'no_rotation', loud: role.kind !== 'other', message: `${role.name} has no rotation: nobody holds it.`, roleId: role.id, staffId: null });
      continue;
    }
    const segments = merged(segmentsOf(ctx, role.id, from, to, timeZone));
    for (const g of gaps(segments, from, to)) {
      out.push({
        kind: 'nobody_on_call',
        loud: true,
        message: `Nobody holds ${role.name} from ${format(g.start)} to ${format(g.end)}.`,
        roleId: role.id,
        staffId: null,
      });
    }
    for (const s of segments) {
      if (s.staffId === null) continue;
      if (!active.has(s.staffId)) {
        out.push({
          kind: 'inactive_on_call',
          loud: true,
          message: `${names.get(s.staffId)} is no longer active but holds ${role.name} from ${format(s.start)}: take them out of the rotation.`,
          roleId: role.id,
          staffId: s.staffId,
        });
        continue;
      }
      const off = availability.find((a) => a.staffId === s.staffId)?.timeOff ?? [];
      const days = daysTouched(s.start, s.end, timeZone);
      const clash = off.find((t) => days.some((d) => d >= t.fromDay && d <= t.toDay));
      if (clash) {
        out.push({
          kind: 'on_call_time_off',
          loud: false,
          message: `${names.get(s.staffId)} holds ${role.name} from ${format(s.start)} but has ${TIME_OFF_LABELS[clash.kind as TimeOffKind].toLowerCase()} ${clash.fromDay === clash.toDay ? `on ${formatDate(clash.fromDay)}` : `from ${formatDate(clash.fromDay)} to ${formatDate(clash.toDay)}`}.`,
          roleId: role.id,
          staffId: s.staffId,
        });
      }
    }
    // Nights already run count: look back as far as the limit.
    const nightDays = Array.from({ length: WARN_DAYS + maxNights }, (_, i) => addDays(today, i - maxNights));
    const nightSegments = merged(segmentsOf(ctx, role.id, dayStart(nightDays[0]!, timeZone), to, timeZone));
    for (const run of longRuns(nightsOf(nightSegments, nightDays, timeZone), nightDays, maxNights)) {
      if (run.to < today) continue;
      out.push({
        kind: 'too_many_nights',
        loud: false,
        message: `${names.get(run.staffId)} holds ${role.name} ${run.nights} nights in a row (${formatDate(run.from)} to ${formatDate(run.to)}); the team's limit is ${maxNights}.`,
        roleId: role.id,
        staffId: run.staffId,
      });
    }
  }
  return out;
}

function onCallNow(ctx: CallContext): OnCallBoard {
  const { timeZone } = getSettings(ctx);
  const names = staffNames(ctx);
  const phones = phonesOf(ctx);
  const person = (staffId: number | null) => ({
    staffId,
    name: staffId === null ? null : (names.get(staffId) ?? null),
    phone: staffId === null ? null : phones.get(staffId) || null,
  });
  // Far enough to find the next hand-off of a 28-day turn; the seat gets the next 48 hours,
  // and at least the holder after next (so the strip still says "until" right after a hand-off).
  const ahead = isoAt(ctx.now.getTime() + 30 * DAY);
  const shownUntil = ctx.now.getTime() + 2 * DAY;
  const roles: OnCallNow[] = listRoles(ctx).map((role) => {
    const segments = merged(segmentsOf(ctx, role.id, ctx.nowIso, ahead, timeZone));
    const [current, following] = segments;
    return {
      role,
      now: { ...person(current?.staffId ?? null), until: following ? current!.end : null },
      next: following ? { ...person(following.staffId), from: following.start } : null,
      upcoming: segments.filter((s, i) => i < 3 || ms(s.start) < shownUntil),
    };
  });
  return { now: ctx.nowIso, crisisLine: oncallSettings(ctx).crisisLine, roles, warnings: warnings(ctx, timeZone) };
}

function fairnessTable(ctx: CallContext): OnCallFairness {
  const { timeZone } = getSettings(ctx);
  const today = todayIn(timeZone, ctx.now);
  const fromDay = addDays(today, -365);
  const from = dayStart(fromDay, timeZone);
  const to = ctx.nowIso;
  const holidays = new Set(
    (ctx.db.prepare('SELECT day FROM holidays WHERE day BETWEEN ? AND ?').all(fromDay, today) as { day: string }[]).map((h) => h.day),
  );
  return {
    from,
    to,
    roles: listRoles(ctx).map((r) => ({
      roleId: r.id,
      rows: fairness(segmentsOf(ctx, r.id, from, to, timeZone), fromDay, addDays(today, -1), holidays, timeZone).sort((a, b) => b.weeks - a.weeks),
    })),
  };
}

/** iCalendar of the turns 12 months ahead, overrides applied, from the start of today. */
export function calendar(ctx: CallContext, staffId: number | null): { filename: string; ics: string } {
  const { timeZone, teamName } = getSettings(ctx);
  const today = todayIn(timeZone, ctx.now);
  const from = dayStart(today, timeZone);
  const to = dayStart(DateTime.fromISO(today).plus({ months: 12 }).toISODate() as LocalDate, timeZone);
  const names = staffNames(ctx);
  const who = staffId === null ? null : names.get(staffId);
  if (staffId !== null && !who) throw notFound('Staff member', staffId);
  const cal = ical({ name: who ? `On call: ${who}` : `${teamName}: on call`, prodId: { company: 'ACT Board', product: 'on-call rota' } });
  for (const role of listRoles(ctx)) {
    for (const s of merged(segmentsOf(ctx, role.id, from, to, timeZone))) {
      if (s.staffId === null || (staffId !== null && s.staffId !== staffId)) continue;
      cal.createEvent({
        id: `oncall-${role.id}-${s.start}@act-board`,
        start: new Date(s.start),
        end: new Date(s.end),
        summary: `${role.name}: ${names.get(s.staffId) ?? 'unknown'}`,
        stamp: ctx.now,
      });
    }
  }
  const slug = (who ?? teamName).toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return { filename: `on-call-${slug || 'team'}.ics`, ics: cal.toString() };
}

function addRole(ctx: CallContext, input: ParsedInput<'oncall.addRole'>): OnCallRole {
  if (listRoles(ctx).some((r) => r.name.toLowerCase() === input.name.toLowerCase())) {
    throw new ApiError('validation', `Name: there is already a role called "${input.name}".`);
  }
  const { lastInsertRowid } = ctx.db.prepare("INSERT INTO oncall_roles (name, kind) VALUES (?, 'other')").run(input.name);
  const role = roleOf(ctx, Number(lastInsertRowid));
  ctx.audit('create', 'oncall_role', role.id, undefined, role);
  ctx.changed('oncall');
  return role;
}

function saveRotation(ctx: CallContext, input: ParsedInput<'oncall.saveRotation'>): Rotation {
  const role = roleOf(ctx, input.roleId);
  const before = rotationOf(ctx, role.id);
  if (before) checkVersion(`rotation of ${role.name}`, before, input.version, teamTimeFormatter(ctx));
  else if (input.version !== 0) throw new ApiError('conflict', `The rotation of ${role.name} was removed on another seat; reload and make your change again.`);
  for (const m of input.members) requireActiveStaff(ctx, m.staffId);
  settle(ctx);
  const row = { roleId: role.id, startDay: input.startDay, turnDays: input.turnDays, handoff: JSON.stringify(input.handoff), now: ctx.nowIso };
  if (before) {
    ctx.db
      .prepare('UPDATE oncall_rotations SET start_day = @startDay, turn_days = @turnDays, handoff_json = @handoff, version = version + 1, updated_at = @now WHERE role_id = @roleId')
      .run(row);
  } else {
    ctx.db
      .prepare('INSERT INTO oncall_rotations (role_id, start_day, turn_days, handoff_json, version, updated_at) VALUES (@roleId, @startDay, @turnDays, @handoff, 1, @now)')
      .run(row);
  }
  ctx.db.prepare('DELETE FROM oncall_members WHERE role_id = ?').run(role.id);
  const insert = ctx.db.prepare('INSERT INTO oncall_members (role_id, staff_id, position, from_day, out_from, out_to) VALUES (?, ?, ?, ?, ?, ?)');
  input.members.forEach((m, i) => insert.run(role.id, m.staffId, i, m.fromDay, m.outFrom, m.outTo));
  const after = rotationOf(ctx, role.id)!;
  ctx.audit(before ? 'update' : 'create', 'oncall_rotation', role.id, before ?? undefined, after);
  ctx.changed('oncall');
  const { updatedAt: _updatedAt, ...shown } = after;
  return shown;
}

function requireRotation(ctx: CallContext, roleId: number): Rotation {
  const role = roleOf(ctx, roleId);
  const rotation = rotationOf(ctx, roleId);
  if (!rotation) throw new ApiError('validation', `${role.name} has no rotation yet: set one up before changing turns.`);
  return rotation;
}

/** The rotation's turn that starts at exactly `start`; anything else is outside the rota. */
function turnStartingAt(rotation: Rotation, start: string, timeZone: string, roleName: string) {
  const turn = turnAt(rotation, Math.max(0, turnIndexAt(rotation, start, timeZone)), timeZone);
  if (turn.start !== start) {
    throw new ApiError('validation', `No turn of ${roleName} starts then: that is outside the rota (it may have changed on another seat). Reload and choose again.`);
  }
  return turn;
}

function insertOverride(ctx: CallContext, o: Omit<Override, 'id' | 'pairId'>): number {
  const { lastInsertRowid } = ctx.db
    .prepare(
      `INSERT INTO oncall_overrides (role_id, staff_id, kind, start_at, end_at, reason, created_at)
       VALUES (@roleId, @staffId, @kind, @start, @end, @reason, @now)`,
    )
    .run({ ...o, now: ctx.nowIso });
  return Number(lastInsertRowid);
}

function overrideById(ctx: Pick<CallContext, 'db'>, id: number): Override {
  const r = ctx.db.prepare('SELECT * FROM oncall_overrides WHERE id = ?').get(id) as OverrideRow | undefined;
  if (!r) throw notFound('On-call change', id);
  return toOverride(r);
}

function addOverride(ctx: CallContext, input: ParsedInput<'oncall.override'>): Override[] {
  const rotation = requireRotation(ctx, input.roleId);
  const role = roleOf(ctx, input.roleId);
  const { timeZone } = getSettings(ctx);
  const names = staffNames(ctx);
  const overrides = overridesOf(ctx, role.id);
  const now = ctx.now.getTime();
  const notOver = (t: { end: string }) => {
    if (ms(t.end) <= now) throw new ApiError('validation', 'That turn is over: who held the phone then is kept as it happened.');
  };
  const holder = (at: string) => holderAt(rotation, overrides, at, timeZone).staffId;
  settle(ctx);
  let ids: number[];
  if (input.kind === 'swap') {
    const a = turnStartingAt(rotation, input.turn, timeZone, role.name);
    const b = turnStartingAt(rotation, input.withTurn, timeZone, role.name);
    if (a.index === b.index) throw new ApiError('validation', 'Choose two different turns to swap.');
    [a, b].forEach(notOver);
    const [ha, hb] = [holder(a.start), holder(b.start)];
    if (ha === null || hb === null) throw new ApiError('validation', 'Nobody holds one of those turns: give it to someone instead of swapping.');
    if (ha === hb) throw new ApiError('validation', `A swap needs two people: ${names.get(ha)} holds both turns.`);
    const start = (t: { start: string }) => (ms(t.start) < now ? ctx.nowIso : t.start);
    const first = insertOverride(ctx, { roleId: role.id, staffId: hb, kind: 'swap', start: start(a), end: a.end, reason: input.reason });
    const second = insertOverride(ctx, { roleId: role.id, staffId: ha, kind: 'swap', start: start(b), end: b.end, reason: input.reason });
    ctx.db.prepare('UPDATE oncall_overrides SET pair_id = ? WHERE id = ?').run(second, first);
    ctx.db.prepare('UPDATE oncall_overrides SET pair_id = ? WHERE id = ?').run(first, second);
    ids = [first, second];
  } else if (input.kind === 'give') {
    const t = turnStartingAt(rotation, input.turn, timeZone, role.name);
    notOver(t);
    const to = requireActiveStaff(ctx, input.staffId);
    const start = ms(t.start) < now ? ctx.nowIso : t.start;
    if (holder(start) === to.id) throw new ApiError('validation', `${to.name} already holds that turn.`);
    ids = [insertOverride(ctx, { roleId: role.id, staffId: to.id, kind: 'give', start, end: t.end, reason: input.reason })];
  } else {
    const who = requireActiveStaff(ctx, input.staffId);
    for (const w of [input.from, input.to]) {
      if (!wallClockExists(w.day, w.time, timeZone)) {
        throw new ApiError('validation', `${teamClock(ctx)(w.time)} does not exist on ${formatDate(w.day)} in ${timeZone}: the clocks go forward that night.`);
      }
    }
    const start = toInstant(input.from.day, input.from.time, timeZone).toISOString();
    const end = toInstant(input.to.day, input.to.time, timeZone).toISOString();
    if (ms(end) <= ms(start)) throw new ApiError('validation', 'To must be after the start: a turn cannot end before it starts.');
    if (ms(start) < now - 5 * 60_000) throw new ApiError('validation', 'From is in the past: who held the phone then is kept as it happened.');
    const first = turnAt(rotation, 0, timeZone);
    if (ms(start) < ms(first.start)) {
      throw new ApiError('validation', `That is outside the rota: ${role.name} starts at ${teamTimeFormatter(ctx)(first.start)}.`);
    }
    ids = [insertOverride(ctx, { roleId: role.id, staffId: who.id, kind: 'cover', start: ms(start) < now ? ctx.nowIso : start, end, reason: input.reason })];
  }
  const created = ids.map((i) => overrideById(ctx, i));
  ctx.audit(input.kind, 'oncall_override', created[0]!.id, undefined, created);
  ctx.changed('oncall');
  return created;
}

function takeNow(ctx: CallContext, input: ParsedInput<'oncall.takeNow'>): Override {
  const rotation = requireRotation(ctx, input.roleId);
  const role = roleOf(ctx, input.roleId);
  const { timeZone } = getSettings(ctx);
  const staffId = workOf(ctx, input.staffId, (me) => `${me.name} may take the phone themselves only; a shift manager can hand it to someone else.`);
  if (staffId === undefined) throw new ApiError('validation', 'Staff: choose who takes the phone.');
  const who = requireActiveStaff(ctx, staffId);
  const index = turnIndexAt(rotation, ctx.nowIso, timeZone);
  if (index < 0) throw new ApiError('validation', `That is outside the rota: ${role.name} has not started yet.`);
  if (holderAt(rotation, overridesOf(ctx, role.id), ctx.nowIso, timeZone).staffId === who.id) {
    throw new ApiError('validation', `${who.name} already holds ${role.name}.`);
  }
  settle(ctx);
  const id = insertOverride(ctx, { roleId: role.id, staffId: who.id, kind: 'take_now', start: ctx.nowIso, end: turnAt(rotation, index, timeZone).end, reason: input.reason });
  const created = overrideById(ctx, id);
  ctx.audit('take_now', 'oncall_override', id, undefined, created);
  ctx.changed('oncall');
  return created;
}

/** Ends an override (and its swap partner): what has not started goes, what is under way ends now, the past stays. */
function removeOverride(ctx: CallContext, input: ParsedInput<'oncall.removeOverride'>): { removed: number[] } {
  const o = overrideById(ctx, input.id);
  const pair = o.pairId === null ? [] : [overrideById(ctx, o.pairId)];
  const now = ctx.now.getTime();
  const all = [o, ...pair];
  if (all.every((x) => ms(x.end) <= now)) throw new ApiError('validation', 'That change is over: who held the phone then is kept as it happened.');
  settle(ctx);
  const removed: number[] = [];
  ctx.db.prepare('UPDATE oncall_overrides SET pair_id = NULL WHERE id IN (?, ?)').run(o.id, o.pairId ?? o.id);
  for (const x of all) {
    if (ms(x.end) <= now) continue;
    if (ms(x.start) < now) ctx.db.prepare('UPDATE oncall_overrides SET end_at = ? WHERE id = ?').run(ctx.nowIso, x.id);
    else ctx.db.prepare('DELETE FROM oncall_overrides WHERE id = ?').run(x.id);
    removed.push(x.id);
  }
  ctx.audit('remove', 'oncall_override', o.id, all, undefined);
  ctx.changed('oncall');
  return { removed };
}

function setPhone(ctx: CallContext, input: ParsedInput<'oncall.setPhone'>): { staffId: number; phone: string } {
  const before = ctx.db.prepare('SELECT phone FROM staff WHERE id = ?').get(input.staffId) as { phone: string } | undefined;
  if (!before) throw notFound('Staff member', input.staffId);
  ctx.db.prepare('UPDATE staff SET phone = ? WHERE id = ?').run(input.phone, input.staffId);
  ctx.audit('phone', 'staff', input.staffId, before, { phone: input.phone });
  ctx.changed('oncall');
  return input;
}

function updateSettings(ctx: CallContext, input: ParsedInput<'oncall.updateSettings'>): { maxNights: number; crisisLine: string } {
  const before = oncallSettings(ctx);
  ctx.db.prepare('UPDATE oncall_settings SET max_nights = ?, crisis_line = ? WHERE id = 1').run(input.maxNights, input.crisisLine);
  ctx.audit('update', 'oncall_settings', 1, before, input);
  ctx.changed('oncall');
  return input;
}

export const oncallHandlers: HandlersFor<
  | 'oncall.rota'
  | 'oncall.timeline'
  | 'oncall.now'
  | 'oncall.fairness'
  | 'oncall.calendar'
  | 'oncall.addRole'
  | 'oncall.saveRotation'
  | 'oncall.override'
  | 'oncall.takeNow'
  | 'oncall.removeOverride'
  | 'oncall.setPhone'
  | 'oncall.updateSettings'
> = {
  'oncall.rota': rota,
  'oncall.timeline': timeline,
  'oncall.now': onCallNow,
  'oncall.fairness': fairnessTable,
  'oncall.calendar': (ctx, i) => calendar(ctx, i.staffId),
  'oncall.addRole': addRole,
  'oncall.saveRotation': saveRotation,
  'oncall.override': addOverride,
  'oncall.takeNow': takeNow,
  'oncall.removeOverride': removeOverride,
  'oncall.setPhone': setPhone,
  'oncall.updateSettings': updateSettings,
};
