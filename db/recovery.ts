/** When the board file fails its integrity check at start: find good backups and put one in its place. */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { BackupFile } from '../shared/trust';
import { checkDatabaseFile, listBackups, readDatabaseFile, replaceBoardFile } from './backup';
import { DB_FILE_NAME, openBoardDatabase } from './open';
import { writeAudit } from './service/context';

export interface RecoveryCandidate extends BackupFile {
  path: string;
  ok: boolean;
  detail: string;
}

/** The team's chosen backup folder, if the damaged file still says which. */
function configuredBackupDir(file: string): string | null {
  let db: Database.Database | undefined;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    return (db.prepare('SELECT backup_dir FROM trust_settings WHERE id = 1').get() as { backup_dir: string | null } | undefined)?.backup_dir ?? null;
  } catch {
    return null;
  } finally {
    db?.close();
  }
}

/** Backups newest first, each checked; `extraDirs` are searched too. */
export function recoveryCandidates(dataDir: string, extraDirs: string[] = [], max = 20): RecoveryCandidate[] {
  const dirs = [path.join(dataDir, 'backups'), configuredBackupDir(path.join(dataDir, DB_FILE_NAME)), ...extraDirs];
  const unique = [...new Set(dirs.filter((d): d is string => typeof d === 'string'))];
  return unique
    .flatMap((dir) => listBackups(dir).map((f) => ({ ...f, path: path.join(dir, f.name) })))
    .sort((a, b) => b.at.localeCompare(a.at))
    .slice(0, max)
    .map((f) => ({ ...f, ...checkDatabaseFile(f.path) }));
}

/** Keeps the damaged file (renamed, never deleted) and puts the backup in its place. */
export function restoreForRecovery(dataDir: string, backupPath: string, now = new Date()): string {
  const check = checkDatabaseFile(backupPath);
  if (!check.ok) throw new Error(`That backup is damaged too (${check.detail}).`);
  const kept = putInPlace(dataDir, backupPath, 'damaged', now);
  recordRestore(dataDir, now, { name: path.basename(backupPath), recovery: true, damagedFileKeptAs: kept && path.basename(kept) });
  return kept ?? '';
}

/**
 * Keeps the board file (renamed `<file>.<label>-<time>` with its -wal/-shm, never deleted)
 * and puts `source` in its place. Returns the kept name, or null when there was no file.
 */
export function putInPlace(dataDir: string, source: string, label: string, now = new Date()): string | null {
  const live = path.join(dataDir, DB_FILE_NAME);
  const kept = `${live}.${label}-${now.toISOString().replace(/[:.]/g, '-')}`;
  const had = fs.existsSync(live);
  if (had) fs.renameSync(live, kept);
  for (const suffix of ['-wal', '-shm']) if (fs.existsSync(live + suffix)) fs.renameSync(live + suffix, kept + suffix);
  replaceBoardFile(source, live);
  return had ? kept : null;
}

/** The PIN hashes of the active admins in a backup: who may restore it when the board file is damaged. */
export function adminPinHashes(backupPath: string): string[] {
  return readDatabaseFile(backupPath, (db) =>
    (
      db
        .prepare(
          `SELECT a.pin_hash FROM staff_access a JOIN staff s ON s.id = a.staff_id
           WHERE a.level = 'admin' AND a.pin_hash IS NOT NULL AND s.active = 1`,
        )
        .all() as { pin_hash: string }[]
    ).map((r) => r.pin_hash),
  );
}

/** The restored board's trail says it was put back (the audit check then knows which backups it undid). */
export function recordRestore(dataDir: string, now: Date, after: Record<string, unknown>): void {
  const db = openBoardDatabase(dataDir);
  try {
    writeAudit(db, { at: now.toISOString(), actor: 'system', actorStaffId: null, action: 'restore', entity: 'backup', entityId: null, before: undefined, after });
  } finally {
    db.close();
  }
}
