/**
 * Chart captains and documentation due dates (issue 14): each client's chart captain (the
 * primary staff member) and team, and the documents due by the team's state profile
 * (shared/rules/documentation-due.ts). "Assessment done" and "plan reviewed" are recorded
 * as dates in documentation_done. Read results go through the caller's privacy.
 */
import { ApiError, type ParsedInput } from '../../shared/api';
import type { ChartBoard, ChartCaptain } from '../../shared/charts';
import type { Client, LocalDate } from '../../shared/domain';
import { DOC_KIND_LABELS, DOCUMENTATION_RULES, type DocDue, type DocRecord, documentationDue, owed } from '../../shared/rules/documentation-due';
import { todayIn, formatDate } from '../../shared/time';
import { getClient, listClients } from './clients';
import type { CallContext } from './context';
import type { HandlersFor } from './handler';
import { getSettings } from './settings';

/** Each client's recorded documents. */
function recordsByClient(ctx: Pick<CallContext, 'db'>): Map<number, DocRecord[]> {
  const out = new Map<number, DocRecord[]>();
  const rows = ctx.db.prepare('SELECT client_id, kind, done_on FROM documentation_done ORDER BY done_on').all() as { client_id: number; kind: DocRecord['kind']; done_on: string }[];
  for (const r of rows) out.set(r.client_id, [...(out.get(r.client_id) ?? []), { kind: r.kind, doneOn: r.done_on }]);
  return out;
}

const holidaySet = (ctx: Pick<CallContext, 'db'>): Set<string> =>
  new Set((ctx.db.prepare('SELECT day FROM holidays').all() as { day: string }[]).map((r) => r.day));

/** Each client's documents and their due dates by the team's state profile: the chart board's, and the meeting's. */
export function documentsDueOf(ctx: CallContext, today: LocalDate): (client: Client) => DocDue[] {
  const rules = DOCUMENTATION_RULES[getSettings(ctx).stateProfile];
  const records = recordsByClient(ctx);
  const holidays = holidaySet(ctx);
  return (c) => documentationDue(rules, { admissionDate: c.admissionDate!, done: records.get(c.id) ?? [], holidays, today });
}

/** Captain → clients with what each owes; most overdue captains' clients first, clients without a captain last. */
export function chartBoard(ctx: CallContext): ChartBoard {
  const settings = getSettings(ctx);
  const today = todayIn(settings.timeZone, ctx.now);
  const rules = DOCUMENTATION_RULES[settings.stateProfile];
  const documentsOf = documentsDueOf(ctx, today);
  const byCaptain = new Map<number | null, ChartCaptain>();
  for (const c of listClients(ctx).filter((c) => c.status !== 'discharged')) {
    const documents = documentsOf(c);
    const shown = ctx.privacy.client(c);
    const captain = byCaptain.get(c.primaryStaffId) ?? { staffId: c.primaryStaffId, clients: [] };
    captain.clients.push({
      clientId: c.id,
      clientName: ctx.privacy.nameOf(c),
      admissionDate: shown.admissionDate,
      teamStaffIds: [...new Set([...(c.primaryStaffId === null ? [] : [c.primaryStaffId]), ...c.teamStaffIds])],
      documents,
      overdue: documents.filter((d) => d.state === 'overdue').length,
    });
    byCaptain.set(c.primaryStaffId, captain);
  }
  const nextDue = (docs: ChartCaptain['clients'][number]['documents']) => owed(docs)[0]?.dueOn ?? '9999-12-31';
  const captains = [...byCaptain.values()].map((cap) => ({
    ...cap,
    clients: cap.clients.sort((a, b) => b.overdue - a.overdue || nextDue(a.documents).localeCompare(nextDue(b.documents)) || a.clientName.localeCompare(b.clientName)),
  }));
  captains.sort((a, b) => (a.staffId === null ? 1 : 0) - (b.staffId === null ? 1 : 0) || (a.staffId ?? 0) - (b.staffId ?? 0));
  return { today, stateProfile: settings.stateProfile, source: rules.source, fallback: rules.fallback, captains };
}

function recordDone(ctx: CallContext, input: ParsedInput<'charts.recordDone'>): DocRecord & { clientId: number } {
  const client = getClient(ctx, input.clientId);
  const today = todayIn(getSettings(ctx).timeZone, ctx.now);
  const what = DOC_KIND_LABELS[input.kind];
  if (input.doneOn > today) throw new ApiError('validation', `${what} cannot be done in the future (${formatDate(input.doneOn)}); today is ${formatDate(today)}.`);
  if (client.admissionDate && input.doneOn < client.admissionDate) {
    throw new ApiError('validation', `${what} on ${formatDate(input.doneOn)} is before the admission (${formatDate(client.admissionDate)}): check the date.`);
  }
  const row = { clientId: input.clientId, kind: input.kind, doneOn: input.doneOn };
  const result = ctx.db
    .prepare('INSERT OR IGNORE INTO documentation_done (client_id, kind, done_on, recorded_at) VALUES (@clientId, @kind, @doneOn, @at)')
    .run({ ...row, at: ctx.nowIso });
  if (result.changes > 0) {
    ctx.audit('create', 'documentation_done', Number(result.lastInsertRowid), null, row);
    ctx.changed('clients');
  }
  return row;
}

function removeDone(ctx: CallContext, input: ParsedInput<'charts.removeDone'>): { removed: number } {
  const row = ctx.db
    .prepare('SELECT id FROM documentation_done WHERE client_id = ? AND kind = ? AND done_on = ?')
    .get(input.clientId, input.kind, input.doneOn) as { id: number } | undefined;
  if (!row) throw new ApiError('not_found', `No ${DOC_KIND_LABELS[input.kind].toLowerCase()} on ${formatDate(input.doneOn)} is on record for this client (removed on another seat?).`);
  ctx.db.prepare('DELETE FROM documentation_done WHERE id = ?').run(row.id);
  ctx.audit('delete', 'documentation_done', row.id, { clientId: input.clientId, kind: input.kind, doneOn: input.doneOn }, null);
  ctx.changed('clients');
  return { removed: 1 };
}

export const chartHandlers: HandlersFor<'charts.board' | 'charts.recordDone' | 'charts.removeDone'> = {
  'charts.board': (ctx) => chartBoard(ctx),
  'charts.recordDone': recordDone,
  'charts.removeDone': removeDone,
};
