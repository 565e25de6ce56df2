import { DateTime } from 'luxon';
import type { ParsedInput } from '../../shared/api';
import type { ClockFormat, MinuteOfDay, TeamSettings } from '../../shared/domain';
import { clockToken, formatClockAs } from '../../shared/time';
import { ApiError } from '../../shared/api';
import type { StateProfile } from '../../shared/state-profile';
import { parseWallSettings } from '../../shared/wall';
import { type CallContext, type ChangeTimeFormatter, checkVersion } from './context';
import type { HandlersFor } from './handler';

interface SettingsRow {
  team_name: string;
  time_zone: string;
  travel_buffer_minutes: number;
  no_contact_days: number;
  operating_start: string;
  operating_end: string;
  clock_format: ClockFormat;
  state_profile: StateProfile;
  meeting_minutes_per_client: number;
  wall: string | null;
  demo: number;
  version: number;
  updated_at: string;
}

export const DEFAULT_SETTINGS = { teamName: 'ACT Team', timeZone: 'America/New_York' };

function readRow(ctx: Pick<CallContext, 'db' | 'nowIso'>): SettingsRow {
  const row = ctx.db.prepare('SELECT * FROM settings WHERE id = 1').get() as SettingsRow | undefined;
  if (row) return row;
  ctx.db
    .prepare('INSERT INTO settings (id, team_name, time_zone, version, updated_at) VALUES (1, ?, ?, 0, ?)')
    .run(DEFAULT_SETTINGS.teamName, DEFAULT_SETTINGS.timeZone, ctx.nowIso);
  return readRow(ctx);
}

export function getSettings(ctx: Pick<CallContext, 'db' | 'nowIso'>): TeamSettings {
  const row = readRow(ctx);
  return {
    teamName: row.team_name,
    timeZone: row.time_zone,
    travelBufferMinutes: row.travel_buffer_minutes,
    noContactDays: row.no_contact_days,
    operatingStart: row.operating_start,
    operatingEnd: row.operating_end,
    clockFormat: row.clock_format,
    stateProfile: row.state_profile,
    meetingMinutesPerClient: row.meeting_minutes_per_client,
    wall: parseWallSettings(row.wall),
    demo: row.demo === 1,
    version: row.version,
  };
}

/** A minute of the day in the team's clock setting ("14:30" or "2:30 PM"), for sentences the host writes. */
export function teamClock(ctx: Pick<CallContext, 'db' | 'nowIso'>): (minute: MinuteOfDay) => string {
  const format = getSettings(ctx).clockFormat;
  return (minute) => formatClockAs(minute, format);
}

/** A stored UTC timestamp as the team reads it, in its clock setting: "10:42" today, else "Mon 23 Nov, 10:42". */
export function teamTimeFormatter(ctx: Pick<CallContext, 'db' | 'nowIso'>): ChangeTimeFormatter {
  const { timeZone: zone, clockFormat } = getSettings(ctx);
  const today = DateTime.fromISO(ctx.nowIso).setZone(zone).toISODate();
  const format: ChangeTimeFormatter = (iso) => {
    const t = DateTime.fromISO(iso).setZone(zone);
    return t.toFormat(t.toISODate() === today ? clockToken(clockFormat) : `ccc d LLL, ${clockToken(clockFormat)}`);
  };
  // The person whose audited write carries that very timestamp (same transaction, same clock reading).
  format.changedBy = (iso) =>
    (
      ctx.db
        .prepare('SELECT actor FROM audit_log WHERE at = ? AND actor_staff_id IS NOT NULL ORDER BY id DESC LIMIT 1')
        .get(iso) as { actor: string } | undefined
    )?.actor ?? null;
  return format;
}

export function updateSettings(ctx: CallContext, input: ParsedInput<'settings.update'>): TeamSettings {
  const row = readRow(ctx);
  checkVersion('team setting', { version: row.version, updatedAt: row.updated_at }, input.version, teamTimeFormatter(ctx));
  const before = getSettings(ctx);
  const operatingStart = input.operatingStart ?? row.operating_start;
  const operatingEnd = input.operatingEnd ?? row.operating_end;
  if (operatingEnd <= operatingStart) {
    throw new ApiError('validation', `Operating hours must end after they start (${operatingStart} to ${operatingEnd}).`);
  }
  ctx.db
    .prepare(
      `UPDATE settings SET team_name = ?, time_zone = ?, travel_buffer_minutes = ?, no_contact_days = ?,
       operating_start = ?, operating_end = ?, clock_format = ?, state_profile = ?,
       meeting_minutes_per_client = ?, wall = ?, version = version + 1, updated_at = ? WHERE id = 1`,
    )
    .run(
      input.teamName ?? row.team_name,
      input.timeZone ?? row.time_zone,
      input.travelBufferMinutes ?? row.travel_buffer_minutes,
      input.noContactDays ?? row.no_contact_days,
      operatingStart,
      operatingEnd,
      input.clockFormat ?? row.clock_format,
      input.stateProfile ?? row.state_profile,
      input.meetingMinutesPerClient ?? row.meeting_minutes_per_client,
      input.wall ? JSON.stringify(input.wall) : row.wall,
      ctx.nowIso,
    );
  const after = getSettings(ctx);
  ctx.audit('update', 'settings', 1, before, after);
  ctx.changed('settings');
  ctx.changed('contacts');
  return after;
}

export const settingsHandlers: HandlersFor<'settings.get' | 'settings.update'> = {
  'settings.get': (ctx) => getSettings(ctx),
  'settings.update': updateSettings,
};
