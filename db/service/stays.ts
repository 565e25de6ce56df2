/**
 * The hospital log and the jail log (issue 10). An admission sets the client's status and a
 * discharge (or release) sets it back, in the call's one transaction; a discharge puts a
 * follow-up contact on the next day's board. Read results go through the caller's privacy.
 */
import { ApiError, type ParsedInput } from '../../shared/api';
import { type Client, type Contact, type LocalDate, isFaceToFace } from '../../shared/domain';
import { addDays, todayIn, formatDate } from '../../shared/time';
import type { CurrentStays, FollowUpOwed, UnloggedStay } from '../../shared/contract/stays';
import {
  type ClientStays,
  type CurrentStay,
  DEFAULT_FOLLOW_UP_DAYS,
  type Stay,
  type StayRecord,
  type StaySettings,
  type StayVisit,
  daysIn,
  followUpDueOn,
  followUpFlag,
  logOfKind,
  nextVisitDue,
  openStayFlags,
  stayFigures,
} from '../../shared/stays';
import { getClient, listClients } from './clients';
import { createContact, getContact } from './contacts';
import { type CallContext, checkVersion, notFound } from './context';
import type { HandlersFor } from './handler';
import type { Privacy } from './privacy';
import { getSettings, teamTimeFormatter } from './settings';
import { requireActiveStaff } from './staff';

type Db = Pick<CallContext, 'db'>;

interface StayRow {
  id: number;
  client_id: number;
  log: Stay['log'];
  kind: Stay['kind'];
  facility: string;
  unit: string;
  admitted_on: string;
  reason: string;
  legal_status: Stay['legalStatus'];
  legal_until: string | null;
  learned_how: string;
  learned_on: string | null;
  team_in_admission: number;
  contact_name: string;
  contact_phone: string;
  visit_plan: string;
  expected_discharge: string | null;
  discharge_plan: string;
  discharge_plan_state: Stay['dischargePlanState'];
  charges: string;
  officer: string;
  attorney: string;
  discharged_on: string | null;
  discharged_to: Stay['dischargedTo'];
  team_in_discharge: number;
  medication_reconciled: number;
  follow_up_plan: string;
  follow_up_due: string | null;
  follow_up_contact_id: number | null;
  version: number;
  updated_at: string;
}

const toStay = (r: StayRow): Stay => ({
  id: r.id,
  clientId: r.client_id,
  log: r.log,
  kind: r.kind,
  facility: r.facility,
  unit: r.unit,
  admittedOn: r.admitted_on,
  reason: r.reason,
  legalStatus: r.legal_status,
  legalUntil: r.legal_until,
  learnedHow: r.learned_how,
  learnedOn: r.learned_on,
  teamInAdmission: r.team_in_admission === 1,
  contactName: r.contact_name,
  contactPhone: r.contact_phone,
  visitPlan: r.visit_plan,
  expectedDischarge: r.expected_discharge,
  dischargePlan: r.discharge_plan,
  dischargePlanState: r.discharge_plan_state,
  charges: r.charges,
  officer: r.officer,
  attorney: r.attorney,
  dischargedOn: r.discharged_on,
  dischargedTo: r.discharged_to,
  teamInDischarge: r.team_in_discharge === 1,
  medicationReconciled: r.medication_reconciled === 1,
  followUpPlan: r.follow_up_plan,
  followUpDue: r.follow_up_due,
  followUpContactId: r.follow_up_contact_id,
  version: r.version,
});

interface VisitRow {
  id: number;
  stay_id: number;
  day: string;
  kind: StayVisit['kind'];
  staff_id: number | null;
  note: string;
  contact_id: number | null;
}

const toVisit = (r: VisitRow): StayVisit => ({
  id: r.id,
  stayId: r.stay_id,
  day: r.day,
  kind: r.kind,
  staffId: r.staff_id,
  note: r.note,
  contactId: r.contact_id,
});

/** A stay as this caller may see it: every free text (facility, reason, contacts, charges...) withheld from a locked seat. */
export const shownStay = (p: Privacy, s: Stay): Stay => ({
  ...s,
  facility: p.text(s.facility),
  unit: p.text(s.unit),
  reason: p.text(s.reason),
  learnedHow: p.text(s.learnedHow),
  contactName: p.text(s.contactName),
  contactPhone: p.text(s.contactPhone),
  visitPlan: p.text(s.visitPlan),
  dischargePlan: p.text(s.dischargePlan),
  charges: p.text(s.charges),
  officer: p.text(s.officer),
  attorney: p.text(s.attorney),
  followUpPlan: p.text(s.followUpPlan),
});
const shownVisit = (p: Privacy, v: StayVisit): StayVisit => ({ ...v, note: p.text(v.note) });

export function staySettings(ctx: Db): StaySettings {
  const r = ctx.db.prepare('SELECT visit_gap_days, follow_up_days, version FROM stay_settings WHERE id = 1').get() as
    | { visit_gap_days: number; follow_up_days: number; version: number }
    | undefined;
  return r
    ? { visitGapDays: r.visit_gap_days, followUpDays: r.follow_up_days, version: r.version }
    : { visitGapDays: 1, followUpDays: DEFAULT_FOLLOW_UP_DAYS, version: 0 };
}

const teamToday = (ctx: CallContext): LocalDate => todayIn(getSettings(ctx).timeZone, ctx.now);

function getStay(ctx: Db, id: number): Stay {
  const r = ctx.db.prepare('SELECT * FROM stays WHERE id = ?').get(id) as StayRow | undefined;
  if (!r) throw notFound('Stay', id);
  return toStay(r);
}

function currentStay(ctx: CallContext, id: number, version: number): Stay {
  const r = ctx.db.prepare('SELECT * FROM stays WHERE id = ?').get(id) as StayRow | undefined;
  if (!r) throw notFound('Stay', id);
  checkVersion('stay', { version: r.version, updatedAt: r.updated_at }, version, teamTimeFormatter(ctx));
  return toStay(r);
}

export function openStayOf(ctx: Db, clientId: number): Stay | null {
  const r = ctx.db.prepare('SELECT * FROM stays WHERE client_id = ? AND discharged_on IS NULL').get(clientId) as StayRow | undefined;
  return r ? toStay(r) : null;
}

const allStays = (ctx: Db): Stay[] =>
  (ctx.db.prepare('SELECT * FROM stays ORDER BY admitted_on DESC, id DESC').all() as StayRow[]).map(toStay);

/** Open stays, and those whose follow-up fell due in the last two weeks or later: what `currentStays` can show. */
const openOrRecentlyDischarged = (ctx: Db, today: LocalDate): Stay[] =>
  (
    ctx.db
      .prepare('SELECT * FROM stays WHERE discharged_on IS NULL OR follow_up_due >= ?')
      .all(addDays(today, -14)) as StayRow[]
  )
    .map(toStay)
    // Sorted here: ordering in SQL lets the planner walk every stay by admission instead.
    .sort((a, b) => b.admittedOn.localeCompare(a.admittedOn) || b.id - a.id);

const visitsOf = (ctx: Db, stayId: number): StayVisit[] =>
  (ctx.db.prepare('SELECT * FROM stay_visits WHERE stay_id = ? ORDER BY day, id').all(stayId) as VisitRow[]).map(toVisit);

const lastVisitOf = (ctx: Db, stayId: number): LocalDate | null =>
  (ctx.db.prepare("SELECT MAX(day) AS d FROM stay_visits WHERE stay_id = ? AND kind = 'visit'").get(stayId) as { d: string | null }).d;

const VISIT_INTERVENTIONS = "('hospital_visit', 'jail_visit')";
const visitInterventionOf = (s: Pick<Stay, 'log'>) => (s.log === 'jail' ? 'jail_visit' : 'hospital_visit');

function visitPlannedOn(ctx: Db, clientId: number, day: LocalDate): boolean {
  return !!ctx.db
    .prepare(`SELECT 1 FROM contacts WHERE client_id = ? AND day = ? AND intervention IN ${VISIT_INTERVENTIONS} AND status IN ('planned', 'done')`)
    .get(clientId, day);
}

const courtDatesOf = (ctx: Db, clientId: number, from: LocalDate): LocalDate[] =>
  (ctx.db.prepare("SELECT day FROM appointments WHERE client_id = ? AND kind = 'court' AND day >= ? ORDER BY day").all(clientId, from) as { day: string }[]).map(
    (r) => r.day,
  );

/** An open stay with its days in, visits and flags, as of `today`. */
function currentOf(ctx: Db, stay: Stay, client: Client, today: LocalDate, settings: StaySettings, privacy: Privacy): CurrentStay {
  const lastVisit = lastVisitOf(ctx, stay.id);
  return {
    stay: shownStay(privacy, stay),
    clientName: privacy.nameOf(client),
    daysIn: daysIn(stay, today),
    lastVisit,
    nextVisit: nextVisitDue(lastVisit ?? stay.admittedOn, settings.visitGapDays, today),
    flags: openStayFlags({
      stay,
      today,
      lastVisit,
      visitGapDays: settings.visitGapDays,
      visitPlannedToday: visitPlannedOn(ctx, stay.clientId, today),
      courtDates: courtDatesOf(ctx, stay.clientId, today),
    }),
  };
}

/** The first done face-to-face contact on or after a day. */
const firstSeenFrom = (ctx: Db, clientId: number, day: LocalDate): LocalDate | null =>
  (
    ctx.db.prepare("SELECT MIN(day) AS d FROM contacts WHERE client_id = ? AND day >= ? AND status = 'done' AND kind = 'face_to_face'").get(clientId, day) as {
      d: string | null;
    }
  ).d;

/** Every open stay as of `today`, and the discharges of the last weeks still owing (or late with) their follow-up. */
export function currentStays(ctx: Db & Pick<CallContext, 'db'>, today: LocalDate, privacy: Privacy): CurrentStays {
  const settings = staySettings(ctx);
  const clients = new Map(listClients(ctx).map((c) => [c.id, c]));
  const stays = openOrRecentlyDischarged(ctx, today);
  const open = stays
    .filter((s) => s.dischargedOn === null && s.admittedOn <= today)
    .map((s) => currentOf(ctx, s, clients.get(s.clientId)!, today, settings, privacy))
    .sort((a, b) => b.daysIn - a.daysIn || a.clientName.localeCompare(b.clientName));
  const followUps: FollowUpOwed[] = [];
  for (const s of stays) {
    if (!s.dischargedOn || !s.followUpDue || s.dischargedOn > today || addDays(s.followUpDue, 14) < today) continue;
    const seen = firstSeenFrom(ctx, s.clientId, s.dischargedOn);
    if (seen && seen <= s.followUpDue) continue;
    followUps.push({
      stayId: s.id,
      clientId: s.clientId,
      clientName: privacy.nameOf(clients.get(s.clientId)!),
      dischargedOn: s.dischargedOn,
      followUpDue: s.followUpDue,
      flag: followUpFlag(s, today, seen),
    });
  }
  const logged = new Set(stays.filter((s) => s.dischargedOn === null).map((s) => s.clientId));
  const unlogged: UnloggedStay[] = [...clients.values()]
    .filter((c): c is Client & { status: UnloggedStay['status'] } => (c.status === 'hospitalized' || c.status === 'incarcerated') && !logged.has(c.id))
    .map((c) => ({ clientId: c.id, clientName: privacy.nameOf(c), status: c.status }));
  return { today, settings, stays: open, followUps, unlogged };
}

function history(ctx: CallContext, input: ParsedInput<'stays.history'>): StayRecord[] {
  const today = teamToday(ctx);
  const clients = new Map(listClients(ctx).map((c) => [c.id, c]));
  const count = new Map(
    (ctx.db.prepare("SELECT stay_id, COUNT(*) AS n FROM stay_visits WHERE kind = 'visit' GROUP BY stay_id").all() as { stay_id: number; n: number }[]).map((r) => [
      r.stay_id,
      r.n,
    ]),
  );
  return allStays(ctx)
    .filter(
      (s) =>
        (input.clientId === undefined || s.clientId === input.clientId) &&
        (input.log === undefined || s.log === input.log) &&
        (input.kind === undefined || s.kind === input.kind) &&
        // In the period: the stay overlaps it.
        (input.to === undefined || s.admittedOn <= input.to) &&
        (input.from === undefined || (s.dischargedOn ?? today) >= input.from),
    )
    .map((s) => ({ stay: shownStay(ctx.privacy, s), clientName: ctx.privacy.nameOf(clients.get(s.clientId)!), daysIn: daysIn(s, today), visits: count.get(s.id) ?? 0 }));
}

function clientStays(ctx: CallContext, clientId: number): ClientStays {
  const client = getClient(ctx, clientId);
  const today = teamToday(ctx);
  const open = openStayOf(ctx, clientId);
  return {
    current: open ? currentOf(ctx, open, client, today, staySettings(ctx), ctx.privacy) : null,
    visits: open ? visitsOf(ctx, open.id).map((v) => shownVisit(ctx.privacy, v)) : [],
    history: history(ctx, { clientId }).filter((r) => r.stay.dischargedOn !== null),
  };
}

function changed(ctx: CallContext, action: string, before: Stay | undefined, after: Stay, ...days: LocalDate[]): void {
  ctx.audit(action, 'stay', after.id, before, after);
  ctx.changed('stays');
  ctx.changed('clients');
  if (days.length) ctx.changed('contacts', ...days);
}

function setClientStatus(ctx: CallContext, client: Client, status: Client['status']): void {
  if (client.status === status) return;
  ctx.db.prepare('UPDATE clients SET status = ?, version = version + 1, updated_at = ? WHERE id = ?').run(status, ctx.nowIso, client.id);
  ctx.audit('status', 'client', client.id, { status: client.status }, { status });
}

function notInFuture(day: LocalDate, today: LocalDate, what: string): void {
  if (day > today) throw new ApiError('validation', `The ${what} (${formatDate(day)}) is in the future; log a stay once it has begun.`);
}

type StayColumns = Omit<Stay, 'id' | 'version' | 'clientId' | 'log' | 'kind'>;
const COLUMNS: Record<keyof StayColumns, string> = {
  facility: 'facility',
  unit: 'unit',
  admittedOn: 'admitted_on',
  reason: 'reason',
  legalStatus: 'legal_status',
  legalUntil: 'legal_until',
  learnedHow: 'learned_how',
  learnedOn: 'learned_on',
  teamInAdmission: 'team_in_admission',
  contactName: 'contact_name',
  contactPhone: 'contact_phone',
  visitPlan: 'visit_plan',
  expectedDischarge: 'expected_discharge',
  dischargePlan: 'discharge_plan',
  dischargePlanState: 'discharge_plan_state',
  charges: 'charges',
  officer: 'officer',
  attorney: 'attorney',
  dischargedOn: 'discharged_on',
  dischargedTo: 'discharged_to',
  teamInDischarge: 'team_in_discharge',
  medicationReconciled: 'medication_reconciled',
  followUpPlan: 'follow_up_plan',
  followUpDue: 'follow_up_due',
  followUpContactId: 'follow_up_contact_id',
};
const sqlValue = (v: unknown) => (typeof v === 'boolean' ? (v ? 1 : 0) : v);

function writeFields(ctx: CallContext, id: number, fields: Partial<StayColumns>): void {
  const entries = Object.entries(fields).filter(([, v]) => v !== undefined) as [keyof StayColumns, unknown][];
  const sets = entries.map(([k]) => `${COLUMNS[k]} = @${k}`);
  ctx.db
    .prepare(`UPDATE stays SET ${[...sets, 'version = version + 1', 'updated_at = @now'].join(', ')} WHERE id = @id`)
    .run({ ...Object.fromEntries(entries.map(([k, v]) => [k, sqlValue(v)])), id, now: ctx.nowIso });
}

export function admit(ctx: CallContext, input: ParsedInput<'stays.admit'>): Stay {
  const client = getClient(ctx, input.clientId);
  const today = teamToday(ctx);
  if (client.status === 'discharged') {
    throw new ApiError('validation', `${client.preferredName} is discharged from the team; readmit them to ACT before logging a stay.`);
  }
  const open = openStayOf(ctx, client.id);
  if (open) {
    throw new ApiError(
      'validation',
      `${client.preferredName} already has an open stay (${open.log}, since ${formatDate(open.admittedOn)}); discharge or release them from it first.`,
    );
  }
  notInFuture(input.admittedOn, today, 'admission date');
  const last = ctx.db.prepare('SELECT MAX(discharged_on) AS d FROM stays WHERE client_id = ?').get(client.id) as { d: string | null };
  if (last.d && input.admittedOn < last.d) {
    throw new ApiError('validation', `${client.preferredName} was discharged from a stay on ${last.d}; a new stay cannot begin before that.`);
  }
  const log = logOfKind(input.kind);
  const { lastInsertRowid } = ctx.db
    .prepare(
      `INSERT INTO stays (client_id, log, kind, facility, admitted_on, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(client.id, log, input.kind, input.facility, input.admittedOn, ctx.nowIso, ctx.nowIso);
  const id = Number(lastInsertRowid);
  const { clientId: _c, kind: _k, ...fields } = input;
  writeFields(ctx, id, fields);
  ctx.db.prepare('UPDATE stays SET version = 0 WHERE id = ?').run(id);
  setClientStatus(ctx, client, log === 'jail' ? 'incarcerated' : 'hospitalized');
  const stay = getStay(ctx, id);
  // A stay logged late still counts the visits already done on the board since the admission.
  const done = ctx.db
    .prepare(`SELECT id FROM contacts WHERE client_id = ? AND day BETWEEN ? AND ? AND status = 'done' AND intervention IN ${VISIT_INTERVENTIONS} ORDER BY day, id`)
    .all(client.id, stay.admittedOn, today) as { id: number }[];
  for (const c of done) recordVisitFromContact(ctx, getContact(ctx, c.id));
  changed(ctx, 'admit', undefined, stay, today);
  return stay;
}

function updateStay(ctx: CallContext, input: ParsedInput<'stays.update'>): Stay {
  const before = currentStay(ctx, input.id, input.version);
  const { id, version: _v, ...fields } = input;
  if (fields.admittedOn !== undefined) {
    notInFuture(fields.admittedOn, teamToday(ctx), 'admission date');
    const first = ctx.db.prepare('SELECT MIN(day) AS d FROM stay_visits WHERE stay_id = ?').get(id) as { d: string | null };
    if (first.d && fields.admittedOn > first.d) {
      throw new ApiError('validation', `A visit is logged on ${first.d}; the admission cannot be after it.`);
    }
    if (before.dischargedOn && fields.admittedOn > before.dischargedOn) {
      throw new ApiError('validation', `The admission cannot be after the discharge (${formatDate(before.dischargedOn)}).`);
    }
  }
  writeFields(ctx, id, fields);
  const after = getStay(ctx, id);
  changed(ctx, 'update', before, after);
  return after;
}

function discharge(ctx: CallContext, input: ParsedInput<'stays.discharge'>): { stay: Stay; followUp: Contact } {
  const before = currentStay(ctx, input.id, input.version);
  const client = getClient(ctx, before.clientId);
  const released = before.log === 'jail' ? 'release' : 'discharge';
  if (before.dischargedOn) {
    throw new ApiError('validation', `This stay already ended on ${formatDate(before.dischargedOn)}.`);
  }
  if (input.dischargedOn < before.admittedOn) {
    throw new ApiError('validation', `The ${released} (${formatDate(input.dischargedOn)}) cannot be before the admission (${formatDate(before.admittedOn)}).`);
  }
  notInFuture(input.dischargedOn, teamToday(ctx), `${released} date`);
  const lastVisit = ctx.db.prepare('SELECT MAX(day) AS d FROM stay_visits WHERE stay_id = ?').get(before.id) as { d: string | null };
  if (lastVisit.d && lastVisit.d > input.dischargedOn) {
    throw new ApiError('validation', `A visit is logged on ${lastVisit.d}, after that ${released}; check the date.`);
  }
  const settings = staySettings(ctx);
  if (client.status === 'hospitalized' || client.status === 'incarcerated') setClientStatus(ctx, client, 'active');
  const day = addDays(input.dischargedOn, 1);
  const followUp = createContact(ctx, {
    clientId: client.id,
    staffId: activePrimaryStaff(ctx, client),
    day,
    // 10:00–10:30 on the day after, with the client's primary staff (or unassigned): the board can move it.
    start: 10 * 60,
    end: 10 * 60 + 30,
    intervention: 'other',
    location: 'community',
    note: `Follow-up after ${released} (NY 5.14.1.5.i)`,
  });
  writeFields(ctx, before.id, {
    dischargedOn: input.dischargedOn,
    dischargedTo: input.dischargedTo,
    teamInDischarge: input.teamInDischarge,
    medicationReconciled: input.medicationReconciled,
    followUpPlan: input.followUpPlan,
    followUpDue: followUpDueOn(input.dischargedOn, settings.followUpDays),
    followUpContactId: followUp.id,
  });
  const stay = getStay(ctx, before.id);
  changed(ctx, released, before, stay, day);
  return { stay, followUp };
}

/** Who a contact the log adds goes to: the client's primary staff while active, else the Unassigned column. */
function activePrimaryStaff(ctx: Db, client: Client): number | null {
  const r = ctx.db.prepare('SELECT active FROM staff WHERE id = ?').get(client.primaryStaffId) as { active: number } | undefined;
  return r?.active === 1 ? client.primaryStaffId : null;
}

function insertVisit(ctx: CallContext, stay: Stay, v: Omit<StayVisit, 'id' | 'stayId'>): StayVisit {
  const today = teamToday(ctx);
  if (v.day < stay.admittedOn || (stay.dischargedOn && v.day > stay.dischargedOn) || v.day > today) {
    const end = stay.dischargedOn ? `to ${formatDate(stay.dischargedOn)}` : `to today (${formatDate(today)})`;
    throw new ApiError('validation', `A visit on ${formatDate(v.day)} is outside the stay (${formatDate(stay.admittedOn)} ${end}).`);
  }
  const { lastInsertRowid } = ctx.db
    .prepare('INSERT INTO stay_visits (stay_id, day, kind, staff_id, note, contact_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)')
    .run(stay.id, v.day, v.kind, v.staffId, v.note, v.contactId, ctx.nowIso);
  const visit = toVisit(ctx.db.prepare('SELECT * FROM stay_visits WHERE id = ?').get(Number(lastInsertRowid)) as VisitRow);
  ctx.audit('visit', 'stay', stay.id, undefined, visit);
  ctx.changed('stays');
  return visit;
}

function logVisit(ctx: CallContext, input: ParsedInput<'stays.logVisit'>): StayVisit {
  const stay = getStay(ctx, input.stayId);
  const me = ctx.trust?.caller.person;
  const staffId = input.staffId ?? me?.id ?? null;
  if (staffId !== null) requireActiveStaff(ctx, staffId);
  return insertVisit(ctx, stay, { day: input.day, kind: input.kind, staffId, note: input.note, contactId: null });
}

/**
 * Called whenever a contact is saved: a done hospital or jail visit contact during an open
 * (or just closed) stay records a visit by itself; a visit contact no longer done takes its
 * visit back. Contacts outside every stay are left alone.
 */
export function recordVisitFromContact(ctx: CallContext, contact: Contact): void {
  const visit = ctx.db.prepare('SELECT id FROM stay_visits WHERE contact_id = ?').get(contact.id) as { id: number } | undefined;
  const isVisit = contact.status === 'done' && (contact.intervention === 'hospital_visit' || contact.intervention === 'jail_visit') && isFaceToFace(contact);
  if (visit && !isVisit) {
    ctx.db.prepare('DELETE FROM stay_visits WHERE id = ?').run(visit.id);
    ctx.changed('stays');
    return;
  }
  if (visit || !isVisit) return;
  const stay = ctx.db
    .prepare('SELECT * FROM stays WHERE client_id = ? AND admitted_on <= ? AND (discharged_on IS NULL OR discharged_on >= ?) ORDER BY admitted_on DESC')
    .get(contact.clientId, contact.day, contact.day) as StayRow | undefined;
  if (!stay || contact.day > teamToday(ctx)) return;
  insertVisit(ctx, toStay(stay), { day: contact.day, kind: 'visit', staffId: contact.staffId, note: '', contactId: contact.id });
}

function planVisit(ctx: CallContext, input: ParsedInput<'stays.planVisit'>): Contact {
  const stay = getStay(ctx, input.stayId);
  if (stay.dischargedOn) throw new ApiError('validation', `This stay ended on ${formatDate(stay.dischargedOn)}; there is no one to visit.`);
  const client = getClient(ctx, stay.clientId);
  const today = teamToday(ctx);
  return createContact(ctx, {
    clientId: client.id,
    staffId: activePrimaryStaff(ctx, client),
    day: today,
    start: 14 * 60,
    end: 15 * 60,
    intervention: visitInterventionOf(stay),
    location: 'community',
    note: '',
  });
}

function updateSettings(ctx: CallContext, input: ParsedInput<'stays.updateSettings'>): StaySettings {
  const before = staySettings(ctx);
  if (before.version !== input.version) {
    throw new ApiError('conflict', 'The stay settings were changed on another seat, so your change was not saved. Reload and make it again.');
  }
  ctx.db
    .prepare('UPDATE stay_settings SET visit_gap_days = ?, follow_up_days = ?, version = version + 1, updated_at = ? WHERE id = 1')
    .run(input.visitGapDays, input.followUpDays, ctx.nowIso);
  const after = staySettings(ctx);
  ctx.audit('update', 'stay_settings', 1, before, after);
  ctx.changed('stays');
  ctx.changed('settings');
  return after;
}

export const stayHandlers: HandlersFor<
  | 'stays.current'
  | 'stays.history'
  | 'stays.figures'
  | 'stays.client'
  | 'stays.settings'
  | 'stays.admit'
  | 'stays.update'
  | 'stays.discharge'
  | 'stays.logVisit'
  | 'stays.planVisit'
  | 'stays.updateSettings'
> = {
  'stays.current': (ctx) => currentStays(ctx, teamToday(ctx), ctx.privacy),
  'stays.history': history,
  'stays.figures': (ctx, i) => {
    if (i.to < i.from) throw new ApiError('validation', `The period ends (${formatDate(i.to)}) before it begins (${formatDate(i.from)}).`);
    return stayFigures(allStays(ctx), i.from, i.to);
  },
  'stays.client': (ctx, i) => clientStays(ctx, i.clientId),
  'stays.settings': (ctx) => staySettings(ctx),
  'stays.admit': admit,
  'stays.update': updateStay,
  'stays.discharge': discharge,
  'stays.logVisit': logVisit,
  'stays.planVisit': planVisit,
  'stays.updateSettings': updateSettings,
};
