/** The audit trail, read-only: the API lists it; nothing in the API can change it. */
import { DateTime } from 'luxon';
import type { ParsedInput } from '../../shared/api';
import type { AuditEntry, AuditPage } from '../../shared/trust';
import type { CallContext } from './context';
import type { HandlersFor } from './handler';
import { getSettings } from './settings';

interface Row {
  id: number;
  at: string;
  actor: string;
  actor_staff_id: number | null;
  action: string;
  entity: string;
  entity_id: number | null;
  before_json: string | null;
  after_json: string | null;
}

const toEntry = (r: Row): AuditEntry => ({
  id: r.id,
  at: r.at,
  actor: r.actor,
  actorStaffId: r.actor_staff_id,
  action: r.action,
  entity: r.entity,
  entityId: r.entity_id,
  before: r.before_json,
  after: r.after_json,
});

/** A team-local date as the UTC instant its day starts (audit times are UTC ISO strings). */
function startOfLocalDay(day: string, zone: string, plusDays = 0): string {
  return DateTime.fromISO(day, { zone }).plus({ days: plusDays }).startOf('day').toUTC().toISO()!;
}

export function listAudit(ctx: CallContext, input: ParsedInput<'audit.list'>): AuditPage {
  const { timeZone } = getSettings(ctx);
  const where: string[] = [];
  const params: Record<string, unknown> = {};
  if (input.staffId !== undefined) {
    where.push('actor_staff_id = @staffId');
    params.staffId = input.staffId;
  }
  if (input.clientId !== undefined) {
    // The client itself, or anything whose before/after names the client.
    where.push(`((entity = 'client' AND entity_id = @clientId)
      OR json_extract(before_json, '$.clientId') = @clientId OR json_extract(after_json, '$.clientId') = @clientId)`);
    params.clientId = input.clientId;
  }
  if (input.from !== undefined) {
    where.push('at >= @from');
    params.from = startOfLocalDay(input.from, timeZone);
  }
  if (input.to !== undefined) {
    where.push('at < @to');
    params.to = startOfLocalDay(input.to, timeZone, 1);
  }
  if (input.kind !== undefined && input.kind !== '') {
    where.push('entity = @kind');
    params.kind = input.kind;
  }
  const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const total = (ctx.db.prepare(`SELECT COUNT(*) AS n FROM audit_log ${clause}`).get(params) as { n: number }).n;
  const rows = ctx.db
    .prepare(`SELECT * FROM audit_log ${clause} ORDER BY id DESC LIMIT @limit OFFSET @offset`)
    .all({ ...params, limit: input.limit, offset: input.offset }) as Row[];
  const kinds = (ctx.db.prepare('SELECT DISTINCT entity FROM audit_log ORDER BY entity').all() as { entity: string }[]).map((k) => k.entity);
  return { entries: rows.map(toEntry), total, kinds };
}

export const auditHandlers: HandlersFor<'audit.list'> = {
  'audit.list': listAudit,
};
