/**
 * The host checks the board file beside the first reads (issue 16): reads at once, no write
 * until the check has passed, and a damaged file still never takes a write.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { todayIn } from '../shared/time';
import { openBoard } from './board';
import { CorruptDatabaseError, DB_FILE_NAME, awaitsIntegrityCheck } from './open';
import type { BoardService } from './service/board-service';

let dir: string;
let service: BoardService | undefined;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'act-board-integrity-'));
  const made = openBoard(dir, { demo: true });
  made.db.pragma('wal_checkpoint(TRUNCATE)');
  made.close();
});
afterEach(() => {
  service?.close();
  service = undefined;
  fs.rmSync(dir, { recursive: true, force: true });
});

const firstContact = (s: BoardService) => {
  const day = todayIn(s.call('settings.get', {}).timeZone);
  return { day, contact: s.call('board.get', { day }).contacts[0]! };
};

it('reads at once; a write before the check has passed is refused in plain words and changes nothing; then it goes through', async () => {
  service = openBoard(dir, { checkLater: true });
  expect(awaitsIntegrityCheck(service.db)).toBe(true);
  const { day, contact } = firstContact(service);
  expect(() => service!.call('contacts.move', { id: contact.id, version: contact.version, staffId: null })).toThrow(
    /still checking the board file after starting; try again in a moment\. Your change was not saved/,
  );
  expect(service.call('board.get', { day }).contacts.find((c) => c.id === contact.id)).toEqual(contact);
  await service.integrity;
  expect(awaitsIntegrityCheck(service.db)).toBe(false);
  expect(service.call('contacts.move', { id: contact.id, version: contact.version, staffId: null }).staffId).toBeNull();
});

it('a file damaged where opening does not look: the check finds it, and the board never takes a write', async () => {
  // Scribble over an index's page, as a failing disk would: opening reads neither it nor its table.
  const raw = new Database(path.join(dir, DB_FILE_NAME));
  const pageSize = raw.pragma('page_size', { simple: true }) as number;
  const { rootpage } = raw.prepare("SELECT rootpage FROM sqlite_master WHERE name = 'contacts_by_intervention'").get() as { rootpage: number };
  raw.close();
  const fd = fs.openSync(path.join(dir, DB_FILE_NAME), 'r+');
  fs.writeSync(fd, Buffer.alloc(pageSize, 0x5a), 0, pageSize, (rootpage - 1) * pageSize);
  fs.closeSync(fd);

  service = openBoard(dir, { checkLater: true });
  await expect(service.integrity).rejects.toBeInstanceOf(CorruptDatabaseError);
  expect(awaitsIntegrityCheck(service.db)).toBe(true);
  const staff = service.call('staff.list', {})[0]!;
  expect(() => service!.call('staff.update', { id: staff.id, version: staff.version, name: 'Someone Else' })).toThrow(/Your change was not saved/);
});

it('checks first, as before, when opening must write: here the audit trail’s protection, removed with the file closed, comes back', () => {
  const raw = new Database(path.join(dir, DB_FILE_NAME));
  raw.exec('DROP TRIGGER audit_log_no_delete');
  raw.close();
  service = openBoard(dir, { checkLater: true });
  expect(awaitsIntegrityCheck(service.db)).toBe(false);
  expect(service.db.prepare("SELECT name FROM sqlite_master WHERE name = 'audit_log_no_delete'").get()).toBeTruthy();
});

it('a demo board is checked first', () => {
  service = openBoard(dir, { demo: true, checkLater: true });
  expect(awaitsIntegrityCheck(service.db)).toBe(false);
});
