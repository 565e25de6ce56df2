import { ApiError, type ParsedInput } from '../../shared/api';
import type { CollateralWith, Contact, ContactKind, ContactLocation, ContactStatus, Intervention, LocalDate, MinuteOfDay } from '../../shared/domain';
import { contactKindProblem, kindAfter } from '../../shared/rules/contact-kind';
import type { RoleNeed } from '../../shared/schedule';
import { atLeast } from '../../shared/trust';
import { wallClockExists, formatDate } from '../../shared/time';
import { getClient } from './clients';
import { type CallContext, checkVersion, notFound } from './context';
import type { HandlersFor } from './handler';
import { getSettings, teamTimeFormatter, teamClock } from './settings';
import { workOf } from './sessions';
import { requireActiveStaff } from './staff';
import { recordVisitFromContact } from './stays';

interface ContactRow {
  id: number;
  client_id: number;
  staff_id: number | null;
  day: string;
  start_minute: number;
  end_minute: number;
  intervention: Intervention;
  location: ContactLocation;
  kind: ContactKind;
  collateral_with: CollateralWith | null;
  status: ContactStatus;
  note: string;
  next_plan: string;
  role_needed: RoleNeed | null;
  source: string | null;
  draft_reason: string | null;
  version: number;
  updated_at: string;
}

const toContact = (r: ContactRow): Contact => ({
  id: r.id,
  clientId: r.client_id,
  staffId: r.staff_id,
  day: r.day,
  startMinute: r.start_minute,
  endMinute: r.end_minute,
  intervention: r.intervention,
  location: r.location,
  kind: r.kind,
  collateralWith: r.collateral_with,
  status: r.status,
  note: r.note,
  nextPlan: r.next_plan,
  roleNeeded: r.role_needed,
  source: r.source,
  draftReason: r.draft_reason,
  version: r.version,
  updatedAt: r.updated_at,
});

/** A day's contacts in board order. */
export function contactsOn(ctx: Pick<CallContext, 'db'>, day: LocalDate): Contact[] {
  return (
    ctx.db.prepare('SELECT * FROM contacts WHERE day = ? ORDER BY start_minute, end_minute, id').all(day) as ContactRow[]
  ).map(toContact);
}

export function getContact(ctx: Pick<CallContext, 'db'>, id: number): Contact {
  const r = ctx.db.prepare('SELECT * FROM contacts WHERE id = ?').get(id) as ContactRow | undefined;
  if (!r) throw notFound('Contact', id);
  return toContact(r);
}

interface Placement extends Pick<Contact, 'kind' | 'collateralWith' | 'location'> {
  clientId: number;
  staffId: number | null;
  day: LocalDate;
  startMinute: MinuteOfDay;
  endMinute: MinuteOfDay;
}

/** The rules every placement of a contact must meet, whoever makes it. */
function checkPlacement(ctx: CallContext, p: Placement, before: Contact | null): void {
  const kindProblem = contactKindProblem(p);
  if (kindProblem) throw new ApiError('validation', kindProblem);
  const client = getClient(ctx, p.clientId);
  if (client.status === 'discharged' && before?.clientId !== p.clientId) {
    throw new ApiError('validation', `${client.preferredName} is discharged; plan no new contacts for them.`);
  }
  if (p.staffId !== null && p.staffId !== before?.staffId) requireActiveStaff(ctx, p.staffId);
  if (p.endMinute > 24 * 60) {
    throw new ApiError('validation', 'The contact must end by midnight of its day.');
  }
  requireWallClock(ctx, p.day, [p.startMinute, p.endMinute]);
}

/** Times that do not exist on the day (the clocks go forward that night) are refused. */
export function requireWallClock(ctx: CallContext, day: LocalDate, minutes: MinuteOfDay[]): void {
  const { timeZone } = getSettings(ctx);
  for (const m of minutes) {
    if (!wallClockExists(day, m, timeZone)) {
      throw new ApiError(
        'validation',
        `${teamClock(ctx)(m)} does not exist on ${formatDate(day)} in ${timeZone}: the clocks go forward that night.`,
      );
    }
  }
}

function changedContact(ctx: CallContext, action: string, before: Contact | null, after: Contact): Contact {
  ctx.audit(action, 'contact', after.id, before ?? undefined, after);
  ctx.changed('contacts', after.day, ...(before && before.day !== after.day ? [before.day] : []));
  return after;
}

function currentFor(ctx: CallContext, id: number, version: number): Contact {
  const c = getContact(ctx, id);
  checkVersion('contact', c, version, teamTimeFormatter(ctx));
  return c;
}

const UPDATE_SQL = `UPDATE contacts SET client_id = @clientId, staff_id = @staffId, day = @day,
  start_minute = @startMinute, end_minute = @endMinute, intervention = @intervention, location = @location,
  kind = @kind, collateral_with = @collateralWith, status = @status, note = @note, next_plan = @nextPlan, draft_reason = @draftReason, version = version + 1, updated_at = @now WHERE id = @id`;

function save(ctx: CallContext, action: string, before: Contact, next: Contact): Contact {
  // Once someone has the contact, the draft's reason for leaving it unassigned no longer applies.
  const draftReason = next.staffId === null ? next.draftReason : null;
  ctx.db.prepare(UPDATE_SQL).run({ ...next, draftReason, now: ctx.nowIso });
  const after = getContact(ctx, next.id);
  recordVisitFromContact(ctx, after);
  return changedContact(ctx, action, before, after);
}

export function createContact(ctx: CallContext, input: ParsedInput<'contacts.create'>): Contact {
  const staffId = workOf(ctx, input.staffId, (me) => `${me.name} may add contacts of their own only; a shift manager can plan one for someone else.`);
  const placement = { ...input, ...kindAfter(null, input), staffId, startMinute: input.start, endMinute: input.end };
  checkPlacement(ctx, placement, null);
  const { lastInsertRowid } = ctx.db
    .prepare(
      `INSERT INTO contacts (client_id, staff_id, day, start_minute, end_minute, intervention, location, kind, collateral_with,
       status, note, next_plan, created_at, updated_at)
       VALUES (@clientId, @staffId, @day, @startMinute, @endMinute, @intervention, @location, @kind, @collateralWith,
       'planned', @note, @nextPlan, @now, @now)`,
    )
    .run({ ...placement, nextPlan: input.nextPlan ?? '', now: ctx.nowIso });
  return changedContact(ctx, 'create', null, getContact(ctx, Number(lastInsertRowid)));
}

export function updateContact(ctx: CallContext, input: ParsedInput<'contacts.update'>): Contact {
  const before = currentFor(ctx, input.id, input.version);
  const next: Contact = {
    ...before,
    clientId: input.clientId ?? before.clientId,
    staffId: input.staffId === undefined ? before.staffId : input.staffId,
    day: input.day ?? before.day,
    startMinute: input.start ?? before.startMinute,
    endMinute: input.end ?? before.endMinute,
    intervention: input.intervention ?? before.intervention,
    location: input.location ?? before.location,
    ...kindAfter(before, input),
    status: input.status ?? before.status,
    note: input.note ?? before.note,
    nextPlan: input.nextPlan ?? before.nextPlan,
  };
  if (next.endMinute <= next.startMinute) {
    throw new ApiError('validation', 'End time must be after the start time.');
  }
  checkPlacement(ctx, next, before);
  return save(ctx, 'update', before, next);
}

export function moveContact(ctx: CallContext, input: ParsedInput<'contacts.move'>): Contact {
  const before = currentFor(ctx, input.id, input.version);
  const duration = before.endMinute - before.startMinute;
  const startMinute = input.start ?? before.startMinute;
  const next: Contact = { ...before, staffId: input.staffId, startMinute, endMinute: startMinute + duration };
  checkPlacement(ctx, next, before);
  const moved = save(ctx, 'move', before, next);
  ctx.movedCard(moved);
  return moved;
}

export function setContactStatus(ctx: CallContext, input: ParsedInput<'contacts.setStatus'>): Contact {
  const before = currentFor(ctx, input.id, input.version);
  const me = ctx.trust?.caller.person;
  if (me && !atLeast(me.level, 'schedule') && before.staffId !== me.id) {
    throw new ApiError('forbidden', `${me.name} may record outcomes of their own contacts only; a shift manager can record this one.`);
  }
  return save(ctx, 'status', before, {
    ...before,
    status: input.status,
    note: input.note ?? before.note,
    nextPlan: input.nextPlan ?? before.nextPlan,
  });
}

export function deleteContact(ctx: CallContext, input: ParsedInput<'contacts.delete'>): { id: number } {
  const before = currentFor(ctx, input.id, input.version);
  ctx.db.prepare('DELETE FROM contacts WHERE id = ?').run(input.id);
  if (before.source) {
    ctx.db.prepare('INSERT OR IGNORE INTO draft_skips (source, day) VALUES (?, ?)').run(before.source, before.day);
  }
  ctx.audit('delete', 'contact', input.id, before, undefined);
  ctx.changed('contacts', before.day);
  return { id: input.id };
}

export const contactHandlers: HandlersFor<
  'contacts.create' | 'contacts.update' | 'contacts.move' | 'contacts.setStatus' | 'contacts.delete'
> = {
  'contacts.create': createContact,
  'contacts.update': updateContact,
  'contacts.move': moveContact,
  'contacts.setStatus': setContactStatus,
  'contacts.delete': deleteContact,
};
