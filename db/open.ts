import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { migrate } from './migrate';

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

/** Opens (creating if needed) the team's board file in `dataDir`, checked, migrated and ready. */
export function openBoardDatabase(dataDir: string): Database.Database {
  fs.mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, DB_FILE_NAME);
  let db: Database.Database | undefined;
  try {
    db = new Database(file, nativeBindingOption());
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    const problems = (db.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check);
    if (problems.length !== 1 || problems[0] !== 'ok') throw new CorruptDatabaseError(file, problems.slice(0, 5).join('; '));
    migrate(db);
    return db;
  } catch (err) {
    db?.close();
    const code = (err as { code?: unknown }).code;
    if (typeof code === 'string' && CORRUPT_CODES.has(code)) throw new CorruptDatabaseError(file, (err as Error).message);
    throw err;
  }
}
