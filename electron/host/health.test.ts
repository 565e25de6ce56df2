/** `GET /health` over real HTTP: what monitoring sees, with no names in it. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBoard } from '../../db/board';
import type { BoardService } from '../../db/service/board-service';
import type { ReplicaStatus } from '../../shared/replication';
import { HealthCheck, type HealthReport } from './health';
import { type RunningHost, startHost } from './server';
import { raw } from './test-http';

let dir: string;
let service: BoardService;
let plain: RunningHost;
let replicating: RunningHost;
let replica: ReplicaStatus = { configured: false };

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'act-board-health-'));
  service = openBoard(dir, { demo: true });
  plain = await startHost({ service, port: 0, staticDir: dir, requireSignIn: true });
  replicating = await startHost({ service, port: 0, staticDir: dir, health: new HealthCheck(() => service.db, () => replica) });
}, 60_000);
afterAll(async () => {
  await plain.close();
  await replicating.close();
  service.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const get = async (host: RunningHost) => {
  const res = await raw(host.url, '/health');
  return { status: res.status, report: JSON.parse(res.text) as HealthReport, text: res.text };
};

describe('GET /health', () => {
  it('answers without a PIN, even where every seat must sign in, and names nobody', async () => {
    const { status, report, text } = await get(plain);
    expect(status).toBe(200);
    expect(report).toMatchObject({ status: 'ok', board: { ok: true }, replication: { configured: false } });
    expect(report.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(Date.parse(report.lastWriteAt!)).not.toBeNaN();
    const names = (service.db.prepare('SELECT name FROM staff UNION ALL SELECT name FROM clients').all() as { name: string }[]).map((r) => r.name);
    expect(names.length).toBeGreaterThan(5);
    for (const name of names) expect(text).not.toContain(name);
    expect(text).not.toContain(dir);
  });

  it('reports the replica, and is "degraded" (503) when it falls behind or fails', async () => {
    const base = { configured: true, target: '/mnt/replica', running: true, lastShippedAt: '2026-11-30T12:00:00.000Z', lastWriteAt: '2026-11-30T12:00:00.000Z', errorAt: null, restarts: 0 } as const;
    replica = { ...base, upToDate: true, lagSeconds: 0, error: null };
    const first = await get(replicating);
    let { status, report } = first;
    const { text } = first;
    expect(status).toBe(200);
    expect(report.replication).toEqual({ configured: true, running: true, lastReplicatedAt: base.lastShippedAt, upToDate: true, lagSeconds: 0, problem: false });
    expect(text).not.toContain('/mnt/replica');
    replica = { ...base, upToDate: false, lagSeconds: 75, error: null };
    ({ status, report } = await get(replicating));
    expect([status, report.status]).toEqual([503, 'degraded']);
    replica = { ...base, upToDate: false, lagSeconds: 2, error: 'The replica folder is full (no space left).' };
    ({ status, report } = await get(replicating));
    expect([status, report.status, report.replication.configured && report.replication.problem]).toEqual([503, 'degraded', true]);
  });

  it('is "failing" when the board file cannot be read', async () => {
    const closed = new HealthCheck(() => {
      throw new Error('closed for a restore');
    });
    expect(closed.report()).toMatchObject({ status: 'failing', board: { ok: false }, lastWriteAt: null });
  });

  it('takes GET only', async () => {
    expect((await raw(plain.url, '/health', { method: 'POST', body: '{}' })).status).toBe(405);
  });
});
