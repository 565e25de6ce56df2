/**
 * Replication beside the board's own machinery: the state Admin → Lock and backups shows,
 * and a restore from backup (which swaps the board file) while Litestream runs: the
 * replica follows the restored board, not the file it replaced.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReplicaStatus } from '../../shared/replication';
import { openBoard } from '../board';
import type { BoardService } from '../service/board-service';
import { replicateBoard } from './attach';
import type { ReplicationSupervisor } from './litestream';
import { restoreFromReplica } from './restore';

let work: string;
let board: BoardService;
let supervisor: ReplicationSupervisor;
const replica = () => path.join(work, 'replica');

beforeAll(async () => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'act-board-attach-'));
  board = openBoard(path.join(work, 'data'), { demo: true });
  supervisor = await replicateBoard(board, { kind: 'folder', path: replica() }, '100ms');
}, 60_000);
afterAll(async () => {
  await supervisor.stop();
  board.close();
  fs.rmSync(work, { recursive: true, force: true });
}, 30_000);

const status = () => board.call('replication.status', {}) as Extract<ReplicaStatus, { configured: true }>;

async function caughtUp(withinMs = 15_000): Promise<Extract<ReplicaStatus, { configured: true }>> {
  const deadline = Date.now() + withinMs;
  while (Date.now() < deadline) {
    const s = status();
    if (s.upToDate && s.lastShippedAt !== null && s.running) return s;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`the replica did not catch up: ${JSON.stringify(status())}`);
}

const write = (note: string) =>
  (board.call('contacts.create', { clientId: 1, staffId: null, day: '2030-01-15', start: '09:00', end: '09:30', intervention: 'other', location: 'office', note }) as { id: number }).id;

describe('replication beside backups and restores', () => {
  it('shows the replica catching up after each change', async () => {
    const first = await caughtUp();
    expect(first).toMatchObject({ configured: true, target: replica(), running: true, error: null, restarts: 0 });
    write('one change');
    expect(status()).toMatchObject({ upToDate: false });
    const after = await caughtUp();
    expect(Date.parse(after.lastShippedAt!)).toBeGreaterThanOrEqual(Date.parse(after.lastWriteAt!));
    expect(fs.statSync(path.join(work, 'data', 'replication', 'litestream.yml')).mode & 0o777).toBe(0o600);
  }, 60_000);

  it('follows the board through a restore from backup (Litestream lets go of the old file and starts on the new one)', async () => {
    const kept = write('before the backup');
    const backup = await board.backups.backupNow('manual');
    const undone = write('after the backup, undone by the restore');
    await caughtUp();
    const before = supervisor.pid;
    await board.backups.restore(backup.name);
    expect(supervisor.pid).not.toBe(before);
    const later = write('after the restore');
    await caughtUp();

    const { file } = await restoreFromReplica({ dataDir: path.join(work, 'copy'), from: { kind: 'folder', path: replica() } });
    const db = new Database(file, { readonly: true });
    const has = (id: number, note: string) => (db.prepare('SELECT note FROM contacts WHERE id = ?').get(id) as { note: string } | undefined)?.note === note;
    expect([has(kept, 'before the backup'), has(later, 'after the restore')]).toEqual([true, true]);
    expect(db.prepare("SELECT COUNT(*) AS n FROM contacts WHERE note = 'after the backup, undone by the restore'").get()).toEqual({ n: 0 });
    db.close();
    expect(undone).toBeGreaterThan(0);
  }, 60_000);

  it('says what is wrong when the replica folder goes away, and catches up by itself once it is back', async () => {
    await caughtUp();
    fs.rmSync(replica(), { recursive: true, force: true });
    fs.writeFileSync(replica(), 'not a folder');
    write('while the share is gone');
    const deadline = Date.now() + 20_000;
    while (status().error === null && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
    expect(status()).toMatchObject({ upToDate: false, error: expect.stringMatching(/is not a folder/) });
    fs.rmSync(replica());
    write('the share is back');
    // Litestream is restarted once the stuck write is noticed (5 sync intervals, then a check of the folder): slower on a loaded machine.
    const back = await caughtUp(60_000);
    expect(back.error).toBeNull();
  }, 120_000);
});
