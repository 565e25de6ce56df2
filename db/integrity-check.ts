/**
 * The board file's integrity check (`PRAGMA integrity_check`), before it is used or beside it.
 *
 * At ten years the check reads about 130 MB and takes a second or more: done before the
 * host listens, it was most of the wait for the first board (issue 16). The host therefore
 * opens the board without writing to it, serves the first reads while a worker thread
 * checks the file on its own read-only connection, and only then lets anything be written
 * (until then the connection is `query_only`). A damaged file still never takes a write,
 * and the host turns to the recovery page as before.
 */
import { Worker } from 'node:worker_threads';
import type Database from 'better-sqlite3';

/** What the check found wrong (at most five lines), or null when the file is sound. */
export type IntegrityProblems = string | null;

const problemsOf = (rows: { integrity_check: string }[]): IntegrityProblems => {
  const messages = rows.map((r) => r.integrity_check);
  return messages.length === 1 && messages[0] === 'ok' ? null : messages.slice(0, 5).join('; ');
};

/** Checks an open connection's file, here and now. */
export function checkIntegrityNow(db: Database.Database): IntegrityProblems {
  return problemsOf(db.pragma('integrity_check') as { integrity_check: string }[]);
}

// Plain JavaScript run by the worker: the same in source (tsx) and in the bundled host.
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.module);
let db;
try {
  db = new Database(workerData.file, { readonly: true, fileMustExist: true, ...(workerData.binding ? { nativeBinding: workerData.binding } : {}) });
  parentPort.postMessage({ rows: db.pragma('integrity_check') });
} catch (err) {
  parentPort.postMessage({ error: String(err && err.message || err) });
} finally {
  if (db) db.close();
}
`;

/**
 * How long after opening the check begins: the first seats' first board is served before the
 * check takes a core (on a two-core computer it slowed that board three to five times).
 */
export const CHECK_AFTER_OPEN_MS = 1000;

/** Checks `file` in a worker thread, on its own read-only connection, after `delayMs`; the caller's thread stays free. */
export function checkIntegrityAside(file: string, delayMs = CHECK_AFTER_OPEN_MS): Promise<IntegrityProblems> {
  return new Promise<void>((resolve) => setTimeout(resolve, delayMs)).then(() => checkInWorker(file));
}

function checkInWorker(file: string): Promise<IntegrityProblems> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER, {
      eval: true,
      workerData: { file, module: require.resolve('better-sqlite3'), binding: process.env.ACT_BOARD_SQLITE_BINDING },
    });
    worker.once('message', (m: { rows?: { integrity_check: string }[]; error?: string }) => {
      void worker.terminate();
      if (m.rows) resolve(problemsOf(m.rows));
      else resolve(m.error ?? 'the check could not run');
    });
    worker.once('error', reject);
  });
}
