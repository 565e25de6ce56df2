import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { isSealed, missingProtection, protectAuditTrail, registerAuditHash } from './audit-chain';
import { checkIntegrityNow } from './integrity-check';
import { hasPendingMigrations, migrate } from './migrate';
import { writeAudit } from './service/context';

export const DB_FILE_NAME = 'act-board.sqlite';

/** The board file is damaged: the host offers the latest good backup instead of starting. */
export class CorruptDatabaseError extends Error {
  constructor(
    readonly file: string,
    readonly detail: string,
  ) {
    super(`The board file ${file} is damaged (${detail}).`);
    this.name = 'CorruptDatabaseError';
  }
}

const CORRUPT_CODES = new Set(['SQLITE_CORRUPT', 'SQLITE_NOTADB', 'SQLITE_CORRUPT_INDEX', 'SQLITE_CORRUPT_VTAB']);

/** `npm start` runs Electron with its own build of better-sqlite3 (scripts/electron-native.mjs). */
function nativeBindingOption(): Database.Options {
  const binding = process.env.ACT_BOARD_SQLITE_BINDING;
  return binding ? { nativeBinding: binding } : {};
}

/** Board and backup files: read and written by the owner only (Windows keeps the folder's access rules). */
const OWNER_ONLY = 0o600;

/** Narrows an existing file to the owner; a file that is not there is left alone. */
export function restrictToOwner(file: string): void {
  if (process.platform === 'win32') return;
  try {
    fs.chmodSync(file, OWNER_ONLY);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
}

/** Creates `file` for the owner only, failing if anything (a file, a planted link) is already there. */
export function createOwnerOnly(file: string): void {
  fs.closeSync(fs.openSync(file, 'wx', OWNER_ONLY));
}

/**
 * The board file is made by us, owner-only, before SQLite opens it; SQLite gives its
 * -wal and -shm files the same mode. A board made by an older version is narrowed.
 */
function prepareBoardFile(file: string): void {
  try {
    createOwnerOnly(file);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    for (const f of [file, `${file}-wal`, `${file}-shm`]) restrictToOwner(f);
  }
}

/** The folder of the board file (and its lock), made for the owner only if it is new. */
export function makeDataDir(dataDir: string): void {
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
}

/** Migrates, with the audit trail sealed (migration 0005 seals older rows) and its protecting triggers in place. */
function migrateSealed(db: Database.Database): void {
  registerAuditHash(db);
  const sealed = isSealed(db);
  migrate(db);
  const restored = protectAuditTrail(db);
  if (sealed && restored.length) {
    // Someone with the file removed the trail's protection: it is back, and on the record.
    writeAudit(db, {
      at: new Date().toISOString(), actor: 'system', actorStaffId: null, action: 'protection-restored', entity: 'audit', entityId: null,
      before: undefined, after: { triggers: restored },
    });
  }
}

export interface OpenDatabaseOptions {
  /**
   * When opening writes nothing (no migration due, the audit trail's protection in place),
   * leave the integrity check to the caller (db/integrity-check.ts: the host runs it beside
   * the first reads). Until the caller has checked, the connection is `query_only`.
   */
  checkLater?: boolean;
}

/** Whether a connection opened with `checkLater` still waits for its integrity check (and so refuses writes). */
export const awaitsIntegrityCheck = (db: Database.Database): boolean => db.pragma('query_only', { simple: true }) === 1;

/** Opens (creating if needed) the team's board file in `dataDir`, checked, migrated and ready. */
export function openBoardDatabase(dataDir: string, { checkLater = false }: OpenDatabaseOptions = {}): Database.Database {
  makeDataDir(dataDir);
  const file = path.join(dataDir, DB_FILE_NAME);
  let db: Database.Database | undefined;
  try {
    prepareBoardFile(file);
    db = new Database(file, nativeBindingOption());
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    if (checkLater && !hasPendingMigrations(db) && missingProtection(db).length === 0) {
      registerAuditHash(db);
      db.pragma('query_only = ON');
      return db;
    }
    const problems = checkIntegrityNow(db);
    if (problems !== null) throw new CorruptDatabaseError(file, problems);
    migrateSealed(db);
    return db;
  } catch (err) {
    db?.close();
    const code = (err as { code?: unknown }).code;
    if (typeof code === 'string' && CORRUPT_CODES.has(code)) throw new CorruptDatabaseError(file, (err as Error).message);
    throw err;
  }
}
