/**
 * AOT orders (issue 14): one order per client, its reporting duty and the county contact.
 * What is due comes from shared/aot.ts; read results go through the caller's privacy
 * (initials, no duty text or contact name on a locked seat).
 */
import { ApiError, type ParsedInput } from '../../shared/api';
import { type AotBoard, type AotOrder, aotDatesProblem, aotDue } from '../../shared/aot';
import type { LocalDate } from '../../shared/domain';
import { todayIn, formatDate } from '../../shared/time';
import { getClient, listClients } from './clients';
import { type CallContext, checkVersion, notFound } from './context';
import type { HandlersFor } from './handler';
import { getSettings, teamTimeFormatter } from './settings';

interface AotRecord {
  client_id: number;
  starts_on: string;
  expires_on: string;
  reporting_duty: string;
  report_every_days: number;
  last_report_on: string | null;
  county_contact: string;
  version: number;
  updated_at: string;
}

const toOrder = (r: AotRecord): AotOrder => ({
  clientId: r.client_id,
  startsOn: r.starts_on,
  expiresOn: r.expires_on,
  reportingDuty: r.reporting_duty,
  reportEveryDays: r.report_every_days,
  lastReportOn: r.last_report_on,
  countyContact: r.county_contact,
  version: r.version,
});

/** Every AOT order on record, by client. */
export function aotOrders(ctx: Pick<CallContext, 'db'>): Map<number, AotOrder> {
  return new Map((ctx.db.prepare('SELECT * FROM aot_orders').all() as AotRecord[]).map((r) => [r.client_id, toOrder(r)]));
}

function record(ctx: CallContext, clientId: number): AotRecord | undefined {
  return ctx.db.prepare('SELECT * FROM aot_orders WHERE client_id = ?').get(clientId) as AotRecord | undefined;
}

function current(ctx: CallContext, clientId: number, version: number): AotOrder {
  const r = record(ctx, clientId);
  if (!r) throw notFound('AOT order of client', clientId);
  checkVersion('AOT order', { version: r.version, updatedAt: r.updated_at }, version, teamTimeFormatter(ctx));
  return toOrder(r);
}

const teamToday = (ctx: CallContext): LocalDate => todayIn(getSettings(ctx).timeZone, ctx.now);

/** Every client under an order (not discharged), soonest expiry first. */
export function aotBoard(ctx: CallContext): AotBoard {
  const today = teamToday(ctx);
  const orders = aotOrders(ctx);
  const rows = listClients(ctx)
    .filter((c) => c.status !== 'discharged' && orders.has(c.id))
    .map((c) => {
      const order = orders.get(c.id)!;
      return {
        ...order,
        reportingDuty: ctx.privacy.text(order.reportingDuty),
        countyContact: ctx.privacy.text(order.countyContact),
        clientName: ctx.privacy.nameOf(c),
        ...aotDue(order, today),
      };
    })
    .sort((a, b) => a.expiresOn.localeCompare(b.expiresOn) || a.clientName.localeCompare(b.clientName));
  return { today, orders: rows };
}

function saveOrder(ctx: CallContext, input: ParsedInput<'aot.save'>): AotOrder {
  getClient(ctx, input.clientId);
  const problem = aotDatesProblem(input.startsOn, input.expiresOn);
  if (problem) throw new ApiError('validation', problem);
  const existing = record(ctx, input.clientId);
  if (input.version === null && existing) {
    throw new ApiError('conflict', 'This client already has an AOT order (added on another seat?): reload and edit it instead.');
  }
  const before = input.version === null ? null : current(ctx, input.clientId, input.version);
  const row = {
    clientId: input.clientId,
    startsOn: input.startsOn,
    expiresOn: input.expiresOn,
    reportingDuty: input.reportingDuty,
    reportEveryDays: input.reportEveryDays,
    countyContact: input.countyContact,
    at: ctx.nowIso,
  };
  if (before === null) {
    ctx.db
      .prepare(
        `INSERT INTO aot_orders (client_id, starts_on, expires_on, reporting_duty, report_every_days, county_contact, updated_at)
         VALUES (@clientId, @startsOn, @expiresOn, @reportingDuty, @reportEveryDays, @countyContact, @at)`,
      )
      .run(row);
  } else {
    ctx.db
      .prepare(
        `UPDATE aot_orders SET starts_on = @startsOn, expires_on = @expiresOn, reporting_duty = @reportingDuty,
           report_every_days = @reportEveryDays, county_contact = @countyContact, version = version + 1, updated_at = @at
         WHERE client_id = @clientId`,
      )
      .run(row);
  }
  const after = toOrder(record(ctx, input.clientId)!);
  ctx.audit(before === null ? 'create' : 'update', 'aot_order', input.clientId, before, after);
  ctx.changed('clients');
  return after;
}

function reportSent(ctx: CallContext, input: ParsedInput<'aot.reportSent'>): AotOrder {
  const before = current(ctx, input.clientId, input.version);
  const today = teamToday(ctx);
  if (input.day > today) throw new ApiError('validation', `A report cannot be sent in the future (${formatDate(input.day)}); today is ${formatDate(today)}.`);
  if (input.day < before.startsOn) throw new ApiError('validation', `The report date ${formatDate(input.day)} is before the order started (${formatDate(before.startsOn)}).`);
  ctx.db
    .prepare('UPDATE aot_orders SET last_report_on = ?, version = version + 1, updated_at = ? WHERE client_id = ?')
    .run(input.day, ctx.nowIso, input.clientId);
  const after = toOrder(record(ctx, input.clientId)!);
  ctx.audit('update', 'aot_order', input.clientId, before, after);
  ctx.changed('clients');
  return after;
}

function endOrder(ctx: CallContext, input: ParsedInput<'aot.end'>): { clientId: number } {
  const before = current(ctx, input.clientId, input.version);
  ctx.db.prepare('DELETE FROM aot_orders WHERE client_id = ?').run(input.clientId);
  // The audit trail keeps the order as it was.
  ctx.audit('delete', 'aot_order', input.clientId, before, null);
  ctx.changed('clients');
  return { clientId: input.clientId };
}

export const aotHandlers: HandlersFor<'aot.list' | 'aot.save' | 'aot.reportSent' | 'aot.end'> = {
  'aot.list': (ctx) => aotBoard(ctx),
  'aot.save': saveOrder,
  'aot.reportSent': reportSent,
  'aot.end': endOrder,
};
