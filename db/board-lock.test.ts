/** One host per board file: a second app or host on the same folder refuses to start, naming who holds it. */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiError } from '../shared/api';
import { openBoard } from './board';
import { BoardLockedError, LOCK_FILE_NAME, type LockHolder, acquireBoardLock, thisProcess } from './board-lock';
import { DB_FILE_NAME } from './open';
import type { BoardService } from './service/board-service';

let dir: string;
const open: BoardService[] = [];
const children: ChildProcess[] = [];
const lockFile = () => path.join(dir, LOCK_FILE_NAME);
const holderOf = () => JSON.parse(fs.readFileSync(lockFile(), 'utf8')) as LockHolder;
const board = () => {
  const service = openBoard(dir);
  open.push(service);
  return service;
};

/** Another process that runs until killed: it "holds" the board in these tests. */
function otherProcess(): ChildProcess {
  const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], { stdio: 'ignore' });
  children.push(child);
  return child;
}

function writeLock(holder: Partial<LockHolder>): void {
  const me = thisProcess();
  const full = { pid: me.pid, host: me.host, startedAt: '2026-11-30T08:00:00.000Z', bootedAt: me.bootedAt.toISOString(), ...holder };
  fs.writeFileSync(lockFile(), JSON.stringify(full));
}

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'act-board-lock-'));
});
afterEach(() => {
  for (const s of open.splice(0)) s.close();
  for (const c of children.splice(0)) c.kill('SIGKILL');
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('one process per board file', () => {
  it('refuses a second open of the same folder, naming the folder and the process, until the first closes', () => {
    const first = board();
    expect(holderOf()).toMatchObject({ pid: process.pid, host: os.hostname() });
    let error: unknown;
    try {
      openBoard(dir);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(BoardLockedError);
    const message = (error as Error).message;
    expect(message).toContain(dir);
    expect(message).toContain(`process ${process.pid} on ${os.hostname()}`);
    expect(message).toMatch(/Only one app or host may open a board file at a time/);
    first.close();
    expect(fs.existsSync(lockFile())).toBe(false);
    board().call('staff.list', {});
  });

  it('refuses while another running process holds the lock, and takes it over once that process is gone', async () => {
    const other = otherProcess();
    writeLock({ pid: other.pid! });
    expect(() => openBoard(dir)).toThrow(new RegExp(`process ${other.pid} on `));
    expect(fs.existsSync(path.join(dir, DB_FILE_NAME))).toBe(false); // refused before the file is touched
    const exited = new Promise((resolve) => other.once('exit', resolve));
    other.kill('SIGKILL');
    await exited;
    board();
    expect(holderOf().pid).toBe(process.pid);
  });

  it('takes over a lock whose pid was reused after the machine restarted', () => {
    const other = otherProcess();
    writeLock({ pid: other.pid!, bootedAt: '2026-01-01T00:00:00.000Z' });
    board();
    expect(holderOf().pid).toBe(process.pid);
  });

  it('never takes over a lock held from another machine, and says how to clear it', () => {
    writeLock({ pid: 999_999, host: 'ward-pc-7' });
    expect(() => openBoard(dir)).toThrow(/process 999999 on ward-pc-7.*delete .*act-board\.sqlite\.lock/);
  });

  it('waits for a lock file being written; takes over one left empty by a crash', () => {
    fs.writeFileSync(lockFile(), '');
    expect(() => acquireBoardLock(dir)).toThrow(/being opened by another process right now/);
    const old = new Date(Date.now() - 60_000);
    fs.utimesSync(lockFile(), old, old);
    acquireBoardLock(dir).release();
    expect(fs.existsSync(lockFile())).toBe(false);
  });

  it('a second host on the folder refuses to start, with the reason in plain words', () => {
    board();
    const cli = path.join(__dirname, '../electron/host/cli.ts');
    const tsx = path.join(__dirname, '../node_modules/.bin/tsx');
    const run = spawnSync(tsx, [cli, '--port', '0', '--data-dir', dir], { encoding: 'utf8', timeout: 60_000 });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`The board in ${dir} is already open in another ACT Board (process ${process.pid}`);
  }, 60_000);
});

describe('write transactions begin IMMEDIATE', () => {
  it('a write that cannot get the lock is a clear retry, never "database is locked"; reads go on', () => {
    const service = board();
    service.db.pragma('busy_timeout = 50');
    const other = new Database(path.join(dir, DB_FILE_NAME));
    try {
      other.prepare('BEGIN IMMEDIATE').run();
      const before = service.call('staff.list', {});
      let error: unknown;
      try {
        service.call('staff.create', { name: 'Ana Lopez', initials: 'AL', role: 'case_manager', fte: 1, colour: '#123456' });
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(ApiError);
      expect((error as ApiError).code).toBe('conflict');
      expect((error as ApiError).message).toMatch(/^The board is busy; try again/);
      expect(service.call('staff.list', {})).toEqual(before);
      other.prepare('COMMIT').run();
      service.call('staff.create', { name: 'Ana Lopez', initials: 'AL', role: 'case_manager', fte: 1, colour: '#123456' });
      expect(service.call('staff.list', {})).toHaveLength(before.length + 1);
    } finally {
      other.close();
    }
  });
});
