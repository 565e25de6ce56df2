/** Moving the board to another PC: "Save a copy of the board" and "Open a board file" (issue 8). */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiError } from '../shared/api';
import { checkDatabaseFile, listBackups } from './backup';
import { openBoardDatabase } from './open';
import { BoardService } from './service/board-service';

let root: string;
let usb: string;
const boards: BoardService[] = [];
const now = new Date('2026-11-23T14:00:00Z');

function board(name: string, staff: string): BoardService {
  const service = new BoardService(openBoardDatabase(path.join(root, name)), () => now);
  service.call('staff.create', { name: staff, initials: staff.slice(0, 2).toUpperCase(), role: 'case_manager', fte: 1, colour: '#123456' });
  boards.push(service);
  return service;
}
const staffNames = (service: BoardService) => service.call('staff.list', {}).map((s) => s.name);
const tables = (service: BoardService) => JSON.stringify(service.db.prepare('SELECT * FROM staff').all());

function refusal(fn: () => unknown): ApiError {
  try {
    fn();
  } catch (err) {
    if (err instanceof ApiError) return err;
    throw err;
  }
  throw new Error('not refused');
}

beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'act-board-move-'));
  usb = path.join(root, 'usb');
  fs.mkdirSync(usb);
});
afterEach(() => {
  for (const b of boards.splice(0)) b.close();
  fs.rmSync(root, { recursive: true, force: true });
});

describe('moving the board to another PC', () => {
  it('saves one consistent, owner-only copy, then opens it on another board, which is backed up first', async () => {
    const old = board('old-pc', 'Ada Fictional');
    old.call('board.saveCopy', { folder: usb });
    await old.backups.backupNow('test'); // waits for the queued copy too (one job at a time)
    const copy = old.backups.state().lastCopy!;
    expect(path.dirname(copy)).toBe(usb);
    expect(path.basename(copy)).toBe('act-board-copy-20261123-140000.sqlite');
    expect(checkDatabaseFile(copy).ok).toBe(true);
    expect(fs.existsSync(`${copy}-wal`)).toBe(false);
    if (process.platform !== 'win32') expect(fs.statSync(copy).mode & 0o777).toBe(0o600);
    expect(old.call('audit.list', { kind: 'board' }).entries.map((e) => e.action)).toEqual(['save_copy']);

    const fresh = board('new-pc', 'Temporary Admin');
    fresh.call('board.openFile', { file: copy });
    await fresh.backups.backupNow('test');
    expect(staffNames(fresh)).toEqual(['Ada Fictional']);
    // The board it replaced is kept as a backup, and the opened trail says where it came from.
    const safety = listBackups(fresh.backups.dir()).find((f) => f.reason === 'prerestore')!;
    const kept = new Database(path.join(fresh.backups.dir(), safety.name), { readonly: true });
    expect(kept.prepare('SELECT name FROM staff').all()).toEqual([{ name: 'Temporary Admin' }]);
    kept.close();
    const opened = fresh.call('audit.list', { kind: 'backup' }).entries.find((e) => e.action === 'restore')!;
    expect(JSON.parse(opened.after!)).toMatchObject({ openedFile: path.basename(copy), safetyBackup: safety.name });
    expect(fresh.call('audit.verify', {}).intact).toBe(true);
  });

  it('refuses what is not a sound ACT Board file of this version, and changes nothing', () => {
    const live = board('pc', 'Bo Invented');
    const before = tables(live);
    const text = path.join(usb, 'notes.sqlite');
    fs.writeFileSync(text, 'this is not a database');
    const other = path.join(usb, 'other-app.sqlite');
    const o = new Database(other);
    o.exec('CREATE TABLE things (id INTEGER PRIMARY KEY)');
    o.close();
    const newer = path.join(usb, 'newer.sqlite');
    const n = openBoardDatabase(path.join(root, 'newer'));
    n.prepare("INSERT INTO schema_migrations (id, name, applied_at) VALUES (9999, '9999_future.sql', 'now')").run();
    n.exec(`VACUUM INTO '${newer}'`);
    n.close();
    const cases: [string, RegExp][] = [
      [path.join(usb, 'missing.sqlite'), /There is no file/],
      [usb, /is a folder, not a board file/],
      [text, /is not a sound board file/],
      [other, /is not an ACT Board file/],
      [newer, /newer version of ACT Board/],
      [live.db.name, /already open/],
    ];
    for (const [file, message] of cases) {
      const e = refusal(() => live.call('board.openFile', { file }));
      expect(e.code, file).toBe('validation');
      expect(e.message, file).toMatch(message);
    }
    expect(refusal(() => live.call('board.saveCopy', { folder: path.join(usb, 'nope') })).message).toMatch(/There is no folder/);
    expect(refusal(() => live.call('board.saveCopy', { folder: '  ' })).code).toBe('validation');
    expect(refusal(() => live.call('board.saveCopy', { folder: '.' })).message).toMatch(/full path/);
    expect(refusal(() => live.call('board.openFile', { file: 'usb/copy.sqlite' })).message).toMatch(/full path/);
    expect(tables(live)).toBe(before);
    expect(fs.readdirSync(usb).sort()).toEqual(['newer.sqlite', 'notes.sqlite', 'other-app.sqlite']);
  });
});
