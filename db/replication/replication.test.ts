/**
 * Issue 17, "Done when": the real host (bundled, as a child process) replicates to a
 * folder with Litestream; 1,000 writes; SIGKILL; the board file deleted; a restore from
 * the replica holds every acknowledged write. A point-in-time restore to a moment between
 * two writes holds the first and not the second. Takes about 20–40 s here.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type HostProcess, bundleHost, post, signInAsDemoAdmin, startHostProcess } from '../../scripts/host-process';
import { DB_FILE_NAME } from '../open';
import { REPLICATION_DIR, waitForLeftover } from './litestream';
import { restoreFromReplica } from './restore';

let work: string;
let script: string;

beforeAll(async () => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'act-board-replica-'));
  script = await bundleHost(path.join(work, 'bin'));
}, 60_000);
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface Acked {
  id: number;
  note: string;
}

async function write(host: HostProcess, cookie: string, note: string): Promise<Acked> {
  const res = await post(host.url, 'contacts.create', {
    clientId: 1, staffId: null, day: '2030-01-15', start: '09:00', end: '09:30', intervention: 'other', location: 'office', note,
  }, cookie);
  const body = (await res.json()) as { ok: boolean; result?: { id: number }; error?: { message: string } };
  if (!body.ok) throw new Error(`write refused: ${body.error?.message}`);
  return { id: body.result!.id, note };
}

function notesIn(file: string): Map<number, string> {
  const db = new Database(file, { readonly: true });
  try {
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    return new Map((db.prepare('SELECT id, note FROM contacts').all() as { id: number; note: string }[]).map((r) => [r.id, r.note]));
  } finally {
    db.close();
  }
}

describe('continuous replication with Litestream', () => {
  it('finds every acknowledged write after SIGKILL and a deleted board file; a point-in-time restore stops between two writes', async () => {
    const dataDir = path.join(work, 'data');
    const replica = path.join(work, 'replica');
    const host = await startHostProcess(script, dataDir, ['--demo', '--replicate-to', replica, '--replica-sync-interval', '100ms']);
    expect(host.output()).toContain(`replicating to ${replica}`);
    const cookie = await signInAsDemoAdmin(host.url);

    // The point-in-time pair: "first", a pause, the moment, a pause, "second".
    const first = await write(host, cookie, 'point in time: first');
    await sleep(1500);
    const moment = new Date();
    await sleep(1500);
    const second = await write(host, cookie, 'point in time: second');

    // 1,000 writes from four seats at once.
    const acked: Acked[] = [];
    let next = 0;
    await Promise.all(
      Array.from({ length: 4 }, async () => {
        while (next < 1000) acked.push(await write(host, cookie, `replicated write ${next++}`));
      }),
    );
    expect(acked).toHaveLength(1000);

    // Health and the admin's view, while it runs (no names in the health report).
    const health = await fetch(`${host.url}/health`);
    const report = (await health.json()) as { status: string; board: { ok: boolean }; replication: { configured: boolean; running: boolean } };
    expect(report.board.ok).toBe(true);
    expect(report.replication).toMatchObject({ configured: true, running: true });
    const status = (await (await post(host.url, 'replication.status', {}, cookie)).json()) as { result: { configured: boolean; target: string } };
    expect(status.result).toMatchObject({ configured: true, target: replica });

    // The crash: the host only. Litestream (its own process group) ships the rest and stops by itself.
    host.child.kill('SIGKILL');
    await host.exited;
    await waitForLeftover(path.join(dataDir, REPLICATION_DIR), 20_000);
    fs.rmSync(path.join(dataDir, DB_FILE_NAME));

    const restored = await restoreFromReplica({ dataDir, from: { kind: 'folder', path: replica } });
    const notes = notesIn(restored.file);
    const missing = [...acked, first, second].filter((a) => notes.get(a.id) !== a.note);
    expect(missing).toEqual([]);
    expect(restored.auditEntries).toBeGreaterThan(1000);

    // Into a fresh folder, as it was at the moment between the two writes.
    const earlier = await restoreFromReplica({ dataDir: path.join(work, 'earlier'), from: { kind: 'folder', path: replica }, at: moment });
    const then = notesIn(earlier.file);
    expect(then.get(first.id)).toBe(first.note);
    expect(then.has(second.id)).toBe(false);
    expect([...then.values()].some((n) => n.startsWith('replicated write'))).toBe(false);

    // The restored board opens in the host again.
    const again = await startHostProcess(script, dataDir);
    expect((await fetch(`${again.url}/health`)).status).toBe(200);
    again.child.kill('SIGTERM');
    await again.exited;
  }, 180_000);
});
