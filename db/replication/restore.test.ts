/** A restore from the replica replaces nothing unless the restored copy passes every check. */
import { spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBoard } from '../board';
import { DB_FILE_NAME } from '../open';
import { litestreamBinary } from './litestream';
import { restoreFromReplica } from './restore';
import { litestreamConfig } from './target';

let work: string;
let boardDir: string;
const hash = (file: string) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
const boardFile = () => path.join(boardDir, DB_FILE_NAME);

beforeAll(() => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'act-board-restore-'));
  boardDir = path.join(work, 'board');
  openBoard(boardDir, { demo: true }).close();
}, 60_000);
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

/** Lets Litestream replicate `db` to `replica` for a moment. */
async function replicateOnce(db: string, replica: string): Promise<void> {
  const config = path.join(work, `${path.basename(replica)}.yml`);
  fs.writeFileSync(config, litestreamConfig(db, { kind: 'folder', path: replica }, '100ms'));
  const child = spawn(litestreamBinary(), ['replicate', '-config', config], { stdio: 'ignore' });
  await new Promise((r) => setTimeout(r, 1500));
  child.kill('SIGTERM');
  await new Promise((r) => child.once('exit', r));
}

function expectUntouched(before: string): void {
  expect(hash(boardFile())).toBe(before);
  expect(fs.readdirSync(boardDir).filter((f) => /restoring|replaced/.test(f))).toEqual([]);
}

describe('restore from the replica', () => {
  it('refuses while a host or the app has the board open', async () => {
    const open = openBoard(boardDir);
    try {
      await expect(restoreFromReplica({ dataDir: boardDir, from: { kind: 'folder', path: path.join(work, 'none') } })).rejects.toThrow(/already open in another ACT Board/);
    } finally {
      open.close();
    }
  });

  it('says so when there is no replica there, and changes nothing', async () => {
    const before = hash(boardFile());
    await expect(restoreFromReplica({ dataDir: boardDir, from: { kind: 'folder', path: path.join(work, 'none') } })).rejects.toThrow(/There is no replica of this board at/);
    expectUntouched(before);
  });

  it('refuses a replica of something that is not an ACT Board, and keeps the board as it was', async () => {
    const foreign = path.join(work, 'foreign.sqlite');
    const db = new Database(foreign);
    db.pragma('journal_mode = WAL');
    db.exec("CREATE TABLE notes (text TEXT); INSERT INTO notes VALUES ('not a board')");
    db.close();
    await replicateOnce(foreign, path.join(work, 'foreign-replica'));
    const before = hash(boardFile());
    await expect(restoreFromReplica({ dataDir: boardDir, from: { kind: 'folder', path: path.join(work, 'foreign-replica') } })).rejects.toThrow(
      /failed its checks, so the board was not touched: .*not an ACT Board file/,
    );
    expectUntouched(before);
  }, 30_000);

  it('refuses a point in time before the replica began, in plain words', async () => {
    const replica = path.join(work, 'board-replica');
    await replicateOnce(boardFile(), replica);
    const before = hash(boardFile());
    await expect(
      restoreFromReplica({ dataDir: boardDir, from: { kind: 'folder', path: replica }, at: new Date('2020-01-01T00:00:00Z') }),
    ).rejects.toThrow(/holds nothing from before 2020-01-01T00:00:00.000Z: choose a later moment/);
    expectUntouched(before);
  }, 30_000);
});
