/** The team's trust settings: auto-lock, privacy when locked, where backups go and for how long. */
import fs from 'node:fs';
import path from 'node:path';
import { ApiError, type ParsedInput } from '../../shared/api';
import type { TrustSettings } from '../../shared/trust';
import { type CallContext, checkVersion } from './context';
import type { HandlersFor } from './handler';
import { teamTimeFormatter } from './settings';

interface Row {
  auto_lock_minutes: number;
  privacy_when_locked: number;
  backup_dir: string | null;
  retention_days: number;
  version: number;
  updated_at: string;
}

/** Backups go beside the board file unless the team chose a folder. */
export function defaultBackupDir(db: CallContext['db']): string {
  return path.join(path.dirname(db.name), 'backups');
}

export function getTrustSettings(ctx: Pick<CallContext, 'db'>): TrustSettings {
  const r = ctx.db.prepare('SELECT * FROM trust_settings WHERE id = 1').get() as Row;
  return {
    autoLockMinutes: r.auto_lock_minutes,
    privacyWhenLocked: r.privacy_when_locked === 1,
    backupDir: r.backup_dir,
    effectiveBackupDir: r.backup_dir ?? defaultBackupDir(ctx.db),
    retentionDays: r.retention_days,
    version: r.version,
  };
}

/** A folder backups can be written to: absolute, created if missing, writable. */
function checkBackupDir(dir: string): void {
  if (!path.isAbsolute(dir)) throw new ApiError('validation', 'Backup folder must be a full path, e.g. /mnt/team-share/act-board.');
  try {
    fs.mkdirSync(dir, { recursive: true });
    const probe = path.join(dir, `.act-board-write-test-${process.pid}`);
    fs.writeFileSync(probe, 'ok');
    fs.rmSync(probe);
  } catch (err) {
    throw new ApiError('validation', `Backups cannot be written to ${dir}: ${(err as NodeJS.ErrnoException).code ?? String(err)}.`);
  }
}

export function updateTrustSettings(ctx: CallContext, input: ParsedInput<'trust.updateSettings'>): TrustSettings {
  const r = ctx.db.prepare('SELECT * FROM trust_settings WHERE id = 1').get() as Row;
  checkVersion('trust setting', { version: r.version, updatedAt: r.updated_at }, input.version, teamTimeFormatter(ctx));
  if (input.backupDir) checkBackupDir(input.backupDir);
  const before = getTrustSettings(ctx);
  ctx.db
    .prepare(
      `UPDATE trust_settings SET auto_lock_minutes = ?, privacy_when_locked = ?, backup_dir = ?, retention_days = ?,
       version = version + 1, updated_at = ? WHERE id = 1`,
    )
    .run(
      input.autoLockMinutes ?? r.auto_lock_minutes,
      input.privacyWhenLocked === undefined ? r.privacy_when_locked : input.privacyWhenLocked ? 1 : 0,
      input.backupDir === undefined ? r.backup_dir : input.backupDir,
      input.retentionDays ?? r.retention_days,
      ctx.nowIso,
    );
  const after = getTrustSettings(ctx);
  ctx.audit('update', 'trust_settings', 1, before, after);
  ctx.changed('trust');
  return after;
}

export const trustSettingsHandlers: HandlersFor<'trust.settings' | 'trust.updateSettings'> = {
  'trust.settings': (ctx) => getTrustSettings(ctx),
  'trust.updateSettings': updateTrustSettings,
};
