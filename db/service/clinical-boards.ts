/**
 * The MD board and the injection schedule (issue 14): each client's last done psychiatric
 * visit or injection and what is due next, by the rules in shared/clinical.ts. Read
 * results go through the caller's privacy (initials, no medication note on a locked seat).
 */
import { ApiError, type ParsedInput } from '../../shared/api';
import {
  type ClinicalSettings,
  type InjectionBoard,
  type MdBoard,
  type MdBoardRow,
  type PsychDue,
  injectionDue,
  injectionInterval,
  psychDue,
  windowProblem,
} from '../../shared/clinical';
import type { Intervention, LocalDate } from '../../shared/domain';
import { addDays, todayIn } from '../../shared/time';
import { getClient, listClients } from './clients';
import { type CallContext, checkVersion } from './context';
import type { HandlersFor } from './handler';
import type { Privacy } from './privacy';
import { listItems } from './schedule-items';
import { getSettings, teamTimeFormatter } from './settings';

type Db = Pick<CallContext, 'db'>;

export function getClinicalSettings(ctx: Db): ClinicalSettings {
  const r = ctx.db.prepare('SELECT psych_visit_weeks, injection_window_days, version FROM clinical_settings WHERE id = 1').get() as {
    psych_visit_weeks: number;
    injection_window_days: number;
    version: number;
  };
  return { psychVisitWeeks: r.psych_visit_weeks, injectionWindowDays: r.injection_window_days, version: r.version };
}

const teamToday = (ctx: CallContext): LocalDate => todayIn(getSettings(ctx).timeZone, ctx.now);

/**
 * Each client's last done contact of an intervention, found from the newest back on the
 * (intervention, client, day) index: a hot read (the day's board and the meeting roster use it
 * for psychiatric visits and missed injections), which must not read ten years of rows.
 */
export function lastDoneOf(ctx: Db, intervention: Intervention): Map<number, LocalDate> {
  const rows = ctx.db
    .prepare(
      `SELECT id AS client_id, (SELECT day FROM contacts
         WHERE intervention = ? AND client_id = clients.id AND status = 'done'
         ORDER BY day DESC LIMIT 1) AS day
       FROM clients`,
    )
    .all(intervention) as { client_id: number; day: string | null }[];
  return new Map(rows.flatMap((r) => (r.day ? [[r.client_id, r.day] as const] : [])));
}

/** The clients with their own psychiatric visit interval (weeks); the others follow the team's. */
function ownPsychWeeks(ctx: Db): Map<number, number> {
  const rows = ctx.db.prepare('SELECT id, psych_visit_weeks FROM clients WHERE psych_visit_weeks IS NOT NULL').all() as { id: number; psych_visit_weeks: number }[];
  return new Map(rows.map((r) => [r.id, r.psych_visit_weeks]));
}

/**
 * Each client's psychiatric visit due date, from done psychiatric visits and the client's
 * interval (their own, else the team's): the MD board's, the meeting's and any warning's.
 */
export function psychDueOf(ctx: Db, today: LocalDate): (clientId: number) => PsychDue {
  const weeksOf = psychWeeksOf(ctx);
  const last = lastDoneOf(ctx, 'psychiatric_visit');
  return (clientId) => psychDue(last.get(clientId) ?? null, weeksOf(clientId), today);
}

/** Each client's psychiatric visit interval in weeks: their own, else the team's. */
export function psychWeeksOf(ctx: Db): (clientId: number) => number {
  const { psychVisitWeeks } = getClinicalSettings(ctx);
  const own = ownPsychWeeks(ctx);
  return (clientId) => own.get(clientId) ?? psychVisitWeeks;
}

/** The psychiatric care provider's whole caseload, most overdue first, never-seen clients at the top. */
export function mdBoard(ctx: CallContext): MdBoard {
  const today = teamToday(ctx);
  const settings = getClinicalSettings(ctx);
  const dueOf = psychDueOf(ctx, today);
  const own = ownPsychWeeks(ctx);
  const year = new Map(
    (
      ctx.db
        .prepare(
          `SELECT client_id, COUNT(*) AS n, SUM(location = 'community') AS community FROM contacts
           WHERE intervention = 'psychiatric_visit' AND status = 'done' AND day BETWEEN ? AND ? GROUP BY client_id`,
        )
        .all(addDays(today, -364), today) as { client_id: number; n: number; community: number }[]
    ).map((r) => [r.client_id, r]),
  );
  const rows = listClients(ctx)
    .filter((c) => c.status !== 'discharged')
    .map((c) => ({
      clientId: c.id,
      clientName: ctx.privacy.nameOf(c),
      clientVersion: c.version,
      ownWeeks: own.get(c.id) ?? null,
      ...dueOf(c.id),
      visitsYear: year.get(c.id)?.n ?? 0,
      communityVisitsYear: year.get(c.id)?.community ?? 0,
    }))
    .sort((a, b) => (a.nextDue ?? '').localeCompare(b.nextDue ?? '') || a.clientName.localeCompare(b.clientName));
  return { today, settings, rows };
}

/** Every client with an injection on their schedule: last given, next due and its window (names as `privacy` may see them). */
export function injectionBoard(ctx: CallContext, privacy: Privacy = ctx.privacy): InjectionBoard {
  const today = teamToday(ctx);
  const settings = getClinicalSettings(ctx);
  const last = lastDoneOf(ctx, 'injection');
  const clients = new Map(listClients(ctx).map((c) => [c.id, c]));
  const rows = listItems(ctx)
    .filter((i) => i.intervention === 'injection' && (i.endsOn === null || i.endsOn >= today) && clients.get(i.clientId)?.status !== 'discharged')
    .map((item) => {
      const interval = injectionInterval(item.rule);
      return {
        clientId: item.clientId,
        clientName: privacy.nameOf(clients.get(item.clientId)!),
        scheduleItemId: item.id,
        medication: privacy.text(item.note),
        interval,
        ...injectionDue(last.get(item.clientId) ?? null, interval, settings.injectionWindowDays, today),
      };
    })
    .sort((a, b) => (a.nextDue ?? '').localeCompare(b.nextDue ?? '') || a.clientName.localeCompare(b.clientName));
  return { today, settings, rows };
}

export function updateClinicalSettings(ctx: CallContext, input: ParsedInput<'clinical.updateSettings'>): ClinicalSettings {
  const before = getClinicalSettings(ctx);
  if (before.version !== input.version) {
    throw new ApiError('conflict', 'The MD board settings were changed on another seat, so your change was not saved. Reload and make it again if still needed.');
  }
  const next = {
    psychVisitWeeks: input.psychVisitWeeks ?? before.psychVisitWeeks,
    injectionWindowDays: input.injectionWindowDays ?? before.injectionWindowDays,
  };
  const today = teamToday(ctx);
  for (const item of listItems(ctx).filter((i) => i.intervention === 'injection' && (i.endsOn === null || i.endsOn >= today))) {
    const problem = windowProblem(next.injectionWindowDays, injectionInterval(item.rule));
    if (problem) throw new ApiError('validation', problem);
  }
  ctx.db
    .prepare('UPDATE clinical_settings SET psych_visit_weeks = @psychVisitWeeks, injection_window_days = @injectionWindowDays, version = version + 1 WHERE id = 1')
    .run(next);
  const after = getClinicalSettings(ctx);
  ctx.audit('update', 'clinical_settings', 1, before, after);
  ctx.changed('settings');
  return after;
}

/** Sets one client's psychiatric visit interval (null: back to the team's); returns their MD board row. */
export function setClientInterval(ctx: CallContext, input: ParsedInput<'clinical.setClientInterval'>): MdBoardRow {
  const client = getClient(ctx, input.clientId);
  if (client.status === 'discharged') throw new ApiError('validation', 'This client is discharged, so the MD board no longer follows them: nothing was saved.');
  const { updated_at: updatedAt } = ctx.db.prepare('SELECT updated_at FROM clients WHERE id = ?').get(client.id) as { updated_at: string };
  checkVersion('client', { version: client.version, updatedAt }, input.version, teamTimeFormatter(ctx));
  const before = { psychVisitWeeks: ownPsychWeeks(ctx).get(client.id) ?? null };
  ctx.db
    .prepare('UPDATE clients SET psych_visit_weeks = ?, version = version + 1, updated_at = ? WHERE id = ?')
    .run(input.psychVisitWeeks, ctx.nowIso, client.id);
  ctx.audit('update', 'client', client.id, before, { psychVisitWeeks: input.psychVisitWeeks });
  ctx.changed('clients');
  return mdBoard(ctx).rows.find((r) => r.clientId === client.id)!;
}

export const clinicalHandlers: HandlersFor<'clinical.mdBoard' | 'clinical.injections' | 'clinical.updateSettings' | 'clinical.setClientInterval'> = {
  'clinical.mdBoard': (ctx) => mdBoard(ctx),
  'clinical.injections': (ctx) => injectionBoard(ctx),
  'clinical.updateSettings': updateClinicalSettings,
  'clinical.setClientInterval': setClientInterval,
};
