/**
 * Team activities (issue 14): group, supervision, training, team meeting, travel. Staff time
 * with no client, kept apart from contacts so nothing that counts client contacts (the tracker,
 * fidelity, the MD board, the meeting) ever counts them; the warnings and the draft see them
 * through shared/rules/staff-time.ts.
 */
import { ApiError, type ParsedInput } from '../../shared/api';
import type { LocalDate } from '../../shared/domain';
import { SERIES_MAX_DAYS, TEAM_ACTIVITY_LABELS, type TeamActivity, type TeamActivityKind, type TeamActivityLocation } from '../../shared/team-activities';
import { addDays, formatDate } from '../../shared/time';
import { requireWallClock } from './contacts';
import { type CallContext, checkVersion, notFound } from './context';
import type { HandlersFor } from './handler';
import { teamTimeFormatter } from './settings';
import { getStaff, requireActiveStaff } from './staff';

interface ActivityRow {
  id: number;
  kind: TeamActivityKind;
  day: string;
  start_minute: number;
  end_minute: number;
  location: TeamActivityLocation;
  note: string;
  series_id: number | null;
  version: number;
  updated_at: string;
}

function staffOf(ctx: Pick<CallContext, 'db'>, ids: number[]): Map<number, number[]> {
  const byActivity = new Map<number, number[]>(ids.map((id) => [id, []]));
  if (ids.length === 0) return byActivity;
  const rows = ctx.db
    .prepare(`SELECT activity_id, staff_id FROM team_activity_staff WHERE activity_id IN (${ids.map(() => '?').join(',')}) ORDER BY staff_id`)
    .all(...ids) as { activity_id: number; staff_id: number }[];
  for (const r of rows) byActivity.get(r.activity_id)!.push(r.staff_id);
  return byActivity;
}

const toActivity = (r: ActivityRow, staffIds: number[]): TeamActivity => ({
  id: r.id,
  kind: r.kind,
  day: r.day,
  startMinute: r.start_minute,
  endMinute: r.end_minute,
  location: r.location,
  staffIds,
  note: r.note,
  seriesId: r.series_id,
  version: r.version,
});

/** A day's team activities in time order (the caller applies its privacy to the notes). */
export function activitiesOn(ctx: Pick<CallContext, 'db'>, day: LocalDate): TeamActivity[] {
  const rows = ctx.db.prepare('SELECT * FROM team_activities WHERE day = ? ORDER BY start_minute, end_minute, id').all(day) as ActivityRow[];
  const staff = staffOf(ctx, rows.map((r) => r.id));
  return rows.map((r) => toActivity(r, staff.get(r.id)!));
}

function rowOf(ctx: Pick<CallContext, 'db'>, id: number): ActivityRow {
  const r = ctx.db.prepare('SELECT * FROM team_activities WHERE id = ?').get(id) as ActivityRow | undefined;
  if (!r) throw notFound('Team activity', id);
  return r;
}

export function getActivity(ctx: Pick<CallContext, 'db'>, id: number): TeamActivity {
  return toActivity(rowOf(ctx, id), staffOf(ctx, [id]).get(id)!);
}

function currentFor(ctx: CallContext, id: number, version: number): TeamActivity {
  const r = rowOf(ctx, id);
  checkVersion('team activity', { version: r.version, updatedAt: r.updated_at }, version, teamTimeFormatter(ctx));
  return getActivity(ctx, id);
}

/** The rules every team activity meets, however it is made or changed. */
function check(ctx: CallContext, a: ActivityFields, before: TeamActivity | null): void {
  if (a.endMinute <= a.startMinute) throw new ApiError('validation', 'End time must be after the start time.');
  if (a.endMinute > 24 * 60) throw new ApiError('validation', 'The team activity must end by midnight of its day.');
  if (a.staffIds.length === 0) throw new ApiError('validation', 'A team activity needs at least one staff member.');
  // Someone already in it may stay in it after going inactive; nobody inactive is added.
  for (const s of a.staffIds) if (!before?.staffIds.includes(s)) requireActiveStaff(ctx, s);
  requireWallClock(ctx, a.day, [a.startMinute, a.endMinute]);
}

function write(ctx: CallContext, a: ActivityFields, id: number | null): TeamActivity {
  const params = { ...a, now: ctx.nowIso, id };
  let activityId = id;
  if (activityId === null) {
    activityId = Number(
      ctx.db
        .prepare(
          `INSERT INTO team_activities (kind, day, start_minute, end_minute, location, note, series_id, created_at, updated_at)
           VALUES (@kind, @day, @startMinute, @endMinute, @location, @note, @seriesId, @now, @now)`,
        )
        .run(params).lastInsertRowid,
    );
  } else {
    ctx.db
      .prepare(
        `UPDATE team_activities SET kind = @kind, day = @day, start_minute = @startMinute, end_minute = @endMinute,
         location = @location, note = @note, version = version + 1, updated_at = @now WHERE id = @id`,
      )
      .run(params);
    ctx.db.prepare('DELETE FROM team_activity_staff WHERE activity_id = ?').run(activityId);
  }
  const add = ctx.db.prepare('INSERT INTO team_activity_staff (activity_id, staff_id) VALUES (?, ?)');
  for (const s of a.staffIds) add.run(activityId, s);
  return getActivity(ctx, activityId);
}

function saved(ctx: CallContext, action: string, before: TeamActivity | null, after: TeamActivity): TeamActivity {
  ctx.audit(action, 'team_activity', after.id, before ?? undefined, after);
  // The board shows them: seats refresh the day (and the day it left).
  ctx.changed('contacts', after.day, ...(before && before.day !== after.day ? [before.day] : []));
  return after;
}

type ActivityFields = Omit<TeamActivity, 'id' | 'version'>;

function createActivity(ctx: CallContext, input: ParsedInput<'activities.create'>): TeamActivity {
  const a: ActivityFields = { kind: input.kind, day: input.day, startMinute: input.start, endMinute: input.end, location: input.location, staffIds: input.staffIds, note: input.note, seriesId: null };
  check(ctx, a, null);
  if (!input.repeat) return saved(ctx, 'create', null, write(ctx, a, null));
  const [first, ...rest] = seriesDays(input.day, input.repeat);
  const opening = write(ctx, { ...a, day: first! }, null);
  ctx.db.prepare('UPDATE team_activities SET series_id = id WHERE id = ?').run(opening.id);
  saved(ctx, 'create', null, getActivity(ctx, opening.id));
  for (const day of rest) {
    const next = { ...a, day, seriesId: opening.id };
    check(ctx, next, null);
    saved(ctx, 'create', null, write(ctx, next, null));
  }
  return getActivity(ctx, opening.id);
}

/** The dates of a series: the first, then every `everyWeeks` weeks up to `until`, at most a year ahead. */
function seriesDays(day: LocalDate, { everyWeeks, until }: { everyWeeks: number; until: LocalDate }): LocalDate[] {
  if (until < day) throw new ApiError('validation', `The series ends (${formatDate(until)}) before it starts (${formatDate(day)}).`);
  const last = addDays(day, SERIES_MAX_DAYS);
  if (until > last) throw new ApiError('validation', `A series can be planned up to a year ahead: until ${formatDate(last)} at the latest.`);
  const days: LocalDate[] = [];
  for (let d = day; d <= until; d = addDays(d, 7 * everyWeeks)) days.push(d);
  return days;
}

/** The activities of `a`'s series after it, in date order (none for a one-off). */
function followingInSeries(ctx: Pick<CallContext, 'db'>, a: TeamActivity): TeamActivity[] {
  if (a.seriesId === null) return [];
  const ids = ctx.db.prepare('SELECT id FROM team_activities WHERE series_id = ? AND day > ? ORDER BY day').pluck().all(a.seriesId, a.day) as number[];
  return ids.map((id) => getActivity(ctx, id));
}

function updateActivity(ctx: CallContext, input: ParsedInput<'activities.update'>): TeamActivity {
  const before = currentFor(ctx, input.id, input.version);
  const changedFrom = (b: TeamActivity): ActivityFields => ({
    kind: input.kind ?? b.kind,
    day: b.day,
    startMinute: input.start ?? b.startMinute,
    endMinute: input.end ?? b.endMinute,
    location: input.location ?? b.location,
    staffIds: input.staffIds ?? b.staffIds,
    note: input.note ?? b.note,
    seriesId: b.seriesId,
  });
  const later = input.following ? followingInSeries(ctx, before) : [];
  if (later.length > 0 && input.day && input.day !== before.day) {
    throw new ApiError('validation', 'The date changes for one activity of a series at a time: change only this one, or delete the following and start a new series.');
  }
  const next = { ...changedFrom(before), day: input.day ?? before.day };
  check(ctx, next, before);
  const after = saved(ctx, 'update', before, write(ctx, next, input.id));
  for (const b of later) {
    const n = changedFrom(b);
    check(ctx, n, b);
    saved(ctx, 'update', b, write(ctx, n, b.id));
  }
  return after;
}

/** Dragged from one staff member's column to another's: the other takes their place in it. */
function moveActivity(ctx: CallContext, input: ParsedInput<'activities.move'>): TeamActivity {
  const before = currentFor(ctx, input.id, input.version);
  const label = TEAM_ACTIVITY_LABELS[before.kind];
  if (!before.staffIds.includes(input.fromStaffId)) {
    throw new ApiError('validation', `${getStaff(ctx, input.fromStaffId).name} is not in this ${label.toLowerCase()}; reload the board.`);
  }
  if (input.fromStaffId === input.toStaffId) return before;
  if (before.staffIds.includes(input.toStaffId)) {
    throw new ApiError('validation', `${getStaff(ctx, input.toStaffId).name} is already in this ${label.toLowerCase()}.`);
  }
  const staffIds = before.staffIds.map((s) => (s === input.fromStaffId ? input.toStaffId : s));
  const next = { ...before, staffIds };
  check(ctx, next, before);
  return saved(ctx, 'move', before, write(ctx, next, input.id));
}

/**
 * Someone off for the day leaves the day's team activities that others are in (the others still
 * meet). One they alone are in stays, with its "staff off" warning: a person decides who takes it.
 */
export function leaveTeamActivities(ctx: CallContext, staffId: number, day: LocalDate): TeamActivity[] {
  return activitiesOn(ctx, day)
    .filter((a) => a.staffIds.includes(staffId) && a.staffIds.length > 1)
    .map((before) => saved(ctx, 'leave', before, write(ctx, { ...before, staffIds: before.staffIds.filter((s) => s !== staffId) }, before.id)));
}

function deleteActivity(ctx: CallContext, input: ParsedInput<'activities.delete'>): { id: number; deleted: number } {
  const before = currentFor(ctx, input.id, input.version);
  const gone = [before, ...(input.following ? followingInSeries(ctx, before) : [])];
  for (const a of gone) {
    ctx.db.prepare('DELETE FROM team_activities WHERE id = ?').run(a.id);
    ctx.audit('delete', 'team_activity', a.id, a, undefined);
    ctx.changed('contacts', a.day);
  }
  return { id: input.id, deleted: gone.length };
}

export const teamActivityHandlers: HandlersFor<'activities.create' | 'activities.update' | 'activities.move' | 'activities.delete'> = {
  'activities.create': createActivity,
  'activities.update': updateActivity,
  'activities.move': moveActivity,
  'activities.delete': deleteActivity,
};
