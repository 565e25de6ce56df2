/**
 * `npm run bench`: speed and memory figures of the board, printed, never asserted
 * (timings flake on shared machines; these are for reading and comparing).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { openBoard } from '../db/board';
import type { BoardService } from '../db/service/board-service';
import { startHost } from '../electron/host/server';
import { todayIn } from '../shared/time';
import { benchDraft } from './bench-draft';

function stats(samples: number[]): string {
  const s = [...samples].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))]!.toFixed(2);
  return `p50 ${at(0.5)} ms, p95 ${at(0.95)} ms, max ${at(1)} ms (n=${s.length})`;
}

function time(fn: () => void): number {
  const t = performance.now();
  fn();
  return performance.now() - t;
}

async function timeAsync(fn: () => Promise<unknown>): Promise<number> {
  const t = performance.now();
  await fn();
  return performance.now() - t;
}

function movingContacts(service: BoardService, day: string) {
  const board = service.call('board.get', { day });
  const staffIds = board.staff.map((s) => s.id);
  return { contacts: board.contacts, staffIds };
}

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'act-board-bench-'));
  let service!: BoardService;
  const seedMs = time(() => {
    service = openBoard(dir, { demo: true });
  });
  const day = todayIn(service.call('settings.get', {}).timeZone);
  const counts = service.db.prepare('SELECT (SELECT COUNT(*) FROM clients) AS clients, (SELECT COUNT(*) FROM contacts) AS contacts').get() as { clients: number; contacts: number };
  console.log(`Demo team: ${counts.clients} clients, ${counts.contacts} contacts, created in ${seedMs.toFixed(0)} ms`);

  const reads = Array.from({ length: 300 }, () => time(() => service.call('board.get', { day })));
  console.log(`board.get (one day, in process):        ${stats(reads)}   target < 20 ms`);

  const { contacts, staffIds } = movingContacts(service, day);
  const moves = Array.from({ length: 300 }, (_, i) => {
    const c = service.call('board.get', { day }).contacts.find((x) => x.id === contacts[i % contacts.length]!.id)!;
    return time(() => service.call('contacts.move', { id: c.id, version: c.version, staffId: staffIds[i % staffIds.length]! }));
  });
  console.log(`contacts.move (durable commit):         ${stats(moves)}   target < 50 ms`);

  const host = await startHost({ service, port: 0, staticDir: path.resolve('dist/renderer') });
  // Writes over HTTP need a session: unlock as the demo admin (README, "Demo PINs").
  const admin = service.call('auth.people', {}).find((p) => p.initials === 'DW')!;
  const unlocked = await fetch(`${host.url}/api/call/auth.unlock`, {
    method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ staffId: admin.id, pin: '1001' }),
  });
  const cookie = (unlocked.headers.get('set-cookie') ?? '').split(';')[0]!;
  const post = (method: string, input: unknown) =>
    fetch(`${host.url}/api/call/${method}`, { method: 'POST', headers: { 'Content-Type': 'application/json', Cookie: cookie }, body: JSON.stringify(input) }).then((r) => r.json());

  const httpReads: number[] = [];
  for (let i = 0; i < 200; i++) httpReads.push(await timeAsync(() => post('board.get', { day })));
  console.log(`board.get over HTTP:                    ${stats(httpReads)}`);

  // A second seat listening for change events: how long from a write until it hears of it.
  const events = await fetch(`${host.url}/api/events`);
  const reader = events.body!.getReader();
  const decoder = new TextDecoder();
  const nextChange = async () => {
    for (;;) {
      const { value } = await reader.read();
      if (decoder.decode(value).includes('event: change')) return;
    }
  };
  const propagation: number[] = [];
  for (let i = 0; i < 100; i++) {
    const c = service.call('board.get', { day }).contacts[i % contacts.length]!;
    const heard = nextChange();
    const t = performance.now();
    await post('contacts.move', { id: c.id, version: c.version, staffId: staffIds[(i + 1) % staffIds.length] });
    await heard;
    propagation.push(performance.now() - t);
  }
  console.log(`move seen by another seat (HTTP + SSE): ${stats(propagation)}   target < 1000 ms`);
  await reader.cancel();

  const mem = process.memoryUsage();
  console.log(`Host process memory: RSS ${(mem.rss / 2 ** 20).toFixed(0)} MiB, heap ${(mem.heapUsed / 2 ** 20).toFixed(0)} MiB   target < 200 MiB`);
  await host.close();
  service.close();
  fs.rmSync(dir, { recursive: true, force: true });
  benchDraft(stats);
}

void main();
