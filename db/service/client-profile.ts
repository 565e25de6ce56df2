/** What the meeting knows about a client: acuity with its reason, goals, due dates, alias, custom order. */
import type { ParsedInput } from '../../shared/api';
import type { Acuity, ClientProfile } from '../../shared/meeting';
import { getClient } from './clients';
import { type CallContext, checkVersion } from './context';
import type { HandlersFor } from './handler';
import { shownProfile } from './privacy';
import { teamTimeFormatter } from './settings';

interface ProfileRow {
  client_id: number;
  acuity: Acuity;
  acuity_reason: string;
  acuity_changed_at: string | null;
  goals_json: string;
  plan_review_due: string | null;
  last_psychiatric_visit: string | null;
  psychiatric_visit_due: string | null;
  alias: string | null;
  meeting_position: number | null;
  version: number;
  updated_at: string;
}

const toProfile = (r: ProfileRow): ClientProfile => ({
  clientId: r.client_id,
  acuity: r.acuity,
  acuityReason: r.acuity_reason,
  acuityChangedAt: r.acuity_changed_at,
  goals: JSON.parse(r.goals_json) as string[],
  planReviewDue: r.plan_review_due,
  lastPsychiatricVisit: r.last_psychiatric_visit,
  psychiatricVisitDue: r.psychiatric_visit_due,
  alias: r.alias,
  meetingPosition: r.meeting_position,
  version: r.version,
});

/** A client without a stored profile has the defaults, at version 0. */
export const defaultProfile = (clientId: number): ClientProfile => ({
  clientId,
  acuity: 'routine',
  acuityReason: '',
  acuityChangedAt: null,
  goals: [],
  planReviewDue: null,
  lastPsychiatricVisit: null,
  psychiatricVisitDue: null,
  alias: null,
  meetingPosition: null,
  version: 0,
});

export function profilesById(ctx: Pick<CallContext, 'db'>): Map<number, ClientProfile> {
  const rows = ctx.db.prepare('SELECT * FROM client_profiles').all() as ProfileRow[];
  return new Map(rows.map((r) => [r.client_id, toProfile(r)]));
}

export function listProfiles(ctx: Pick<CallContext, 'db'>): ClientProfile[] {
  const stored = profilesById(ctx);
  const ids = ctx.db.prepare('SELECT id FROM clients ORDER BY id').all() as { id: number }[];
  return ids.map(({ id }) => stored.get(id) ?? defaultProfile(id));
}

/** The stored row, created with the defaults when missing; the client must exist. */
function rowFor(ctx: CallContext, clientId: number): ProfileRow {
  getClient(ctx, clientId);
  ctx.db
    .prepare('INSERT INTO client_profiles (client_id, updated_at) VALUES (?, ?) ON CONFLICT (client_id) DO NOTHING')
    .run(clientId, ctx.nowIso);
  return ctx.db.prepare('SELECT * FROM client_profiles WHERE client_id = ?').get(clientId) as ProfileRow;
}

function writeProfile(ctx: CallContext, action: string, before: ClientProfile, next: ClientProfile): ClientProfile {
  ctx.db
    .prepare(
      `UPDATE client_profiles SET acuity = @acuity, acuity_reason = @acuityReason, acuity_changed_at = @acuityChangedAt,
       goals_json = @goals, plan_review_due = @planReviewDue, last_psychiatric_visit = @lastPsychiatricVisit,
       psychiatric_visit_due = @psychiatricVisitDue, alias = @alias, meeting_position = @meetingPosition,
       version = version + 1, updated_at = @now WHERE client_id = @clientId`,
    )
    .run({ ...next, goals: JSON.stringify(next.goals), now: ctx.nowIso });
  const after = toProfile(ctx.db.prepare('SELECT * FROM client_profiles WHERE client_id = ?').get(next.clientId) as ProfileRow);
  ctx.audit(action, 'client_profile', next.clientId, before, after);
  ctx.changed('clients');
  return after;
}

function current(ctx: CallContext, clientId: number, version: number): ClientProfile {
  const row = rowFor(ctx, clientId);
  checkVersion("client's meeting profile", { version: row.version, updatedAt: row.updated_at }, version, teamTimeFormatter(ctx));
  return toProfile(row);
}

export function setAcuity(ctx: CallContext, input: ParsedInput<'clients.setAcuity'>): ClientProfile {
  const before = current(ctx, input.clientId, input.version);
  return writeProfile(ctx, 'acuity', before, {
    ...before,
    acuity: input.acuity,
    acuityReason: input.reason,
    acuityChangedAt: ctx.nowIso,
  });
}

export function updateProfile(ctx: CallContext, input: ParsedInput<'clients.updateProfile'>): ClientProfile {
  const before = current(ctx, input.clientId, input.version);
  const { clientId: _c, version: _v, ...fields } = input;
  const next = { ...before };
  for (const [k, v] of Object.entries(fields)) if (v !== undefined) Object.assign(next, { [k]: v });
  return writeProfile(ctx, 'profile', before, next);
}

/** Saves the team's custom meeting order; clients left out lose their place. */
export function saveMeetingOrder(ctx: CallContext, input: ParsedInput<'meeting.saveOrder'>): ClientProfile[] {
  for (const id of input.clientIds) rowFor(ctx, id);
  const before = listProfiles(ctx).map((p) => [p.clientId, p.meetingPosition]);
  ctx.db.prepare('UPDATE client_profiles SET meeting_position = NULL').run();
  const place = ctx.db.prepare('UPDATE client_profiles SET meeting_position = ?, updated_at = ? WHERE client_id = ?');
  input.clientIds.forEach((id, i) => place.run(i + 1, ctx.nowIso, id));
  ctx.audit('order', 'meeting_order', null, before, input.clientIds);
  ctx.changed('clients');
  return listProfiles(ctx);
}

export const profileHandlers: HandlersFor<'clients.profiles' | 'clients.setAcuity' | 'clients.updateProfile' | 'meeting.saveOrder'> = {
  'clients.profiles': (ctx) => listProfiles(ctx).map((p) => shownProfile(ctx.privacy, p)),
  'clients.setAcuity': setAcuity,
  'clients.updateProfile': updateProfile,
  'meeting.saveOrder': saveMeetingOrder,
};
