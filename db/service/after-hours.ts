/**
 * The after-hours log (issue 11): the person on call logs each call; everything since the
 * last meeting opens the next one and shows on the client's card until reviewed there; a
 * follow-up becomes a contact on the next working day's board in one action.
 */
import { ApiError, type ParsedInput } from '../../shared/api';
import type { Contact, LocalDate } from '../../shared/domain';
import type { AfterHoursCall } from '../../shared/oncall';
import { addDays, todayIn, toInstant, wallClockExists, weekdayOf, formatDate } from '../../shared/time';
import { holidayOn } from './availability';
import { getClient } from './clients';
import { createContact, getContact } from './contacts';
import { type CallContext, notFound } from './context';
import type { HandlersFor } from './handler';
import { workOf } from './sessions';
import { getSettings, teamClock } from './settings';
import { requireActiveStaff } from './staff';

/** A call logged a few minutes "ahead" of this host's clock is a clock difference between seats, not the future. */
const FUTURE_GRACE_MS = 5 * 60 * 1000;

interface CallRow {
  id: number;
  at: string;
  staff_id: number;
  client_id: number | null;
  caller: string;
  how: AfterHoursCall['how'];
  what_happened: string;
  outcome: AfterHoursCall['outcome'];
  follow_up: number;
  follow_up_contact_id: number | null;
  reviewed_meeting_id: number | null;
  reviewed_at: string | null;
}

/** The call as this caller may see it: the client by alias or initials, no free text on a locked seat. */
function shownCall(ctx: CallContext, r: CallRow): AfterHoursCall {
  const client = r.client_id === null ? null : getClient(ctx, r.client_id);
  return {
    id: r.id,
    at: r.at,
    staffId: r.staff_id,
    clientId: r.client_id,
    clientName: client ? ctx.privacy.nameOf(client) : null,
    caller: ctx.privacy.text(r.caller),
    how: r.how,
    whatHappened: ctx.privacy.text(r.what_happened),
    outcome: r.outcome,
    followUp: r.follow_up === 1,
    followUpContactId: r.follow_up_contact_id,
    reviewedMeetingId: r.reviewed_meeting_id,
    reviewedAt: r.reviewed_at,
  };
}

function row(ctx: Pick<CallContext, 'db'>, id: number): CallRow {
  const r = ctx.db.prepare('SELECT * FROM after_hours_calls WHERE id = ?').get(id) as CallRow | undefined;
  if (!r) throw notFound('After-hours call', id);
  return r;
}

export function lastMeetingEndedAt(ctx: Pick<CallContext, 'db'>): string | null {
  return (ctx.db.prepare("SELECT MAX(ended_at) AS at FROM meetings WHERE status = 'finished'").get() as { at: string | null }).at;
}

/**
 * Calls the next meeting opens with: everything since the last meeting ended (on a Monday
 * the whole weekend), and any older call not yet reviewed at one.
 */
export function callsSinceLastMeeting(ctx: CallContext, clientId: number | null = null): AfterHoursCall[] {
  const since = lastMeetingEndedAt(ctx) ?? '';
  return (
    ctx.db
      .prepare(
        // `+at`: sorting the few calls found beats walking every call by time (issue 16).
        `SELECT * FROM after_hours_calls WHERE (reviewed_meeting_id IS NULL OR at >= ?) AND (? IS NULL OR client_id = ?)
         ORDER BY +at DESC, id DESC`,
      )
      .all(since, clientId, clientId) as CallRow[]
  ).map((r) => shownCall(ctx, r));
}

function listCalls(ctx: CallContext, input: ParsedInput<'afterHours.list'>): AfterHoursCall[] {
  if (input.sinceLastMeeting) return callsSinceLastMeeting(ctx, input.clientId).slice(0, input.limit);
  return (
    ctx.db
      .prepare('SELECT * FROM after_hours_calls WHERE (? IS NULL OR client_id = ?) ORDER BY at DESC, id DESC LIMIT ?')
      .all(input.clientId, input.clientId, input.limit) as CallRow[]
  ).map((r) => shownCall(ctx, r));
}

function logCall(ctx: CallContext, input: ParsedInput<'afterHours.log'>): AfterHoursCall {
  const staffId = workOf(ctx, input.staffId, (me) => `${me.name} may log calls they took themselves only.`);
  if (staffId === undefined) throw new ApiError('validation', 'Taken by: choose who took the call.');
  requireActiveStaff(ctx, staffId);
  if (input.clientId !== null) {
    const client = getClient(ctx, input.clientId);
    if (client.status === 'discharged') throw new ApiError('validation', `${client.preferredName} is discharged; log the caller by name instead.`);
  }
  const { timeZone } = getSettings(ctx);
  if (!wallClockExists(input.day, input.time, timeZone)) {
    throw new ApiError('validation', `${teamClock(ctx)(input.time)} does not exist on ${formatDate(input.day)} in ${timeZone}: the clocks go forward that night.`);
  }
  const at = toInstant(input.day, input.time, timeZone);
  if (at.getTime() > ctx.now.getTime() + FUTURE_GRACE_MS) throw new ApiError('validation', 'The time of a call cannot be in the future.');
  const { lastInsertRowid } = ctx.db
    .prepare(
      `INSERT INTO after_hours_calls (at, staff_id, client_id, caller, how, what_happened, outcome, follow_up, created_at)
       VALUES (@at, @staffId, @clientId, @caller, @how, @whatHappened, @outcome, @followUp, @now)`,
    )
    .run({ ...input, at: at.toISOString(), staffId, followUp: input.followUp ? 1 : 0, now: ctx.nowIso });
  const created = row(ctx, Number(lastInsertRowid));
  ctx.audit('create', 'after_hours_call', created.id, undefined, created);
  ctx.changed('oncall');
  return shownCall(ctx, created);
}

function review(ctx: CallContext, input: ParsedInput<'afterHours.review'>): AfterHoursCall {
  const before = row(ctx, input.id);
  if (!ctx.db.prepare('SELECT 1 FROM meetings WHERE id = ?').get(input.meetingId)) throw notFound('Meeting', input.meetingId);
  if (before.reviewed_meeting_id === null) {
    ctx.db.prepare('UPDATE after_hours_calls SET reviewed_meeting_id = ?, reviewed_at = ? WHERE id = ?').run(input.meetingId, ctx.nowIso, input.id);
    ctx.audit('review', 'after_hours_call', input.id, before, row(ctx, input.id));
    ctx.changed('oncall');
  }
  return shownCall(ctx, row(ctx, input.id));
}

/** The first day after today that is neither a weekend day nor a holiday. */
export function nextWorkingDay(ctx: Pick<CallContext, 'db'>, today: LocalDate): LocalDate {
  let day = addDays(today, 1);
  while (weekdayOf(day) >= 6 || holidayOn(ctx, day) !== null) day = addDays(day, 1);
  return day;
}

/** Where a follow-up lands: 09:00 on the next working day, in the Unassigned column for the shift manager to place. */
const FOLLOW_UP_START = 9 * 60;
const FOLLOW_UP_MINUTES = 30;

function followUp(ctx: CallContext, input: ParsedInput<'afterHours.followUp'>): Contact {
  const call = row(ctx, input.id);
  if (call.client_id === null) throw new ApiError('validation', 'The caller is not a client of the team, so there is no one to plan a contact with.');
  if (call.follow_up_contact_id !== null) {
    const existing = getContact(ctx, call.follow_up_contact_id);
    throw new ApiError('conflict', `This call's follow-up is already on the board for ${formatDate(existing.day)}.`);
  }
  const { timeZone } = getSettings(ctx);
  const day = nextWorkingDay(ctx, todayIn(timeZone, ctx.now));
  const contact = createContact(ctx, {
    clientId: call.client_id,
    staffId: null,
    day,
    start: FOLLOW_UP_START,
    end: FOLLOW_UP_START + FOLLOW_UP_MINUTES,
    intervention: 'crisis',
    location: 'community',
    note: 'Follow-up of an after-hours call.',
  });
  ctx.db.prepare('UPDATE after_hours_calls SET follow_up = 1, follow_up_contact_id = ? WHERE id = ?').run(contact.id, call.id);
  ctx.audit('follow_up', 'after_hours_call', call.id, call, row(ctx, call.id));
  ctx.changed('oncall');
  return contact;
}

export const afterHoursHandlers: HandlersFor<'afterHours.list' | 'afterHours.log' | 'afterHours.review' | 'afterHours.followUp'> = {
  'afterHours.list': listCalls,
  'afterHours.log': logCall,
  'afterHours.review': review,
  'afterHours.followUp': followUp,
};
