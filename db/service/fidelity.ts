/**
 * Live fidelity figures (issue 15): reads a period's records through indexed queries (the
 * period's done contacts and finished meetings, the hospital log's psychiatric stays of the
 * 12 months to its end, the primary on-call role) and rates them with shared/fidelity. Client
 * names go through the caller's privacy: a locked seat sees initials.
 */
import { ApiError } from '../../shared/api';
import { MAX_FIDELITY_DAYS } from '../../shared/contract/fidelity';
import type { LocalDate } from '../../shared/domain';
import { clientServiceTable, clientServiceWeeks } from '../../shared/fidelity/clients';
import { ITEM_INFO, computeAll, computeItem, itemRecords, trendMonths } from '../../shared/fidelity/index';
import type { ClientRecord, ContactRecord, FidelityRecords, MeetingRecord, Presence, RotaRecord, StayRecord } from '../../shared/fidelity/records';
import { caseload, monthsBack, periodDays } from '../../shared/fidelity/records';
import type { ClientServiceHistory, ClientServiceTable, FidelityItemRecords, FidelityReport, FidelityTrend } from '../../shared/fidelity/report';
import { FIDELITY_ITEMS, type FidelityItemId } from '../../shared/fidelity/result';
import { meetsTarget } from '../../shared/fidelity/targets';
import { gaps, merged } from '../../shared/oncall';
import { addDays, toInstant, formatDate } from '../../shared/time';
import { listClients } from './clients';
import { type CallContext, notFound } from './context';
import type { HandlersFor } from './handler';
import { listRoles, rotationOf, segmentsOf } from './oncall';
import { getSettings } from './settings';
import { listStaff } from './staff';

type Db = Pick<CallContext, 'db'>;
const HOUR = 3_600_000;
/** The drill-down lists the first stretches nobody was on call, not every one of a long period. */
const GAPS_LISTED = 50;

function checkPeriod(from: LocalDate, to: LocalDate): void {
  if (to < from) throw new ApiError('validation', `The period ends (${formatDate(to)}) before it begins (${formatDate(from)}).`);
  if (periodDays(from, to) > MAX_FIDELITY_DAYS) throw new ApiError('validation', `Choose a period of at most ${MAX_FIDELITY_DAYS} days.`);
}

function readClients(ctx: Db): ClientRecord[] {
  const rows = ctx.db.prepare('SELECT id, admission_date, status, discharged_on, discharge_reason FROM clients').all() as {
    id: number;
    admission_date: string;
    status: string;
    discharged_on: string | null;
    discharge_reason: ClientRecord['dischargeReason'];
  }[];
  return rows.map((r) => ({ id: r.id, admissionDate: r.admission_date, dischargedOn: r.discharged_on, dischargeReason: r.discharge_reason, discharged: r.status === 'discharged' }));
}

/** The done contacts of a period (of one client, when given): by the day index, or the client's. */
function readContacts(ctx: Db, from: LocalDate, to: LocalDate, clientId: number | null = null): ContactRecord[] {
  const rows = ctx.db
    .prepare(
      `SELECT client_id, staff_id, day, end_minute - start_minute AS minutes, kind, location, collateral_with, intervention
       FROM contacts WHERE day BETWEEN @from AND @to AND status = 'done' ${clientId === null ? '' : 'AND client_id = @clientId'}`,
    )
    .all({ from, to, ...(clientId === null ? {} : { clientId }) }) as {
    client_id: number;
    staff_id: number | null;
    day: string;
    minutes: number;
    kind: ContactRecord['kind'];
    location: ContactRecord['location'];
    collateral_with: ContactRecord['collateralWith'];
    intervention: ContactRecord['intervention'];
  }[];
  return rows.map((r) => ({ clientId: r.client_id, staffId: r.staff_id, day: r.day, minutes: r.minutes, kind: r.kind, location: r.location, collateralWith: r.collateral_with, intervention: r.intervention }));
}

function readMeetings(ctx: Db, from: LocalDate, to: LocalDate): MeetingRecord[] {
  const rows = ctx.db
    .prepare(
      `SELECT m.id, m.day, a.staff_id, a.presence,
         (SELECT COUNT(*) FROM meeting_reviews r WHERE r.meeting_id = m.id AND r.state = 'reviewed') AS reviewed
       FROM meetings m LEFT JOIN meeting_attendance a ON a.meeting_id = m.id
       WHERE m.day BETWEEN ? AND ? AND m.status = 'finished' ORDER BY m.day, m.id`,
    )
    .all(from, to) as { id: number; day: string; reviewed: number; staff_id: number | null; presence: Presence | null }[];
  const byId = new Map<number, MeetingRecord>();
  for (const r of rows) {
    let m = byId.get(r.id);
    if (!m) byId.set(r.id, (m = { day: r.day, reviewed: r.reviewed, attendance: [] }));
    if (r.staff_id !== null && r.presence !== null) m.attendance.push({ staffId: r.staff_id, presence: r.presence });
  }
  return [...byId.values()];
}

/** Psychiatric hospital stays admitted or discharged in the 12 months to `to` (OS11 looks back that far). */
function readStays(ctx: Db, to: LocalDate): StayRecord[] {
  const from = monthsBack(to, 12);
  const rows = ctx.db
    .prepare(
      `SELECT id, client_id, admitted_on, discharged_on, team_in_admission, team_in_discharge FROM stays
       WHERE log = 'hospital' AND kind = 'psychiatric' AND (admitted_on BETWEEN @from AND @to OR discharged_on BETWEEN @from AND @to)`,
    )
    .all({ from, to }) as { id: number; client_id: number; admitted_on: string; discharged_on: string | null; team_in_admission: number; team_in_discharge: number }[];
  return rows.map((r) => ({
    id: r.id,
    clientId: r.client_id,
    admittedOn: r.admitted_on,
    dischargedOn: r.discharged_on !== null && r.discharged_on <= to ? r.discharged_on : null,
    teamInAdmission: r.team_in_admission === 1,
    teamInDischarge: r.team_in_discharge === 1,
  }));
}

/** The primary on-call role over the period: the hours nobody held it. */
function readRota(ctx: CallContext, from: LocalDate, to: LocalDate, timeZone: string): RotaRecord {
  const start = toInstant(from, 0, timeZone).toISOString();
  const end = toInstant(addDays(to, 1), 0, timeZone).toISOString();
  const hours = (Date.parse(end) - Date.parse(start)) / HOUR;
  const role = listRoles(ctx).find((r) => r.kind === 'primary');
  if (!role || !rotationOf(ctx, role.id)) return { hasRotation: false, hours, uncoveredHours: hours, gaps: [] };
  const open = gaps(merged(segmentsOf(ctx, role.id, start, end, timeZone)), start, end);
  const uncoveredHours = open.reduce((s, g) => s + (Date.parse(g.end) - Date.parse(g.start)) / HOUR, 0);
  return { hasRotation: true, hours, uncoveredHours, gaps: open.slice(0, GAPS_LISTED) };
}

/** Everything the items need for a period; `clients` may be passed in when read once for many periods. */
export function readFidelityRecords(ctx: CallContext, from: LocalDate, to: LocalDate, clients = readClients(ctx)): FidelityRecords {
  const { timeZone } = getSettings(ctx);
  const staff = ctx.db.prepare('SELECT id, role, fte FROM staff WHERE active = 1').all() as FidelityRecords['staff'];
  return {
    from,
    to,
    staff,
    clients,
    contacts: readContacts(ctx, from, to),
    meetings: readMeetings(ctx, from, to),
    stays: readStays(ctx, to),
    rota: readRota(ctx, from, to, timeZone),
  };
}

export function fidelityReport(ctx: CallContext, from: LocalDate, to: LocalDate): FidelityReport {
  checkPeriod(from, to);
  const { stateProfile } = getSettings(ctx);
  const records = readFidelityRecords(ctx, from, to);
  return {
    from,
    to,
    stateProfile,
    caseload: caseload(records).length,
    items: computeAll(records).map((r) => {
      const target = meetsTarget(stateProfile, r.id, r.figure);
      return { ...r, ...ITEM_INFO[r.id], target: target ? { ...target.target, met: target.met } : null };
    }),
  };
}

/** Every item month by month: the 12 calendar months ending with `to`'s month. */
function trend(ctx: CallContext, to: LocalDate): FidelityTrend {
  const months = trendMonths(to);
  const clients = readClients(ctx);
  const items = Object.fromEntries(FIDELITY_ITEMS.map((id) => [id, [] as FidelityTrend['items'][FidelityItemId]])) as FidelityTrend['items'];
  for (const m of months) {
    const records = readFidelityRecords(ctx, m.from, m.to, clients);
    for (const id of FIDELITY_ITEMS) {
      const r = computeItem(id, records);
      items[id].push({ month: m.month, figure: r.figure, rating: r.rating });
    }
  }
  return { months, items };
}

/** How the caller may name each client, by id. */
function clientNames(ctx: CallContext): Map<number, string> {
  return new Map(listClients(ctx).map((c) => [c.id, ctx.privacy.nameOf(c)]));
}

function records(ctx: CallContext, item: FidelityItemId, from: LocalDate, to: LocalDate): FidelityItemRecords {
  checkPeriod(from, to);
  const names = clientNames(ctx);
  const staff = new Map(listStaff(ctx).map((s) => [s.id, s.name]));
  const r = itemRecords(item, readFidelityRecords(ctx, from, to), (id) => staff.get(id) ?? `Staff ${id}`);
  return { item, from, to, columns: r.columns, rows: r.rows.map((row) => ({ ...row, client: row.clientId === null ? null : (names.get(row.clientId) ?? '?') })) };
}

function clientTable(ctx: CallContext, from: LocalDate, to: LocalDate): ClientServiceTable {
  checkPeriod(from, to);
  const names = clientNames(ctx);
  const rows = clientServiceTable(readFidelityRecords(ctx, from, to)).map((row) => ({ ...row, client: names.get(row.clientId) ?? '?' }));
  return { from, to, rows };
}

function clientHistory(ctx: CallContext, clientId: number, from: LocalDate, to: LocalDate): ClientServiceHistory {
  checkPeriod(from, to);
  const name = clientNames(ctx).get(clientId);
  if (name === undefined) throw notFound('Client', clientId);
  const records: FidelityRecords = {
    from,
    to,
    staff: [],
    clients: [],
    contacts: readContacts(ctx, from, to, clientId),
    meetings: [],
    stays: [],
    rota: { hasRotation: false, hours: 0, uncoveredHours: 0, gaps: [] },
  };
  return { clientId, client: name, weeks: clientServiceWeeks(records, clientId) };
}

export const fidelityHandlers: HandlersFor<'fidelity.get' | 'fidelity.trend' | 'fidelity.records' | 'fidelity.clients' | 'fidelity.client'> = {
  'fidelity.get': (ctx, i) => fidelityReport(ctx, i.from, i.to),
  'fidelity.trend': (ctx, i) => trend(ctx, i.to),
  'fidelity.records': (ctx, i) => records(ctx, i.item, i.from, i.to),
  'fidelity.clients': (ctx, i) => clientTable(ctx, i.from, i.to),
  'fidelity.client': (ctx, i) => clientHistory(ctx, i.clientId, i.from, i.to),
};
