/**
 * Restore from the replica (issue 17): to its latest state or to a moment, into a new
 * file beside the board that must pass `PRAGMA integrity_check`, the board-file checks
 * (an ACT Board, not from a newer version) and the audit chain before it replaces
 * anything. The current file is kept, renamed; the restore is recorded in the trail.
 */
import { spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { DateTime } from 'luxon';
import { findChainBreaks } from '../audit-chain';
import { checkBoardFile, readDatabaseFile } from '../backup';
import { acquireBoardLock } from '../board-lock';
import { DB_FILE_NAME, makeDataDir } from '../open';
import { putInPlace, recordRestore } from '../recovery';
import { REPLICATION_DIR, litestreamBinary, waitForLeftover } from './litestream';
import { type ReplicaTarget, describeTarget, litestreamConfig } from './target';

export interface RestoreOptions {
  dataDir: string;
  from: ReplicaTarget;
  /** The moment to restore to; absent: the latest the replica holds. */
  at?: Date;
  binary?: string;
  now?: Date;
}

export interface RestoreResult {
  /** The board file now in place. */
  file: string;
  /** Where the file it replaced was kept (null when there was none). */
  keptAs: string | null;
  /** Entries in the restored audit trail, all sealed, and the newest one's time. */
  auditEntries: number;
  newestChangeAt: string | null;
}

/** Restores the board in `dataDir` from its replica. Throws a plain message and changes nothing when a check fails. */
export async function restoreFromReplica({ dataDir, from, at, binary = litestreamBinary(), now = new Date() }: RestoreOptions): Promise<RestoreResult> {
  const dir = path.resolve(dataDir);
  makeDataDir(dir);
  // No host may have the board open while its file is replaced.
  const lock = acquireBoardLock(dir);
  const live = path.join(dir, DB_FILE_NAME);
  const work = path.join(dir, REPLICATION_DIR);
  fs.mkdirSync(work, { recursive: true, mode: 0o700 });
  const tag = crypto.randomBytes(6).toString('hex');
  const staged = path.join(dir, `act-board-restoring-${tag}.sqlite`);
  const config = path.join(work, `restore-${tag}.yml`);
  try {
    // A Litestream a crashed host left ships its last changes first.
    await waitForLeftover(work);
    fs.writeFileSync(config, litestreamConfig(live, from), { mode: 0o600 });
    const args = ['restore', '-config', config, '-no-expand-env', '-o', staged, ...(at ? ['-timestamp', at.toISOString()] : []), live];
    const { code, output } = await run(binary, args);
    if (code !== 0 || !fs.existsSync(staged)) throw new Error(restoreFailure(output, from, at));
    let checked: ReturnType<typeof checkRestored>;
    try {
      checked = checkRestored(staged, live);
    } catch (err) {
      // Litestream 0.3 now and then rebuilds a moment wrongly (benbjohnson/litestream#582); a nearby moment is usually sound.
      const hint = at
        ? ' Try a moment a few seconds earlier or later (--at).'
        : ' Try again, or restore to a moment a few seconds earlier (--at).';
      throw new Error(`${err instanceof Error ? err.message : String(err)}${hint}`, { cause: err });
    }
    const keptAs = putInPlace(dir, staged, 'replaced', now);
    recordRestore(dir, now, {
      replica: describeTarget(from), ...(at ? { pointInTime: at.toISOString() } : { latest: true }), previousFileKeptAs: keptAs && path.basename(keptAs),
    });
    return { file: live, keptAs, ...checked };
  } finally {
    // Litestream restores into `<out>.tmp` (with its -wal/-shm) before renaming it: none of it stays.
    for (const f of [staged, `${staged}.tmp`].flatMap((s) => [s, `${s}-wal`, `${s}-shm`]).concat(config)) fs.rmSync(f, { force: true });
    lock.release();
  }
}

/** A moment with its zone (a bare local time would depend on the server's zone setting). */
export function parseMoment(text: string): Date {
  const t = DateTime.fromISO(text.trim(), { setZone: true });
  if (!t.isValid || !/(Z|[+-]\d{2}:?\d{2})$/i.test(text.trim())) {
    throw new Error(`--at "${text}" must be a date and time with its zone, such as 2026-11-30T14:05:09-05:00 or 2026-11-30T19:05:09Z`);
  }
  return t.toJSDate();
}

/** Every check a restored file must pass before it may replace the board. */
function checkRestored(file: string, live: string): { auditEntries: number; newestChangeAt: string | null } {
  try {
    checkBoardFile(file, live); // integrity_check, an ACT Board, not newer than this version
  } catch (err) {
    throw new Error(`The restored copy failed its checks, so the board was not touched: ${err instanceof Error ? err.message : String(err)}`, { cause: err });
  }
  const { chain, newest } = readDatabaseFile(file, (db) => ({
    chain: findChainBreaks(db),
    newest: (db.prepare('SELECT at FROM audit_log ORDER BY id DESC LIMIT 1').get() as { at: string } | undefined)?.at ?? null,
  }));
  if (chain.breaks.length) {
    throw new Error(`The restored copy's audit trail is broken at entry ${chain.breaks[0]!.id}, so the board was not touched.`);
  }
  return { auditEntries: chain.entries, newestChangeAt: newest };
}

function restoreFailure(output: string, from: ReplicaTarget, at: Date | undefined): string {
  const where = describeTarget(from);
  if (/no matching backups|no generations|no snapshots/i.test(output)) {
    return at
      ? `The replica at ${where} holds nothing from before ${at.toISOString()}: choose a later moment.`
      : `There is no replica of this board at ${where}.`;
  }
  const last = output.trim().split('\n').pop() ?? '';
  return `Litestream could not restore from ${where}: ${last}`;
}

function run(binary: string, args: string[]): Promise<{ code: number; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(binary, args, { stdio: ['ignore', 'pipe', 'pipe'], env: process.env });
    let output = '';
    child.stdout.on('data', (b: Buffer) => (output += b.toString()));
    child.stderr.on('data', (b: Buffer) => (output += b.toString()));
    child.once('error', reject);
    child.once('exit', (code) => resolve({ code: code ?? 1, output }));
  });
}
