/**
 * The monthly contact tracker (issue 14, NY 5.9.2.v): every done and attempted contact of a
 * month, per client, with the totals against the targets (shared/tracker.ts). Built through
 * the caller's privacy: a locked seat gets initials and no notes or plans.
 */
import type { ParsedInput } from '../../shared/api';
import type { Client, StaffRole } from '../../shared/domain';
import { type ClientMonth, type ClientTracker, type Month, type TrackerEntry, type TrackerMonth, daysCountedIn, monthSpan, trackerTotals } from '../../shared/tracker';
import { todayIn } from '../../shared/time';
import { getClient, listClients } from './clients';
import type { CallContext } from './context';
import type { HandlersFor } from './handler';
import type { Privacy } from './privacy';
import { getSettings } from './settings';

const PRESCRIBERS: readonly StaffRole[] = ['psychiatrist', 'nurse_practitioner'];

interface EntryRow {
  client_id: number;
  id: number;
  day: string;
  start_minute: number;
  end_minute: number;
  status: TrackerEntry['status'];
  kind: TrackerEntry['kind'];
  collateral_with: TrackerEntry['collateralWith'];
  location: TrackerEntry['location'];
  intervention: TrackerEntry['intervention'];
  note: string;
  next_plan: string;
  staff_name: string | null;
  staff_role: StaffRole | null;
}

/** The month's done and attempted contacts in order, for one client or all. */
function entriesOf(ctx: CallContext, month: Month, privacy: Privacy, clientId?: number): Map<number, TrackerEntry[]> {
  const { first, last } = monthSpan(month);
  const rows = ctx.db
    .prepare(
      `SELECT c.client_id, c.id, c.day, c.start_minute, c.end_minute, c.status, c.kind, c.collateral_with, c.location,
              c.intervention, c.note, c.next_plan, s.name AS staff_name, s.role AS staff_role
       FROM contacts c LEFT JOIN staff s ON s.id = c.staff_id
       WHERE c.day BETWEEN @first AND @last AND c.status IN ('done', 'attempted') AND (@clientId IS NULL OR c.client_id = @clientId)
       ORDER BY c.day, c.start_minute, c.id`,
    )
    .all({ first, last, clientId: clientId ?? null }) as EntryRow[];
  const byClient = new Map<number, TrackerEntry[]>();
  for (const r of rows) {
    const entry: TrackerEntry = {
      contactId: r.id,
      day: r.day,
      startMinute: r.start_minute,
      endMinute: r.end_minute,
      status: r.status,
      kind: r.kind,
      collateralWith: r.collateral_with,
      location: r.location,
      intervention: r.intervention,
      staffName: r.staff_name,
      byPrescriber: r.staff_role !== null && PRESCRIBERS.includes(r.staff_role),
      note: privacy.text(r.note),
      nextPlan: privacy.text(r.next_plan),
    };
    byClient.set(r.client_id, [...(byClient.get(r.client_id) ?? []), entry]);
  }
  return byClient;
}

function clientMonth(ctx: CallContext, client: Client, month: Month, entries: TrackerEntry[], privacy: Privacy): ClientMonth {
  const today = todayIn(getSettings(ctx).timeZone, ctx.now);
  return { clientId: client.id, clientName: privacy.nameOf(client), month, totals: trackerTotals(entries, daysCountedIn(month, today)) };
}

export function trackerMonth(ctx: CallContext, month: Month, privacy: Privacy): TrackerMonth {
  const entries = entriesOf(ctx, month, privacy);
  // Discharged clients are listed only for a month they were still seen in.
  const clients = listClients(ctx).filter((c) => c.status !== 'discharged' || entries.has(c.id));
  return { month, clients: clients.map((c) => clientMonth(ctx, c, month, entries.get(c.id) ?? [], privacy)) };
}

export function clientTracker(ctx: CallContext, input: ParsedInput<'tracker.client'>, privacy: Privacy): ClientTracker {
  const client = getClient(ctx, input.clientId);
  const entries = entriesOf(ctx, input.month, privacy, client.id).get(client.id) ?? [];
  return { ...clientMonth(ctx, client, input.month, entries, privacy), entries };
}

export const trackerHandlers: HandlersFor<'tracker.month' | 'tracker.client'> = {
  'tracker.month': (ctx, input) => trackerMonth(ctx, input.month, ctx.privacy),
  'tracker.client': (ctx, input) => clientTracker(ctx, input, ctx.privacy),
};
