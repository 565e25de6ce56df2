/**
 * Online backups with better-sqlite3's backup API: daily, at quit and on demand, into
 * a folder the team chooses, kept for a number of days. Restoring first backs up the
 * current file, then swaps the board file under the running service.
 *
 * The backup folder may be shared (a network drive), so nothing in it is trusted: a
 * backup is written into a file we create exclusively under a random name (a link
 * planted there is never followed), made self-contained (no -wal/-shm beside it),
 * checked, and only then renamed to its backup name; only regular files with the app's
 * own names are listed, restored or pruned. Backups are readable by the owner only.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { ApiError } from '../shared/api';
import type { ChangeEvent } from '../shared/domain';
import type { BackupFile, BackupState } from '../shared/trust';
import { BACKUP_NAME_PATTERN, type BACKUP_REASONS } from '../shared/contract/trust';
import { checkIntegrityNow } from './integrity-check';
import { loadMigrations } from './migrate';
import { createOwnerOnly, openBoardDatabase, restrictToOwner } from './open';
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

export type BackupReason = (typeof BACKUP_REASONS)[number];

const DAY_MS = 24 * 60 * 60 * 1000;

/** A backup being written: a random name that no backup name pattern matches. */
const PARTIAL_PATTERN = /^act-board-partial-[0-9a-f]{16}$/;

/** The -wal/-shm files SQLite keeps beside a database file. */
const sidecars = (file: string) => [`${file}-wal`, `${file}-shm`];

/**
 * Reads a board or backup file, opened read-only. A -wal/-shm that reading an older
 * backup (kept in WAL mode) creates beside it is removed again.
 */
export function readDatabaseFile<T>(file: string, read: (db: Database.Database) => T): T {
  let db: Database.Database | undefined;
  const ours = sidecars(file).filter((f) => !fs.existsSync(f));
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    return read(db);
  } finally {
    db?.close();
    for (const f of ours) fs.rmSync(f, { force: true });
  }
}

/** `PRAGMA integrity_check` of a board file, opened read-only. */
export function checkDatabaseFile(file: string): { ok: boolean; detail: string } {
  try {
    return readDatabaseFile(file, (db) => {
      const problems = checkIntegrityNow(db);
      return { ok: problems === null, detail: problems ?? 'ok' };
    });
  } catch (err) {
    return { ok: false, detail: err instanceof Error ? err.message : String(err) };
  }
}

/** A regular file (not a link, not a folder) named as the app names `pattern`'s files. */
function ownFile(dir: string, name: string, pattern: RegExp): fs.Stats | null {
  if (!pattern.test(name)) return null;
  try {
    const stat = fs.lstatSync(path.join(dir, name));
    return stat.isFile() ? stat : null;
  } catch {
    return null;
  }
}

function stamp(d: Date): string {
  return d.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15); // YYYYMMDD-HHMMSS
}

/** When a backup was made, from its name (UTC). */
export function timeOf(name: string): string {
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
    .flatMap((name) => {
      const stat = ownFile(dir, name, BACKUP_NAME_PATTERN);
      return stat ? [{ name, at: timeOf(name), bytes: stat.size, reason: /-([a-z]+)\.sqlite$/.exec(name)![1]! }] : [];
    })
    .sort((a, b) => b.name.localeCompare(a.name));
}

/** A name for a file being written in the backup folder (a backup, the downtime copy); pruned if a crash leaves it. */
export const partialName = () => `act-board-partial-${crypto.randomBytes(8).toString('hex')}`;

/** Whether anything (a file, a folder, a link, even a broken one) has this name. */
function taken(file: string): boolean {
  try {
    fs.lstatSync(file);
    return true;
  } catch {
    return false;
  }
}

/**
 * An online backup of `db` as one self-contained, checked file, staged beside the board
 * file (a folder only its owner writes to). The caller removes it.
 */
async function stageBackup(db: Database.Database): Promise<string> {
  const staged = path.join(path.dirname(db.name), partialName());
  createOwnerOnly(staged);
  try {
    await db.backup(staged);
    // The copy keeps the board's WAL mode; a backup is one file, with no -wal/-shm beside it.
    const copy = new Database(staged, { fileMustExist: true });
    try {
      copy.pragma('journal_mode = DELETE');
      const problems = (copy.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check);
      if (problems.length !== 1 || problems[0] !== 'ok') throw new Error(`the copy failed its integrity check (${problems.slice(0, 5).join('; ')})`);
    } finally {
      copy.close();
    }
  } catch (err) {
    removeWithSidecars(staged);
    throw err;
  }
  return staged;
}

function removeWithSidecars(file: string): void {
  for (const f of [file, `${file}-journal`, ...sidecars(file)]) fs.rmSync(f, { force: true });
}

/**
 * Copies `src` into a file created exclusively in `dir` (so a link planted under its name
 * fails the create instead of being followed), syncs it, then renames it to the first
 * free name `nameFor(1)`, `nameFor(2)`, ... Returns the name.
 */
function placeExclusively(src: string, dir: string, nameFor: (n: number) => string): string {
  const partial = path.join(dir, partialName());
  const out = fs.openSync(partial, 'wx', 0o600);
  try {
    const input = fs.openSync(src, 'r');
    try {
      const chunk = Buffer.alloc(1 << 20);
      for (let read; (read = fs.readSync(input, chunk, 0, chunk.length, null)) > 0; ) fs.writeSync(out, chunk, 0, read);
    } finally {
      fs.closeSync(input);
    }
    fs.fsyncSync(out);
    const written = fs.fstatSync(out);
    const there = fs.lstatSync(partial);
    if (!there.isFile() || there.ino !== written.ino || there.dev !== written.dev) {
      throw new Error('the new backup file was replaced by something else while it was written');
    }
    let name = nameFor(1);
    for (let n = 2; taken(path.join(dir, name)); n++) name = nameFor(n);
    fs.renameSync(partial, path.join(dir, name));
    return name;
  } finally {
    fs.closeSync(out);
    fs.rmSync(partial, { force: true });
  }
}

/** Copies `src` over the board file `dest` durably: temp file, fsync, rename; the old WAL goes. */
export function replaceBoardFile(src: string, dest: string): void {
  const tmp = `${dest}.restoring`;
  fs.rmSync(tmp, { force: true });
  fs.copyFileSync(src, tmp, fs.constants.COPYFILE_EXCL);
  restrictToOwner(tmp);
  const fd = fs.openSync(tmp, 'r+');
  fs.fsyncSync(fd);
  fs.closeSync(fd);
  for (const suffix of ['-wal', '-shm']) fs.rmSync(dest + suffix, { force: true });
  fs.renameSync(tmp, dest);
}

/** A folder that exists (a link to one is fine: the admin typed it). */
function existingFolder(folder: string): string {
  const dir = path.resolve(folder);
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) throw new ApiError('validation', `There is no folder ${dir}: choose one that exists (a USB stick, a network drive).`);
  return dir;
}

/**
 * A board file another ACT Board wrote, checked before it may replace this one: a sound
 * SQLite file, an ACT Board (its changes a prefix of ours), not newer than this version.
 */
export function checkBoardFile(file: string, liveFile: string): string {
  const source = path.resolve(file);
  let stat: fs.Stats;
  try {
    stat = fs.statSync(source);
  } catch {
    throw new ApiError('validation', `There is no file ${source}.`);
  }
  if (!stat.isFile()) throw new ApiError('validation', `${source} is a folder, not a board file.`);
  if (source === path.resolve(liveFile)) throw new ApiError('validation', 'That is the board file already open.');
  const check = checkDatabaseFile(source);
  if (!check.ok) throw new ApiError('validation', `${source} is not a sound board file (${check.detail}); nothing was changed.`);
  const applied = readDatabaseFile(source, (db) => {
    const hasTable = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'").get();
    return hasTable ? (db.prepare('SELECT name FROM schema_migrations ORDER BY id').all() as { name: string }[]).map((r) => r.name) : [];
  });
  const ours = loadMigrations().map((m) => m.name);
  if (applied.length === 0 || applied[0] !== ours[0]) throw new ApiError('validation', `${source} is not an ACT Board file; nothing was changed.`);
  if (applied.some((name, i) => ours[i] !== name)) {
    throw new ApiError('validation', `${source} was written by a newer version of ACT Board; update this one to open it. Nothing was changed.`);
  }
  return source;
}

export class BackupManager {
  private chain: Promise<unknown> = Promise.resolve();
  private pending = 0;
  restoring = false;
  lastError: string | null = null;
  /** Where "Save a copy of the board" last wrote, for the admin to see. */
  lastCopy: string | null = null;
  /** Run around every swap of the board file (Litestream lets go of the old file, then follows the new one). */
  private readonly swapHooks: { before(): Promise<void>; after(): Promise<void> }[] = [];

  constructor(
    private readonly target: BackupTarget,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  dir(): string {
    return getTrustSettings(this.target).effectiveBackupDir;
  }

  state(): BackupState {
    const dir = this.dir();
    return { dir, files: listBackups(dir), running: this.pending > 0, lastError: this.lastError, lastCopy: this.lastCopy, copyDir: os.homedir() };
  }

  /** `before` runs just before the board file is closed and swapped, `after` once the new one is open. */
  aroundSwap(hook: { before(): Promise<void>; after(): Promise<void> }): void {
    this.swapHooks.push(hook);
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
      fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
      const base = `act-board-${stamp(this.clock())}`;
      const staged = await stageBackup(this.target.db);
      let name: string;
      try {
        name = placeExclusively(staged, dir, (n) => (n === 1 ? `${base}-${reason}.sqlite` : `${base}-${n}-${reason}.sqlite`));
      } finally {
        removeWithSidecars(staged);
      }
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

  /**
   * Deletes backups older than the retention period, always keeping the newest, and
   * partial files a crash left over a day ago. Only the app's own regular files.
   */
  prune(dir = this.dir()): string[] {
    const { retentionDays } = getTrustSettings(this.target);
    const now = this.clock().getTime();
    const cutoff = now - retentionDays * DAY_MS;
    const removed = listBackups(dir)
      .slice(1)
      .filter((f) => Date.parse(f.at) < cutoff)
      .map((f) => f.name);
    const leftovers = fs.readdirSync(dir).filter((name) => {
      const stat = ownFile(dir, name, PARTIAL_PATTERN);
      return stat !== null && now - stat.mtimeMs > DAY_MS;
    });
    for (const name of [...removed, ...leftovers]) fs.rmSync(path.join(dir, name), { force: true });
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
    return this.replaceWith(this.checkRestorable(name), { name }, who ?? null);
  }

  /**
   * A consistent copy of the whole board in `folder`, to take to another PC: one checked,
   * self-contained file, written as backups are (never over an existing file).
   */
  saveCopy(folder: string, who?: { id: number; name: string } | null): Promise<string> {
    const dir = existingFolder(folder);
    return this.enqueue(async () => {
      try {
        const staged = await stageBackup(this.target.db);
        let name: string;
        try {
          const base = `act-board-copy-${stamp(this.clock())}`;
          name = placeExclusively(staged, dir, (n) => (n === 1 ? `${base}.sqlite` : `${base}-${n}.sqlite`));
        } finally {
          removeWithSidecars(staged);
        }
        this.lastCopy = path.join(dir, name);
        this.lastError = null;
        writeAudit(this.target.db, {
          at: this.clock().toISOString(), actor: who?.name ?? 'system', actorStaffId: who?.id ?? null,
          action: 'save_copy', entity: 'board', entityId: null, before: undefined, after: { file: this.lastCopy },
        });
        return this.lastCopy;
      } catch (err) {
        this.lastError = `Saving a copy in ${dir} failed: ${err instanceof Error ? err.message : String(err)}`;
        throw new ApiError('internal', this.lastError);
      }
    });
  }

  /** Opens another board file (a copy from another PC) in place of this one; this one is backed up first. */
  openFile(file: string, who?: { id: number; name: string } | null): Promise<void> {
    const source = checkBoardFile(file, this.target.db.name);
    return this.replaceWith(source, { openedFile: path.basename(source) }, who ?? null);
  }

  /** Puts `file` in place of the board file, after a safety backup; on failure the board stays as it was. */
  private replaceWith(file: string, record: { name: string } | { openedFile: string }, who: { id: number; name: string } | null): Promise<void> {
    this.restoring = true;
    return this.enqueue(async () => {
      try {
        const safety = await this.backup('prerestore', who);
        const live = this.target.db.name;
        for (const hook of this.swapHooks) await hook.before();
        this.target.db.close();
        try {
          replaceBoardFile(file, live);
          this.target.replaceDatabase(openBoardDatabase(path.dirname(live)));
        } catch (err) {
          replaceBoardFile(path.join(this.dir(), safety.name), live);
          this.target.replaceDatabase(openBoardDatabase(path.dirname(live)));
          throw new ApiError('internal', `The board could not be replaced and was put back as it was: ${String(err)}`);
        } finally {
          for (const hook of this.swapHooks) await hook.after();
        }
        // The new board may hold other PINs and levels: everyone unlocks again.
        this.target.sessions.closeAll();
        writeAudit(this.target.db, {
          at: this.clock().toISOString(), actor: who?.name ?? 'system', actorStaffId: who?.id ?? null,
          action: 'restore', entity: 'backup', entityId: null, before: undefined, after: { ...record, safetyBackup: safety.name },
        });
        this.target.emitChange({ areas: ['contacts', 'staff', 'clients', 'settings', 'trust', 'schedules', 'meetings', 'events'] });
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
