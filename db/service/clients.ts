import { ApiError, type ParsedInput } from '../../shared/api';
import type { Client, ClientStatus, DischargeReason } from '../../shared/domain';
import { dischargeProblem, readmitted } from '../../shared/rules/discharge';
import type { ClientLegalStatus } from '../../shared/client-basics';
import { type CallContext, checkVersion, notFound } from './context';
import type { HandlersFor } from './handler';
import { teamTimeFormatter } from './settings';
import { requireActiveStaff, stripUndefined } from './staff';

interface ClientRow {
  id: number;
  name: string;
  preferred_name: string;
  record_number: string | null;
  admission_date: string;
  status: ClientStatus;
  discharged_on: string | null;
  discharge_reason: DischargeReason | null;
  primary_staff_id: number | null;
  address: string;
  phone: string;
  crisis_plan: string;
  legal_status: ClientLegalStatus | null;
  version: number;
  updated_at: string;
}

function teamOf(ctx: Pick<CallContext, 'db'>, clientId: number): number[] {
  return (
    ctx.db.prepare('SELECT staff_id FROM client_team WHERE client_id = ? ORDER BY staff_id').all(clientId) as {
      staff_id: number;
    }[]
  ).map((r) => r.staff_id);
}

const toClient = (r: ClientRow, teamStaffIds: number[]): Client => ({
  id: r.id,
  name: r.name,
  preferredName: r.preferred_name,
  recordNumber: r.record_number,
  admissionDate: r.admission_date,
  status: r.status,
  dischargedOn: r.discharged_on,
  dischargeReason: r.discharge_reason,
  primaryStaffId: r.primary_staff_id,
  teamStaffIds,
  address: r.address,
  phone: r.phone,
  crisisPlan: r.crisis_plan,
  legalStatus: r.legal_status,
  version: r.version,
});

export function listClients(ctx: Pick<CallContext, 'db'>): Client[] {
  const teams = new Map<number, number[]>();
  for (const t of ctx.db.prepare('SELECT client_id, staff_id FROM client_team ORDER BY staff_id').all() as {
    client_id: number;
    staff_id: number;
  }[]) {
    teams.set(t.client_id, [...(teams.get(t.client_id) ?? []), t.staff_id]);
  }
  return (ctx.db.prepare('SELECT * FROM clients ORDER BY preferred_name, name').all() as ClientRow[]).map((r) =>
    toClient(r, teams.get(r.id) ?? []),
  );
}

function row(ctx: Pick<CallContext, 'db'>, id: number): ClientRow {
  const r = ctx.db.prepare('SELECT * FROM clients WHERE id = ?').get(id) as ClientRow | undefined;
  if (!r) throw notFound('Client', id);
  return r;
}

export function getClient(ctx: Pick<CallContext, 'db'>, id: number): Client {
  return toClient(row(ctx, id), teamOf(ctx, id));
}

/** A client's fields; the discharge date and reason left out (the import) stay as they are. */
export type ClientFields = Omit<Client, 'id' | 'version' | 'dischargedOn' | 'dischargeReason'> & Partial<Pick<Client, 'dischargedOn' | 'dischargeReason'>>;

function checkReferences(ctx: CallContext, c: ClientFields, id: number | null, wasDischarged = false): void {
  const problem = dischargeProblem({ ...c, dischargedOn: c.dischargedOn ?? null, dischargeReason: c.dischargeReason ?? null }, wasDischarged);
  if (problem) throw new ApiError('validation', problem);
  if (c.primaryStaffId !== null) requireActiveStaff(ctx, c.primaryStaffId);
  for (const s of new Set(c.teamStaffIds)) requireActiveStaff(ctx, s);
  if (c.recordNumber !== null) {
    const other = ctx.db
      .prepare('SELECT preferred_name FROM clients WHERE record_number = ? AND id IS NOT ?')
      .get(c.recordNumber, id) as { preferred_name: string } | undefined;
    if (other) throw new ApiError('validation', `Record number ${c.recordNumber} is already used by ${other.preferred_name}.`);
  }
}

/** Inserts (id null) or overwrites a client and their team (the caller checks references and audits); returns the id. */
export function writeClient(ctx: CallContext, c: ClientFields, id: number | null): number {
  const params = {
    name: c.name,
    preferredName: c.preferredName,
    recordNumber: c.recordNumber,
    admissionDate: c.admissionDate,
    status: c.status,
    primaryStaffId: c.primaryStaffId,
    address: c.address,
    phone: c.phone,
    crisisPlan: c.crisisPlan,
    legalStatus: c.legalStatus,
    now: ctx.nowIso,
    id,
  };
  let clientId: number;
  if (id === null) {
    clientId = Number(
      ctx.db
        .prepare(
          `INSERT INTO clients (name, preferred_name, record_number, admission_date, status, primary_staff_id,
           address, phone, crisis_plan, legal_status, updated_at)
           VALUES (@name, @preferredName, @recordNumber, @admissionDate, @status, @primaryStaffId,
           @address, @phone, @crisisPlan, @legalStatus, @now)`,
        )
        .run(params).lastInsertRowid,
    );
  } else {
    ctx.db
      .prepare(
        `UPDATE clients SET name = @name, preferred_name = @preferredName, record_number = @recordNumber,
         admission_date = @admissionDate, status = @status, primary_staff_id = @primaryStaffId,
         address = @address, phone = @phone, crisis_plan = @crisisPlan, legal_status = @legalStatus,
         version = version + 1, updated_at = @now WHERE id = @id`,
      )
      .run(params);
    clientId = id;
  }
  if (c.dischargedOn !== undefined || c.dischargeReason !== undefined) {
    ctx.db
      .prepare('UPDATE clients SET discharged_on = ?, discharge_reason = ? WHERE id = ?')
      .run(c.dischargedOn ?? null, c.dischargeReason ?? null, clientId);
  }
  ctx.db.prepare('DELETE FROM client_team WHERE client_id = ?').run(clientId);
  const addMember = ctx.db.prepare('INSERT INTO client_team (client_id, staff_id) VALUES (?, ?)');
  for (const s of new Set(c.teamStaffIds)) addMember.run(clientId, s);
  return clientId;
}

export function createClient(ctx: CallContext, input: ParsedInput<'clients.create'>): Client {
  checkReferences(ctx, input, null);
  const created = getClient(ctx, writeClient(ctx, input, null));
  ctx.audit('create', 'client', created.id, undefined, created);
  ctx.changed('clients');
  return created;
}

export function updateClient(ctx: CallContext, input: ParsedInput<'clients.update'>): Client {
  const current = row(ctx, input.id);
  checkVersion('client', { version: current.version, updatedAt: current.updated_at }, input.version, teamTimeFormatter(ctx));
  const before = getClient(ctx, input.id);
  const { id: _id, version: _version, ...fields } = stripUndefined(input);
  const next: ClientFields = { ...before, ...fields, ...(readmitted(before, fields) ? { dischargedOn: null, dischargeReason: null } : {}) };
  checkReferences(ctx, next, input.id, before.status === 'discharged');
  writeClient(ctx, next, input.id);
  const after = getClient(ctx, input.id);
  ctx.audit('update', 'client', input.id, before, after);
  ctx.changed('clients');
  ctx.changed('contacts');
  return after;
}

export const clientHandlers: HandlersFor<'clients.list' | 'clients.create' | 'clients.update'> = {
  'clients.list': (ctx) => {
    const shown = listClients(ctx).map(ctx.privacy.client);
    // In the order of what is shown: the order of the names would tell something of them.
    return ctx.privacy.privateNames ? shown.sort((a, b) => a.name.localeCompare(b.name) || a.id - b.id) : shown;
  },
  'clients.create': createClient,
  'clients.update': updateClient,
};
