/** The morning meeting: the roster walk, attendance, the saved record and its figures. */
import { ApiError, type ParsedInput } from '../../shared/api';
import type { Contact, LocalDate } from '../../shared/domain';
import {
  type Meeting,
  type MeetingChange,
  type MeetingHistory,
  type MeetingReview,
  type MeetingRoster,
  type MeetingSort,
  type MeetingSummary,
  PRESENCES,
  type Presence,
  type ReviewState,
  type RosterClient,
  type UpcomingDate,
} from '../../shared/meeting';
import { median, meetingTargetSeconds, meetingWeeks, orderRoster, secondsBetween, weekStartOf } from '../../shared/rules/meeting';
import { APPOINTMENT_KIND_LABELS, type StaffDay } from '../../shared/schedule';
import { addDays, toInstant, todayIn, formatDate } from '../../shared/time';
import { listAppointments } from './appointments';
import { defaultProfile, profileHandlers, profilesById } from './client-profile';
import { listClients } from './clients';
import { contactsOn } from './contacts';
import { type CallContext, checkVersion, notFound } from './context';
import { eventHandlers, toEvent } from './events';
import type { HandlersFor } from './handler';
import { type Privacy, shownContact, shownEvent, shownHistory, shownMeeting, shownProfile } from './privacy';
import { getSettings, teamClock, teamTimeFormatter } from './settings';
import { getStaff, listStaff } from './staff';
import { callsSinceLastMeeting } from './after-hours';
import { staffDaysOn } from './availability';
import { aotDue } from '../../shared/aot';
import { aotOrders } from './aot';
import { psychDueOf } from './clinical-boards';
import { documentsDueOf } from './chart-captains';
import { DOC_KIND_LABELS, owed } from '../../shared/rules/documentation-due';
import { missedInjections } from './clinical-flags';

interface MeetingRow {
  id: number;
  day: string;
  started_at: string;
  ended_at: string | null;
  status: 'running' | 'finished';
  sort: MeetingSort;
  focus_client_id: number | null;
  focus_since: string | null;
  minutes_per_client: number;
  version: number;
  updated_at: string;
}

interface ReviewRow {
  client_id: number;
  position: number;
  state: ReviewState;
  was_parked: number;
  park_note: string;
  seconds: number;
}

/** What the summary counts as "changes made", by audit entity and action. */
const CHANGE_LABELS: Record<string, string> = {
  'contact/create': 'Contacts added',
  'contact/move': 'Contacts reassigned or moved',
  'contact/update': 'Contacts edited',
  'contact/status': 'Contact outcomes recorded',
  'contact/delete': 'Contacts removed',
  'client_profile/acuity': 'Acuity changes',
  'client_profile/profile': 'Goals or due dates updated',
  'client/update': 'Client records updated',
  'event/create': 'Significant events added',
  'event/review': 'Significant events reviewed',
};

function changesBetween(ctx: Pick<CallContext, 'db'>, from: string, to: string): MeetingChange[] {
  const rows = ctx.db
    .prepare('SELECT entity, action, COUNT(*) AS n FROM audit_log WHERE at > ? AND at <= ? GROUP BY entity, action')
    .all(from, to) as { entity: string; action: string; n: number }[];
  return Object.entries(CHANGE_LABELS).flatMap(([key, label]) => {
    const count = rows.filter((r) => `${r.entity}/${r.action}` === key).reduce((s, r) => s + r.n, 0);
    return count ? [{ label, count }] : [];
  });
}

function row(ctx: Pick<CallContext, 'db'>, id: number): MeetingRow {
  const r = ctx.db.prepare('SELECT * FROM meetings WHERE id = ?').get(id) as MeetingRow | undefined;
  if (!r) throw notFound('Meeting', id);
  return r;
}

export function getMeeting(ctx: Pick<CallContext, 'db' | 'now'>, id: number): Meeting {
  const m = row(ctx, id);
  const reviews: MeetingReview[] = (
    ctx.db.prepare('SELECT * FROM meeting_reviews WHERE meeting_id = ? ORDER BY position').all(id) as ReviewRow[]
  ).map((r) => ({
    clientId: r.client_id,
    position: r.position,
    state: r.state,
    wasParked: r.was_parked === 1,
    parkNote: r.park_note,
    seconds: r.seconds,
  }));
  const attendance = ctx.db
    .prepare(
      `SELECT a.staff_id AS staffId, a.presence FROM meeting_attendance a JOIN staff s ON s.id = a.staff_id
       WHERE a.meeting_id = ? ORDER BY s.name`,
    )
    .all(id) as { staffId: number; presence: Presence }[];
  const until = m.ended_at ?? ctx.now.toISOString();
  const counts = Object.fromEntries(PRESENCES.map((p) => [p, 0])) as Record<Presence, number>;
  for (const a of attendance) counts[a.presence]++;
  const summary: MeetingSummary = {
    rosterSize: reviews.length,
    reviewed: reviews.filter((r) => r.state === 'reviewed').length,
    notReviewed: reviews.filter((r) => r.state !== 'reviewed').map((r) => r.clientId),
    parked: reviews.filter((r) => r.wasParked).map((r) => ({ clientId: r.clientId, note: r.parkNote, reviewedLater: r.state === 'reviewed' })),
    seconds: secondsBetween(m.started_at, new Date(until)),
    targetSeconds: meetingTargetSeconds(reviews.length, m.minutes_per_client),
    attendance: counts,
    changes: changesBetween(ctx, m.started_at, until),
  };
  return {
    id: m.id,
    day: m.day,
    startedAt: m.started_at,
    endedAt: m.ended_at,
    status: m.status,
    sort: m.sort,
    focusClientId: m.focus_client_id,
    focusSince: m.focus_since,
    reviews,
    attendance,
    minutesPerClient: m.minutes_per_client,
    summary,
    version: m.version,
  };
}

function runningRow(ctx: Pick<CallContext, 'db'>): MeetingRow | undefined {
  return ctx.db.prepare("SELECT * FROM meetings WHERE status = 'running'").get() as MeetingRow | undefined;
}

function requireRunning(ctx: CallContext, id: number): MeetingRow {
  const m = row(ctx, id);
  if (m.status !== 'running') throw new ApiError('validation', `The meeting of ${formatDate(m.day)} has already ended; start a new one.`);
  return m;
}

function touched(ctx: CallContext, id: number, action: string, detail: unknown): Meeting {
  ctx.db.prepare('UPDATE meetings SET version = version + 1, updated_at = ? WHERE id = ?').run(ctx.nowIso, id);
  ctx.audit(action, 'meeting', id, undefined, detail);
  ctx.changed('meetings');
  return getMeeting(ctx, id);
}

export function startMeeting(ctx: CallContext, input: ParsedInput<'meeting.start'>): Meeting {
  const running = runningRow(ctx);
  if (running) {
    const at = teamTimeFormatter(ctx)(running.started_at);
    throw new ApiError('validation', `A meeting is already running (started ${at}); join it or end it first.`);
  }
  const profiles = profilesById(ctx);
  const roster = orderRoster(
    listClients(ctx).map((c) => {
      const p = profiles.get(c.id) ?? defaultProfile(c.id);
      return { ...c, acuity: p.acuity, meetingPosition: p.meetingPosition };
    }),
    input.sort,
  );
  if (roster.length === 0) throw new ApiError('validation', 'There are no clients on the roster to review yet.');
  const { timeZone, meetingMinutesPerClient } = getSettings(ctx);
  const today = todayIn(timeZone, ctx.now);
  const first = roster[0]!.id;
  const id = Number(
    ctx.db
      .prepare(
        `INSERT INTO meetings (day, started_at, status, sort, focus_client_id, focus_since, minutes_per_client, updated_at)
         VALUES (?, ?, 'running', ?, ?, ?, ?, ?)`,
      )
      .run(today, ctx.nowIso, input.sort, first, ctx.nowIso, meetingMinutesPerClient, ctx.nowIso).lastInsertRowid,
  );
  const addReview = ctx.db.prepare('INSERT INTO meeting_reviews (meeting_id, client_id, position) VALUES (?, ?, ?)');
  roster.forEach((c, i) => addReview.run(id, c.id, i + 1));
  const addAttendance = ctx.db.prepare('INSERT INTO meeting_attendance (meeting_id, staff_id, presence) VALUES (?, ?, ?)');
  const rota = staffDaysOn(ctx, today);
  for (const s of listStaff(ctx).filter((s) => s.active)) addAttendance.run(id, s.id, firstPresence(rota.get(s.id)));
  const meeting = getMeeting(ctx, id);
  ctx.audit('start', 'meeting', id, undefined, { sort: input.sort, roster: roster.map((c) => c.id) });
  ctx.changed('meetings');
  return meeting;
}

/**
 * Attendance starts from the rota: whoever works today is absent until ticked; whoever does
 * not (day off, sick, vacation) is off, and an absence of theirs would not cost full attendance.
 */
function firstPresence(day: StaffDay | undefined): Presence {
  return day?.shift ? 'absent' : 'off';
}

/**
 * A meeting started by mistake goes away: its walk and attendance with it, and the events and
 * after-hours calls reviewed at it count as not yet reviewed again. The audit keeps what it was.
 */
export function discardMeeting(ctx: CallContext, input: ParsedInput<'meeting.discard'>): { id: number } {
  const m = requireRunning(ctx, input.id);
  checkVersion('meeting', { version: m.version, updatedAt: m.updated_at }, input.version, teamTimeFormatter(ctx));
  const before = getMeeting(ctx, m.id);
  ctx.db
    .prepare('UPDATE significant_events SET reviewed_meeting_id = NULL, reviewed_at = NULL, version = version + 1, updated_at = ? WHERE reviewed_meeting_id = ?')
    .run(ctx.nowIso, m.id);
  ctx.db.prepare('UPDATE after_hours_calls SET reviewed_meeting_id = NULL, reviewed_at = NULL WHERE reviewed_meeting_id = ?').run(m.id);
  ctx.db.prepare('DELETE FROM meetings WHERE id = ?').run(m.id);
  ctx.audit('discard', 'meeting', m.id, before, undefined);
  ctx.changed('meetings');
  return { id: m.id };
}

export function focusMeeting(ctx: CallContext, input: ParsedInput<'meeting.focus'>): Meeting {
  const m = requireRunning(ctx, input.id);
  if (m.focus_client_id !== input.from) {
    throw new ApiError('conflict', 'The meeting moved on at another seat; this seat now shows where it is.');
  }
  const inWalk = ctx.db.prepare('SELECT 1 FROM meeting_reviews WHERE meeting_id = ? AND client_id = ?');
  if (input.to !== null && !inWalk.get(input.id, input.to)) {
    throw new ApiError('validation', `Client ${input.to} is not on this meeting's roster.`);
  }
  if (input.from !== null) {
    const spent = m.focus_since ? secondsBetween(m.focus_since, ctx.now) : 0;
    ctx.db
      .prepare('UPDATE meeting_reviews SET seconds = seconds + ? WHERE meeting_id = ? AND client_id = ?')
      .run(spent, input.id, input.from);
    if (input.leave === 'reviewed') {
      ctx.db
        .prepare("UPDATE meeting_reviews SET state = 'reviewed', reviewed_at = ? WHERE meeting_id = ? AND client_id = ?")
        .run(ctx.nowIso, input.id, input.from);
    } else if (input.leave === 'parked') {
      ctx.db
        .prepare("UPDATE meeting_reviews SET state = 'parked', was_parked = 1, park_note = ? WHERE meeting_id = ? AND client_id = ?")
        .run(input.parkNote, input.id, input.from);
    }
  }
  ctx.db
    .prepare('UPDATE meetings SET focus_client_id = ?, focus_since = ? WHERE id = ?')
    .run(input.to, input.to === null ? null : ctx.nowIso, input.id);
  return touched(ctx, input.id, 'focus', { from: input.from, to: input.to, leave: input.leave, parkNote: input.parkNote });
}

export function setAttendance(ctx: CallContext, input: ParsedInput<'meeting.setAttendance'>): Meeting {
  row(ctx, input.id);
  getStaff(ctx, input.staffId);
  ctx.db
    .prepare(
      `INSERT INTO meeting_attendance (meeting_id, staff_id, presence) VALUES (?, ?, ?)
       ON CONFLICT (meeting_id, staff_id) DO UPDATE SET presence = excluded.presence`,
    )
    .run(input.id, input.staffId, input.presence);
  return touched(ctx, input.id, 'attendance', { staffId: input.staffId, presence: input.presence });
}

export function finishMeeting(ctx: CallContext, input: ParsedInput<'meeting.finish'>): Meeting {
  const m = requireRunning(ctx, input.id);
  checkVersion('meeting', { version: m.version, updatedAt: m.updated_at }, input.version, teamTimeFormatter(ctx));
  if (m.focus_client_id !== null && m.focus_since) {
    ctx.db
      .prepare('UPDATE meeting_reviews SET seconds = seconds + ? WHERE meeting_id = ? AND client_id = ?')
      .run(secondsBetween(m.focus_since, ctx.now), m.id, m.focus_client_id);
  }
  ctx.db
    .prepare(
      `UPDATE meetings SET status = 'finished', ended_at = ?, focus_client_id = NULL, focus_since = NULL, notes = ? WHERE id = ?`,
    )
    .run(ctx.nowIso, input.notes, m.id);
  return touched(ctx, m.id, 'finish', { notes: input.notes });
}

export function currentMeeting(ctx: CallContext): Meeting | null {
  const m = runningRow(ctx);
  return m ? getMeeting(ctx, m.id) : null;
}

export function meetingHistory(ctx: CallContext, input: ParsedInput<'meeting.history'>): MeetingHistory {
  const { timeZone } = getSettings(ctx);
  const today = todayIn(timeZone, ctx.now);
  const thisWeek = weekStartOf(today);
  const weekStarts = Array.from({ length: input.weeks }, (_, i) => addDays(thisWeek, -7 * (input.weeks - 1 - i)));
  const ids = ctx.db
    .prepare("SELECT id FROM meetings WHERE status = 'finished' AND day >= ? ORDER BY started_at DESC")
    .all(weekStarts[0]) as { id: number }[];
  const meetings = ids.map(({ id }) => getMeeting(ctx, id));
  const weeks = meetingWeeks(
    meetings.map((m) => ({
      day: m.day,
      reviewed: m.summary.reviewed,
      fullAttendance: m.summary.attendance.absent === 0 && m.summary.attendance.present + m.summary.attendance.remote > 0,
    })),
    weekStarts,
  );
  // Weeks before the first meeting on record say nothing about the team's meetings.
  const first = (ctx.db.prepare("SELECT MIN(day) AS day FROM meetings WHERE status = 'finished'").get() as { day: string | null }).day;
  const complete = weeks.filter((w) => w.weekStart < thisWeek && first !== null && w.weekStart >= weekStartOf(first));
  const shares = meetings.filter((m) => m.summary.rosterSize > 0).map((m) => m.summary.reviewed / m.summary.rosterSize);
  return {
    meetings: meetings.map(({ id, day, startedAt, endedAt, status, summary }) => ({ id, day, startedAt, endedAt, status, summary })),
    weeks,
    // TMACT anchors are whole numbers: a median between two is rounded down.
    os3: complete.length ? Math.floor(median(complete.map((w) => w.os3))!) : null,
    averageReviewedShare: shares.length ? shares.reduce((a, b) => a + b, 0) / shares.length : null,
  };
}

function appointmentsWithin(ctx: CallContext, from: LocalDate, to: LocalDate, privacy: Privacy): Map<number, UpcomingDate[]> {
  const out = new Map<number, UpcomingDate[]>();
  const clock = teamClock(ctx);
  for (const a of listAppointments(ctx, from, to)) {
    const label = [APPOINTMENT_KIND_LABELS[a.kind], a.startMinute === null ? null : clock(a.startMinute), privacy.text(a.place) || null]
      .filter(Boolean)
      .join(' · ');
    out.set(a.clientId, [...(out.get(a.clientId) ?? []), { day: a.day, label, overdue: false }]);
  }
  return out;
}

export function meetingRoster(ctx: CallContext): MeetingRoster {
  const { privacy } = ctx;
  const { timeZone, meetingMinutesPerClient } = getSettings(ctx);
  const now = ctx.now;
  const today = todayIn(timeZone, now);
  const weekEnd = addDays(today, 7);
  const profiles = profilesById(ctx);
  const lastMeetingEndedAt =
    (ctx.db.prepare("SELECT MAX(ended_at) AS at FROM meetings WHERE status = 'finished'").get() as { at: string | null }).at ?? null;

  const dayAgo = now.getTime() - 24 * 3600 * 1000;
  // The last contacts are those since the last meeting (on a Monday the whole weekend), at most a week back.
  const lastSince = Math.max(lastMeetingEndedAt ? Date.parse(lastMeetingEndedAt) : dayAgo, now.getTime() - 7 * 24 * 3600 * 1000);
  const contacts: (Contact & { at: number })[] = [];
  for (let d = todayIn(timeZone, new Date(lastSince)); d <= weekEnd; d = addDays(d, 1)) {
    for (const c of contactsOn(ctx, d)) contacts.push({ ...shownContact(privacy, c), at: toInstant(c.day, c.startMinute, timeZone).getTime() });
  }
  const dayAhead = now.getTime() + 24 * 3600 * 1000;
  // The MD board's due dates (one source of truth), AOT orders and missed injections (issue 14).
  const psychOf = psychDueOf(ctx, today);
  const aot = aotOrders(ctx);
  const missed = new Map(missedInjections(ctx).map((r) => [r.clientId, r.nextDue!]));
  const documentsOf = documentsDueOf(ctx, today);
  const weekAgo = new Date(now.getTime() - 7 * 24 * 3600 * 1000).toISOString();
  const events = (
    ctx.db
      // `+occurred_at`: sorting the few rows found beats walking every event by time (issue 16).
      .prepare('SELECT * FROM significant_events WHERE reviewed_meeting_id IS NULL OR occurred_at >= ? ORDER BY +occurred_at DESC, id DESC')
      .all(weekAgo) as Parameters<typeof toEvent>[0][]
  ).map((r) => shownEvent(privacy, toEvent(r)));
  const onCallSince = lastMeetingEndedAt ?? new Date(dayAgo).toISOString();
  const appointments = appointmentsWithin(ctx, today, weekEnd, privacy);
  const afterHours = callsSinceLastMeeting(ctx);

  const clients: RosterClient[] = listClients(ctx)
    .filter((c) => c.status !== 'discharged')
    .map((c) => {
      const stored = profiles.get(c.id) ?? defaultProfile(c.id);
      const { last: lastPsychiatricVisit, nextDue: psychiatricVisitDue } = psychOf(c.id);
      const order = aot.get(c.id);
      const aotEntry = order ? { expiresOn: order.expiresOn, nextReportDue: aotDue(order, today).nextReportDue } : null;
      const mine = contacts.filter((x) => x.clientId === c.id);
      const strip = ({ at: _at, ...contact }: Contact & { at: number }): Contact => contact;
      const upcoming: UpcomingDate[] = [...(appointments.get(c.id) ?? [])];
      const due = (day: LocalDate | null, label: string) => {
        if (day && day <= weekEnd) upcoming.push({ day, label: day < today ? `${label} overdue` : label, overdue: day < today });
      };
      // The chart captains' due dates (issue 14): one source for the plan review and the first documents.
      const documentsDue = owed(documentsOf(c));
      for (const d of documentsDue) due(d.dueOn, DOC_KIND_LABELS[d.kind]);
      due(psychiatricVisitDue, 'Psychiatric visit');
      due(aotEntry?.nextReportDue ?? null, 'AOT report');
      due(aotEntry?.expiresOn ?? null, 'AOT order expires');
      if (missed.has(c.id)) upcoming.push({ day: missed.get(c.id)!, label: 'Injection missed', overdue: true });
      const theirs = events.filter((e) => e.clientId === c.id);
      const { name, preferredName, address, phone, crisisPlan, legalStatus } = privacy.client(c);
      return {
        client: { id: c.id, name, preferredName, status: c.status, primaryStaffId: c.primaryStaffId, address, phone, crisisPlan, legalStatus },
        profile: shownProfile(privacy, stored),
        lastPsychiatricVisit,
        psychiatricVisitDue,
        aot: aotEntry,
        documentsDue,
        injectionMissed: missed.get(c.id) ?? null,
        last24h: mine.filter((x) => x.at >= lastSince && x.at < now.getTime()).map(strip),
        next24h: mine.filter((x) => x.at >= now.getTime() && x.at < dayAhead && x.status !== 'cancelled').map(strip),
        nextWeek: mine.filter((x) => x.at >= dayAhead && x.day <= weekEnd && x.status === 'planned').map(strip),
        upcoming: upcoming.sort((a, b) => a.day.localeCompare(b.day)),
        events: theirs,
        newEvents: theirs.filter((e) => e.reviewedMeetingId === null).length,
        onCallSinceLastMeeting: theirs.some((e) => e.onCall && e.occurredAt >= onCallSince) || afterHours.some((call) => call.clientId === c.id),
      };
    });
  const teamEvents = events.filter((e) => e.clientId === null);
  return { now: ctx.nowIso, today, timeZone, minutesPerClient: meetingMinutesPerClient, lastMeetingEndedAt, staff: listStaff(ctx), clients, teamEvents, afterHours };
}

export const meetingHandlers: HandlersFor<
  | 'meeting.roster'
  | 'meeting.current'
  | 'meeting.get'
  | 'meeting.start'
  | 'meeting.focus'
  | 'meeting.setAttendance'
  | 'meeting.finish'
  | 'meeting.discard'
  | 'meeting.history'
  | 'clients.profiles'
  | 'clients.setAcuity'
  | 'clients.updateProfile'
  | 'meeting.saveOrder'
  | 'events.create'
  | 'events.list'
  | 'events.review'
> = {
  ...profileHandlers,
  ...eventHandlers,
  'meeting.roster': (ctx) => meetingRoster(ctx),
  'meeting.current': (ctx) => {
    const m = currentMeeting(ctx);
    return m && shownMeeting(ctx.privacy, m);
  },
  'meeting.get': (ctx, i) => shownMeeting(ctx.privacy, getMeeting(ctx, i.id)),
  'meeting.start': startMeeting,
  'meeting.focus': focusMeeting,
  'meeting.setAttendance': setAttendance,
  'meeting.finish': finishMeeting,
  'meeting.discard': discardMeeting,
  'meeting.history': (ctx, i) => shownHistory(ctx.privacy, meetingHistory(ctx, i)),
};
