/** The significant event log: written between meetings, highlighted until a meeting reviews it. */
import { DateTime } from 'luxon';
import { ApiError, type ParsedInput } from '../../shared/api';
import type { EventCategory, EventList, Severity, SignificantEvent } from '../../shared/meeting';
import { toInstant, wallClockExists, formatDate } from '../../shared/time';
import { getClient } from './clients';
import { type CallContext, notFound } from './context';
import type { HandlersFor } from './handler';
import { shownEvent } from './privacy';
import { getSettings, teamClock } from './settings';
import { workOf } from './sessions';
import { requireActiveStaff } from './staff';

interface EventRow {
  id: number;
  client_id: number | null;
  occurred_at: string;
  category: EventCategory;
  severity: Severity;
  text: string;
  author_staff_id: number;
  on_call: number;
  reviewed_meeting_id: number | null;
  reviewed_at: string | null;
  version: number;
  created_at: string;
}

export const toEvent = (r: EventRow): SignificantEvent => ({
  id: r.id,
  clientId: r.client_id,
  occurredAt: r.occurred_at,
  category: r.category,
  severity: r.severity,
  text: r.text,
  authorStaffId: r.author_staff_id,
  onCall: r.on_call === 1,
  reviewedMeetingId: r.reviewed_meeting_id,
  reviewedAt: r.reviewed_at,
  version: r.version,
  createdAt: r.created_at,
});

/** Five minutes of grace for a seat whose clock runs a little ahead. */
const FUTURE_GRACE_MS = 5 * 60 * 1000;

export function getEvent(ctx: Pick<CallContext, 'db'>, id: number): SignificantEvent {
  const r = ctx.db.prepare('SELECT * FROM significant_events WHERE id = ?').get(id) as EventRow | undefined;
  if (!r) throw notFound('Significant event', id);
  return toEvent(r);
}

export function createEvent(ctx: CallContext, input: ParsedInput<'events.create'>): SignificantEvent {
  if (input.clientId !== null) {
    const client = getClient(ctx, input.clientId);
    if (client.status === 'discharged') {
      throw new ApiError('validation', `${client.preferredName} is discharged; events are logged for clients on the team.`);
    }
  }
  const authorStaffId = workOf(ctx, input.authorStaffId, (me) => `${me.name} may write events as themselves only.`);
  if (authorStaffId === undefined) throw new ApiError('validation', 'Author: choose who is writing the event.');
  requireActiveStaff(ctx, authorStaffId);
  const { timeZone } = getSettings(ctx);
  if (!wallClockExists(input.day, input.time, timeZone)) {
    throw new ApiError('validation', `${teamClock(ctx)(input.time)} does not exist on ${formatDate(input.day)} in ${timeZone}: the clocks go forward that night.`);
  }
  const occurred = toInstant(input.day, input.time, timeZone);
  if (occurred.getTime() > ctx.now.getTime() + FUTURE_GRACE_MS) {
    throw new ApiError('validation', 'The time of an event cannot be in the future.');
  }
  const { lastInsertRowid } = ctx.db
    .prepare(
      `INSERT INTO significant_events (client_id, occurred_at, category, severity, text, author_staff_id, on_call, created_at, updated_at)
       VALUES (@clientId, @occurredAt, @category, @severity, @text, @authorStaffId, @onCall, @now, @now)`,
    )
    .run({ ...input, authorStaffId, occurredAt: occurred.toISOString(), onCall: input.onCall ? 1 : 0, now: ctx.nowIso });
  const created = getEvent(ctx, Number(lastInsertRowid));
  ctx.audit('create', 'event', created.id, undefined, created);
  ctx.changed('events');
  return created;
}

export function listEvents(ctx: CallContext, input: ParsedInput<'events.list'>): EventList {
  const { timeZone } = getSettings(ctx);
  if (input.query && ctx.privacy.withholdTexts) {
    throw new ApiError('locked', 'Unlock with your PIN to search the texts of events.');
  }
  if (input.from && input.to && input.to < input.from) {
    throw new ApiError('validation', 'The end of the date range must not be before its start.');
  }
  const where: string[] = [];
  const params: Record<string, unknown> = {};
  if (input.query) {
    where.push("text LIKE @query ESCAPE '\\'");
    params.query = `%${input.query.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  }
  if (input.clientId !== null) {
    where.push('client_id = @clientId');
    params.clientId = input.clientId;
  }
  if (input.category !== null) {
    where.push('category = @category');
    params.category = input.category;
  }
  if (input.from) {
    where.push('occurred_at >= @from');
    params.from = DateTime.fromISO(input.from, { zone: timeZone }).startOf('day').toUTC().toISO();
  }
  if (input.to) {
    where.push('occurred_at < @to');
    params.to = DateTime.fromISO(input.to, { zone: timeZone }).plus({ days: 1 }).startOf('day').toUTC().toISO();
  }
  if (input.unreviewedOnly) where.push('reviewed_meeting_id IS NULL');
  const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const total = (ctx.db.prepare(`SELECT COUNT(*) AS n FROM significant_events ${clause}`).get(params) as { n: number }).n;
  const rows = ctx.db
    .prepare(`SELECT * FROM significant_events ${clause} ORDER BY occurred_at DESC, id DESC LIMIT @limit`)
    .all({ ...params, limit: input.limit }) as EventRow[];
  return { events: rows.map((r) => shownEvent(ctx.privacy, toEvent(r))), total };
}

/** Marks events reviewed in a running meeting; those already reviewed keep their first review. */
export function reviewEvents(ctx: CallContext, input: ParsedInput<'events.review'>): SignificantEvent[] {
  const meeting = ctx.db.prepare('SELECT status FROM meetings WHERE id = ?').get(input.meetingId) as { status: string } | undefined;
  if (!meeting) throw notFound('Meeting', input.meetingId);
  if (meeting.status !== 'running') throw new ApiError('validation', 'Events are marked reviewed during a running meeting; this one has ended.');
  const events = [...new Set(input.eventIds)].map((id) => getEvent(ctx, id));
  const mark = ctx.db.prepare(
    `UPDATE significant_events SET reviewed_meeting_id = ?, reviewed_at = ?, version = version + 1, updated_at = ?
     WHERE id = ? AND reviewed_meeting_id IS NULL`,
  );
  const after = events.map((e) => {
    if (e.reviewedMeetingId !== null) return e;
    mark.run(input.meetingId, ctx.nowIso, ctx.nowIso, e.id);
    const reviewed = getEvent(ctx, e.id);
    ctx.audit('review', 'event', e.id, e, reviewed);
    return reviewed;
  });
  ctx.changed('events');
  return after;
}

export const eventHandlers: HandlersFor<'events.create' | 'events.list' | 'events.review'> = {
  'events.create': createEvent,
  'events.list': listEvents,
  'events.review': reviewEvents,
};
