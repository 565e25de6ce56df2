/**
 * `npm run replication-lag [-- --rate 20 --seconds 60 --sync-interval 1s]`: how far the
 * Litestream replica trails the board under a steady write load (issue 17).
 *
 * Starts the real host replicating to a folder and writes at a steady rate through its
 * HTTP API, noting when each write was acknowledged. Afterwards it asks the replica
 * itself when each write arrived: for every WAL segment Litestream wrote (its time is the
 * file's modification time, which is also what a point-in-time restore goes by) it
 * restores the replica as of that moment and sees which writes are in it. A write's lag
 * is the time from its acknowledgement to the first segment that holds it. A restored copy
 * that fails `PRAGMA integrity_check` (Litestream 0.3.13 makes one now and then:
 * benbjohnson/litestream#582) is counted and skipped, as `npm run restore` refuses it.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import { REPLICATION_DIR, litestreamBinary, waitForLeftover } from '../db/replication/litestream';
import { bundleHost, post, signInAsDemoAdmin, startHostProcess } from './host-process';

const { values } = parseArgs({
  options: { rate: { type: 'string', default: '20' }, seconds: { type: 'string', default: '60' }, 'sync-interval': { type: 'string', default: '1s' } },
});
const RATE = Number(values.rate);
const SECONDS = Number(values.seconds);

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

/** Every WAL segment and snapshot in a file replica, with the time Litestream wrote it (ms, rounded up). */
function segmentTimes(replica: string): number[] {
  const times: number[] = [];
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, e.name);
      if (e.isDirectory()) walk(file);
      else if (/\.(wal|snapshot)\.lz4$/.test(e.name)) times.push(Math.ceil(Number(fs.statSync(file, { bigint: true }).mtimeNs / 1_000_000n)) + 1);
    }
  };
  walk(replica);
  return [...new Set(times)].sort((a, b) => a - b);
}

async function main(): Promise<void> {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'act-board-lag-'));
  const dataDir = path.join(work, 'data');
  const replica = path.join(work, 'replica');
  const script = await bundleHost(path.join(work, 'bin'));
  const host = await startHostProcess(script, dataDir, ['--demo', '--replicate-to', replica, '--replica-sync-interval', values['sync-interval']]);
  const cookie = await signInAsDemoAdmin(host.url);
  const ackedAt = new Map<number, number>();
  let late = 0;

  const started = Date.now();
  const pending: Promise<void>[] = [];
  for (let i = 0; i < RATE * SECONDS; i++) {
    const due = started + (i * 1000) / RATE;
    await new Promise((r) => setTimeout(r, Math.max(0, due - Date.now())));
    if (Date.now() - due > 1000 / RATE) late++;
    // Steady: a write goes out on time even while the one before is still being answered.
    pending.push(
      post(host.url, 'contacts.create', {
        clientId: 1 + (i % 5), staffId: null, day: '2030-01-15', start: '09:00', end: '09:30', intervention: 'other', location: 'office', note: `lag ${i}`,
      }, cookie).then(async (res) => {
        const body = (await res.json()) as { ok: boolean; result?: { id: number } };
        if (body.ok) ackedAt.set(body.result!.id, Date.now());
      }),
    );
  }
  await Promise.all(pending);
  await new Promise((r) => setTimeout(r, 3000));
  host.child.kill('SIGTERM');
  await host.exited;
  await waitForLeftover(path.join(dataDir, REPLICATION_DIR));

  const arrivedAt = new Map<number, number>();
  const out = path.join(work, 'as-of.sqlite');
  const times = segmentTimes(replica);
  let unsound = 0;
  for (const t of times) {
    fs.rmSync(out, { force: true });
    const r = spawnSync(litestreamBinary(), ['restore', '-o', out, '-timestamp', new Date(t).toISOString(), `file://${replica}`], { stdio: 'ignore' });
    if (r.status !== 0 || !fs.existsSync(out)) continue;
    const db = new Database(out, { readonly: true });
    try {
      if (db.pragma('integrity_check', { simple: true }) !== 'ok') throw new Error('integrity_check failed');
      for (const { id } of db.prepare("SELECT id FROM contacts WHERE note LIKE 'lag %'").all() as { id: number }[]) if (!arrivedAt.has(id)) arrivedAt.set(id, t);
    } catch {
      unsound++;
    } finally {
      db.close();
    }
  }

  const lags = [...ackedAt].filter(([id]) => arrivedAt.has(id)).map(([id, at]) => Math.max(0, arrivedAt.get(id)! - at)).sort((a, b) => a - b);
  const missing = ackedAt.size - lags.length;
  fs.rmSync(work, { recursive: true, force: true });
  console.log(
    `replication lag, ${RATE} writes/s for ${SECONDS} s, sync interval ${values['sync-interval']}: ${ackedAt.size} writes acknowledged ` +
      `(${late} sent late), ${times.length} segments (${unsound} restored as of their time failed integrity_check); lag p50 ${percentile(lags, 50)} ms, p95 ${percentile(lags, 95)} ms, max ${lags.at(-1)} ms; ` +
      `${missing} not found in the replica`,
  );
  if (missing) process.exit(1);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
