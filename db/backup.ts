/**
 * Online backups with better-sqlite3's backup API: daily, at quit and on demand, into
 * a folder the team chooses, kept for a number of days. Restoring first backs up the
 * current file, then swaps the board file under the running service.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { ApiError } from '../shared/api';
import type { ChangeEvent } from '../shared/domain';
import type { BackupFile, BackupState } from '../shared/trust';
import { BACKUP_NAME_PATTERN } from '../shared/contract/trust';
import { openBoardDatabase } from './open';
import { writeAudit } from './service/context';
import type { SessionStore } from './service/sessions';
import { getTrustSettings } from './service/trust-settings';

/** What the backup manager needs of the service it backs up. */
export interface BackupTarget {
  readonly db: Database.Database;
  readonly sessions: SessionStore;
  replaceDatabase(db: Database.Database): void;
  emitChange(event: ChangeEvent): void;
}

export type BackupReason = 'manual' | 'daily' | 'quit' | 'prerestore' | 'test';

const DAY_MS = 24 * 60 * 60 * 1000;

/** `PRAGMA integrity_check` of a board file, opened read-only. */
export function checkDatabaseFile(file: string): { ok: boolean; detail: string } {
  let db: Database.Database | undefined;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    const rows = db.pragma('integrity_check') as { integrity_check: string }[];
    const messages = rows.map((r) => r.integrity_check);
    return { ok: messages.length === 1 && messages[0] === 'ok', detail: messages.slice(0, 5).join('; ') };
  } catch (err) {
    return { ok: false, detail: err instanceof Error ? err.message : String(err) };
  } finally {
    db?.close();
  }
}

function stamp(d: Date): string {
  return d.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15); // YYYYMMDD-HHMMSS
}

/** When a backup was made, from its name (UTC). */
function timeOf(name: string): string {
  const m = /^act-board-(\d{4})(\d{2})(\d{2})-(\d{2})(\d{2})(\d{2})/.exec(name);
  return m ? `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}.000Z` : '';
}

export function listBackups(dir: string): BackupFile[] {
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return [];
  }
  return names
    .filter((n) => BACKUP_NAME_PATTERN.test(n))
    .map((name) => ({
      name,
      at: timeOf(name),
      bytes: fs.statSync(path.join(dir, name)).size,
      reason: /-([a-z]+)\.sqlite$/.exec(name)![1]!,
    }))
    .sort((a, b) => b.name.localeCompare(a.name));
}

/** Copies `src` over the board file `dest` durably: temp file, fsync, rename; the old WAL goes. */
export function replaceBoardFile(src: string, dest: string): void {
  const tmp = `${dest}.restoring`;
  fs.copyFileSync(src, tmp);
  const fd = fs.openSync(tmp, 'r+');
  fs.fsyncSync(fd);
  fs.closeSync(fd);
  for (const suffix of ['-wal', '-shm']) fs.rmSync(dest + suffix, { force: true });
  fs.renameSync(tmp, dest);
}

export class BackupManager {
  private chain: Promise<unknown> = Promise.resolve();
  private pending = 0;
  restoring = false;
  lastError: string | null = null;

  constructor(
    private readonly target: BackupTarget,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  dir(): string {
    return getTrustSettings(this.target).effectiveBackupDir;
  }

  state(): BackupState {
    const dir = this.dir();
    return { dir, files: listBackups(dir), running: this.pending > 0, lastError: this.lastError };
  }

  /** One at a time, in order: a restore never overlaps a backup. */
  private enqueue<T>(job: () => Promise<T>): Promise<T> {
    this.pending++;
    const run = this.chain.then(job).finally(() => {
      this.pending--;
      this.target.emitChange({ areas: ['trust'] });
    });
    this.chain = run.catch(() => undefined);
    return run;
  }

  backupNow(reason: BackupReason, who?: { id: number; name: string } | null): Promise<BackupFile> {
    return this.enqueue(() => this.backup(reason, who ?? null));
  }

  private async backup(reason: BackupReason, who: { id: number; name: string } | null): Promise<BackupFile> {
    const dir = this.dir();
    try {
      fs.mkdirSync(dir, { recursive: true });
      const base = `act-board-${stamp(this.clock())}`;
      let name = `${base}-${reason}.sqlite`;
      for (let n = 2; fs.existsSync(path.join(dir, name)); n++) name = `${base}-${n}-${reason}.sqlite`;
      const partial = path.join(dir, `${name}.partial`);
      await this.target.db.backup(partial);
      const check = checkDatabaseFile(partial);
      if (!check.ok) throw new Error(`the copy failed its integrity check (${check.detail})`);
      fs.renameSync(partial, path.join(dir, name));
      this.prune(dir);
      this.lastError = null;
      writeAudit(this.target.db, {
        at: this.clock().toISOString(), actor: who?.name ?? 'system', actorStaffId: who?.id ?? null,
        action: 'backup', entity: 'backup', entityId: null, before: undefined, after: { name, reason },
      });
      return listBackups(dir).find((f) => f.name === name)!;
    } catch (err) {
      this.lastError = `Backup to ${dir} failed: ${err instanceof Error ? err.message : String(err)}`;
      throw new ApiError('internal', this.lastError);
    }
  }

  /** Deletes backups older than the retention period, always keeping the newest. */
  prune(dir = this.dir()): string[] {
    const { retentionDays } = getTrustSettings(this.target);
    const cutoff = this.clock().getTime() - retentionDays * DAY_MS;
    const removed = listBackups(dir)
      .slice(1)
      .filter((f) => Date.parse(f.at) < cutoff)
      .map((f) => f.name);
    for (const name of removed) fs.rmSync(path.join(dir, name), { force: true });
    return removed;
  }

  /** Checks a backup before a restore is queued: it exists here and is sound. */
  checkRestorable(name: string): string {
    const dir = this.dir();
    if (!listBackups(dir).some((f) => f.name === name)) throw new ApiError('not_found', `There is no backup "${name}" in ${dir}.`);
    const file = path.join(dir, name);
    const check = checkDatabaseFile(file);
    if (!check.ok) throw new ApiError('validation', `That backup is damaged (${check.detail}); choose another.`);
    return file;
  }

  restore(name: string, who?: { id: number; name: string } | null): Promise<void> {
    const file = this.checkRestorable(name);
    this.restoring = true;
    return this.enqueue(async () => {
      try {
        const safety = await this.backup('prerestore', who ?? null);
        const live = this.target.db.name;
        this.target.db.close();
        try {
          replaceBoardFile(file, live);
          this.target.replaceDatabase(openBoardDatabase(path.dirname(live)));
        } catch (err) {
          replaceBoardFile(path.join(path.dirname(file), safety.name), live);
          this.target.replaceDatabase(openBoardDatabase(path.dirname(live)));
          throw new ApiError('internal', `The restore failed and the board was put back as it was: ${String(err)}`);
        }
        // The restored board may hold other PINs and levels: everyone unlocks again.
        this.target.sessions.closeAll();
        writeAudit(this.target.db, {
          at: this.clock().toISOString(), actor: who?.name ?? 'system', actorStaffId: who?.id ?? null,
          action: 'restore', entity: 'backup', entityId: null, before: undefined, after: { name, safetyBackup: safety.name },
        });
        this.target.emitChange({ areas: ['contacts', 'staff', 'clients', 'settings', 'trust'] });
      } finally {
        this.restoring = false;
      }
    });
  }

  /** Backs up once a day (checked hourly; the first check soon after start). Returns a stop function. */
  startSchedule(firstCheckMs = 10_000): () => void {
    const check = () => {
      const newest = listBackups(this.dir())[0];
      if (!newest || this.clock().getTime() - Date.parse(newest.at) >= DAY_MS) {
        this.backupNow('daily').catch((err: unknown) => console.error('[backup]', err instanceof Error ? err.message : err));
      }
    };
    const first = setTimeout(check, firstCheckMs);
    const hourly = setInterval(check, 60 * 60 * 1000);
    first.unref();
    hourly.unref();
    return () => {
      clearTimeout(first);
      clearInterval(hourly);
    };
  }
}
