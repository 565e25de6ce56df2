/** Backups in a folder that may be shared: nothing planted there is followed or deleted; files are the owner's only. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkDatabaseFile, listBackups } from './backup';
import { DB_FILE_NAME, openBoardDatabase } from './open';
import { BoardService } from './service/board-service';

let dir: string;
let backups: string;
let outside: string;
let service: BoardService;
const now = new Date('2026-11-23T14:00:00Z');
const victim = () => path.join(outside, 'victim.txt');
const modeOf = (file: string) => fs.statSync(file).mode & 0o777;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'act-board-backup-'));
  outside = fs.mkdtempSync(path.join(os.tmpdir(), 'act-board-elsewhere-'));
  backups = path.join(dir, 'backups');
  fs.mkdirSync(backups);
  fs.writeFileSync(victim(), 'not the board');
  service = new BoardService(openBoardDatabase(dir), () => now);
  service.call('staff.create', { name: 'Ana Lopez', initials: 'AL', role: 'case_manager', fte: 1, colour: '#123456' });
});
afterEach(() => {
  service.close();
  fs.rmSync(dir, { recursive: true, force: true });
  fs.rmSync(outside, { recursive: true, force: true });
});

describe('backups', () => {
  it('never write through a link planted where the backup is written', async () => {
    // The names a backup at this time would use, and their in-progress variants.
    for (const name of ['act-board-20261123-140000-manual.sqlite.partial', 'act-board-20261123-140000-manual.sqlite']) {
      fs.symlinkSync(victim(), path.join(backups, name));
    }
    const made = await service.backups.backupNow('manual');
    expect(fs.readFileSync(victim(), 'utf8')).toBe('not the board');
    expect(made.name).toBe('act-board-20261123-140000-2-manual.sqlite');
    expect(fs.lstatSync(path.join(backups, made.name)).isFile()).toBe(true);
    expect(checkDatabaseFile(path.join(backups, made.name)).ok).toBe(true);
    // The planted link is neither listed (so never restored) nor removed.
    expect(listBackups(backups).map((f) => f.name)).toEqual([made.name]);
    expect(fs.lstatSync(path.join(backups, 'act-board-20261123-140000-manual.sqlite')).isSymbolicLink()).toBe(true);
  });

  it('pruning deletes only old backups the app made: regular files with its own names', async () => {
    fs.mkdirSync(path.join(backups, 'act-board-20200101-000000-daily.sqlite'));
    fs.symlinkSync(victim(), path.join(backups, 'act-board-20200102-000000-daily.sqlite'));
    fs.writeFileSync(path.join(backups, 'act-board-20200103-000000-daily.sqlite'), 'an old backup');
    fs.writeFileSync(path.join(backups, 'act-board-20200104-000000-unknown.sqlite'), 'someone else');
    fs.writeFileSync(path.join(backups, 'notes.txt'), 'someone else');
    const made = await service.backups.backupNow('manual');
    expect(fs.readdirSync(backups).sort()).toEqual([
      'act-board-20200101-000000-daily.sqlite',
      'act-board-20200102-000000-daily.sqlite',
      'act-board-20200104-000000-unknown.sqlite',
      made.name,
      'notes.txt',
    ]);
    expect(fs.readFileSync(victim(), 'utf8')).toBe('not the board');
  });

  it('leave no -wal or -shm files beside a backup, even after checking an older one', async () => {
    const made = await service.backups.backupNow('manual');
    service.backups.checkRestorable(made.name);
    // A backup from an older version kept the board's WAL mode.
    const older = path.join(backups, 'act-board-20261101-120000-daily.sqlite');
    await service.db.backup(older);
    expect(checkDatabaseFile(older).ok).toBe(true);
    expect(fs.readdirSync(backups).sort()).toEqual([older, path.join(backups, made.name)].map((f) => path.basename(f)).sort());
    expect(fs.readdirSync(dir).filter((f) => f.startsWith('act-board-partial'))).toEqual([]);
  });

  it.skipIf(process.platform === 'win32')('are readable by the owner only, like the board file and its WAL', async () => {
    const made = await service.backups.backupNow('manual');
    expect(modeOf(path.join(backups, made.name))).toBe(0o600);
    expect(modeOf(path.join(dir, DB_FILE_NAME))).toBe(0o600);
    expect(modeOf(path.join(dir, `${DB_FILE_NAME}-wal`))).toBe(0o600);
    expect(modeOf(path.join(dir, `${DB_FILE_NAME}-shm`))).toBe(0o600);
  });

  it.skipIf(process.platform === 'win32')('a board file made readable by others is narrowed to its owner when opened', () => {
    service.close();
    fs.chmodSync(path.join(dir, DB_FILE_NAME), 0o644);
    service = new BoardService(openBoardDatabase(dir), () => now);
    expect(modeOf(path.join(dir, DB_FILE_NAME))).toBe(0o600);
  });
});
