/**
 * One process per board file: a lock file beside it, created exclusively (O_EXCL), that
 * names the process holding the board. Two hosts writing one file would each keep their
 * own sessions, PIN counters and backups, and race each other's writes.
 *
 * A lock left by a crashed process is taken over when that process is gone: same machine
 * and its pid no longer runs, or the machine has restarted since (a pid may be reused
 * after a restart). A lock from another machine (a shared folder) is never guessed at.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const LOCK_FILE_NAME = 'act-board.sqlite.lock';

/** What the lock file says about the process that holds the board. */
export interface LockHolder {
  pid: number;
  host: string;
  /** When that process opened the board (UTC ISO). */
  startedAt: string;
  /** When that machine last started (UTC ISO), to tell a reused pid after a restart. */
  bootedAt: string;
}

/** Another process holds the board: the message names the folder and the process. */
export class BoardLockedError extends Error {
  constructor(
    readonly dataDir: string,
    readonly holder: LockHolder | null,
    readonly lockFile: string,
  ) {
    super(lockedMessage(dataDir, holder, lockFile));
    this.name = 'BoardLockedError';
  }
}

function lockedMessage(dataDir: string, holder: LockHolder | null, lockFile: string): string {
  if (!holder) {
    return `The board in ${dataDir} is being opened by another process right now (its lock file ${lockFile} is not complete yet). Try again in a moment.`;
  }
  const who = `process ${holder.pid} on ${holder.host}, since ${holder.startedAt.replace('T', ' ').slice(0, 19)} UTC`;
  const sameMachine = holder.host === os.hostname();
  return (
    `The board in ${dataDir} is already open in another ACT Board (${who}). ` +
    'Only one app or host may open a board file at a time: use that one, or close it first.' +
    (sameMachine ? '' : ` If you are sure it no longer runs on ${holder.host}, delete ${lockFile} and start again.`)
  );
}

/** A held lock; `release` removes the lock file (once). */
export interface BoardLock {
  readonly file: string;
  readonly holder: LockHolder;
  release(): void;
}

/** What the lock needs of the running process and machine; tests pass their own. */
export interface LockEnvironment {
  pid: number;
  host: string;
  now: Date;
  bootedAt: Date;
  isRunning(pid: number): boolean;
}

/** A machine whose boot time differs by more than this has restarted. */
const BOOT_TOLERANCE_MS = 2 * 60_000;
/** A lock file still empty or unreadable after this long was left by a crash mid-write. */
const INCOMPLETE_GRACE_MS = 10_000;

export function processIsRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: it runs, as another user.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export function thisProcess(): LockEnvironment {
  const now = new Date();
  return {
    pid: process.pid,
    host: os.hostname(),
    now,
    bootedAt: new Date(now.getTime() - os.uptime() * 1000),
    isRunning: processIsRunning,
  };
}

function readHolder(file: string): LockHolder | null {
  try {
    const parsed = JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<LockHolder>;
    if (typeof parsed.pid !== 'number' || typeof parsed.host !== 'string' || typeof parsed.startedAt !== 'string') return null;
    return { pid: parsed.pid, host: parsed.host, startedAt: parsed.startedAt, bootedAt: String(parsed.bootedAt ?? '') };
  } catch {
    return null;
  }
}

/** Whether the lock was left by a process that no longer runs. */
function isStale(file: string, holder: LockHolder | null, env: LockEnvironment): boolean {
  if (!holder) {
    try {
      return env.now.getTime() - fs.statSync(file).mtimeMs > INCOMPLETE_GRACE_MS;
    } catch {
      return true;
    }
  }
  if (holder.host !== env.host) return false;
  const restarted = Math.abs(Date.parse(holder.bootedAt) - env.bootedAt.getTime()) > BOOT_TOLERANCE_MS;
  return restarted || !env.isRunning(holder.pid);
}

/** Creates the lock file only if there is none; false if there is one. */
function tryCreate(file: string, holder: LockHolder): boolean {
  let fd: number;
  try {
    fd = fs.openSync(file, 'wx', 0o600);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw err;
  }
  try {
    fs.writeSync(fd, JSON.stringify(holder));
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  return true;
}

/**
 * Moves a stale lock out of the way. The lock is renamed to a name of our own first, so
 * of two processes taking over the same stale lock only one removes it; one that moved
 * a fresh lock by mistake puts it back.
 */
function removeStale(file: string, seen: string): void {
  const aside = `${file}.stale-${crypto.randomBytes(6).toString('hex')}`;
  try {
    fs.renameSync(file, aside);
  } catch {
    return; // gone already: someone else took it over
  }
  let moved = '';
  try {
    moved = fs.readFileSync(aside, 'utf8');
  } catch {
    // unreadable: it was the stale one
  }
  if (moved !== seen) {
    try {
      fs.linkSync(aside, file);
    } catch {
      // a third process locked in between; theirs stands
    }
  }
  fs.rmSync(aside, { force: true });
}

/** Takes the board in `dataDir` for this process, or throws BoardLockedError naming who has it. */
export function acquireBoardLock(dataDir: string, env: LockEnvironment = thisProcess()): BoardLock {
  const file = path.join(dataDir, LOCK_FILE_NAME);
  const holder: LockHolder = { pid: env.pid, host: env.host, startedAt: env.now.toISOString(), bootedAt: env.bootedAt.toISOString() };
  for (let attempt = 0; attempt < 3; attempt++) {
    if (tryCreate(file, holder)) return heldLock(file, holder);
    let seen: string;
    try {
      seen = fs.readFileSync(file, 'utf8');
    } catch {
      continue; // released meanwhile
    }
    const other = readHolder(file);
    if (!isStale(file, other, env)) throw new BoardLockedError(dataDir, other, file);
    removeStale(file, seen);
  }
  throw new BoardLockedError(dataDir, readHolder(file), file);
}

function heldLock(file: string, holder: LockHolder): BoardLock {
  let held = true;
  const release = () => {
    if (!held) return;
    held = false;
    process.removeListener('exit', release);
    // Only our own lock: never remove one another process has since taken over.
    const current = readHolder(file);
    if (current?.pid === holder.pid && current.startedAt === holder.startedAt) fs.rmSync(file, { force: true });
  };
  // A process that exits without closing the board (an uncaught error) still lets go.
  process.on('exit', release);
  return { file, holder, release };
}
