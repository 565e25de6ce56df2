/** The board host over real HTTP: session cookies, LAN mode sign-in, and hostile requests. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contract } from '../../shared/api';
import { openBoard } from '../../db/board';
import type { BoardService } from '../../db/service/board-service';
import { HOSTILE_STRINGS } from '../../db/service/hostile';
import { type RunningHost, startHost } from './server';

let dir: string;
let service: BoardService;
let host: RunningHost;
let lan: RunningHost;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'act-board-host-'));
  service = openBoard(dir, { demo: true });
  host = await startHost({ service, port: 0, staticDir: dir });
  // LAN mode, still bound to loopback for the test.
  lan = await startHost({ service, port: 0, staticDir: dir, requireSignIn: true });
}, 60_000);
afterAll(async () => {
  await host.close();
  await lan.close();
  service.db.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const post = (h: RunningHost, method: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${h.url}/api/call/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

async function unlockOn(h: RunningHost, initials = 'MV', pin = '1003') {
  const people = (await (await post(h, 'auth.people', {})).json()) as { result: { id: number; initials: string }[] };
  const id = people.result.find((p) => p.initials === initials)!.id;
  return post(h, 'auth.unlock', { staffId: id, pin });
}

describe('sessions over HTTP', () => {
  it('unlocking sets an HttpOnly, SameSite=Strict cookie and never shows the token to the page', async () => {
    const res = await unlockOn(host);
    const cookie = res.headers.get('set-cookie')!;
    expect(cookie).toMatch(/^act_board_session_\d+=[\w%-]+; HttpOnly; SameSite=Strict; Path=\//);
    const token = decodeURIComponent(cookie.split(';')[0]!.split('=')[1]!);
    expect(await res.text()).not.toContain(token);
    const locked = await post(host, 'contacts.delete', { id: 1, version: 0 });
    expect(locked.status).toBe(401);
    expect(((await locked.json()) as { error: { message: string } }).error.message).toBe('Unlock with your PIN to change the board.');
    const status = await post(host, 'auth.status', {}, { Cookie: cookie.split(';')[0]! });
    expect(((await status.json()) as { result: { person: { name: string } } }).result.person.name).toBe('Marisol Vega');
    const lock = await post(host, 'auth.lock', {}, { Cookie: cookie.split(';')[0]! });
    expect(lock.headers.get('set-cookie')).toMatch(/Max-Age=0/);
  });

  it('LAN mode: nothing is readable, not even change events, without a PIN', async () => {
    expect((await post(lan, 'board.get', { day: '2026-11-23' })).status).toBe(401);
    expect((await fetch(`${lan.url}/api/events`)).status).toBe(401);
    const cookie = (await unlockOn(lan)).headers.get('set-cookie')!.split(';')[0]!;
    expect((await post(lan, 'board.get', { day: '2026-11-23' }, { Cookie: cookie })).status).toBe(200);
    const events = await fetch(`${lan.url}/api/events`, { headers: { Cookie: cookie } });
    expect(events.status).toBe(200);
    await events.body?.cancel();
  });

  it('refuses calls from another origin', async () => {
    const res = await post(host, 'board.get', { day: '2026-11-23' }, { Origin: 'http://evil.example' });
    expect(res.status).toBe(403);
  });
});

describe('the host under hostile requests', () => {
  it('answers every request with JSON and keeps running', async () => {
    const methods = [...Object.keys(contract), 'nope', '__proto__', '../etc', 'auth.unlock%00', ''];
    const cookie = (await unlockOn(host, 'DW', '1001')).headers.get('set-cookie')!.split(';')[0]!;
    const body = fc.oneof(
      fc.constantFrom(...HOSTILE_STRINGS, '{', '[]', 'null', '{"__proto__":{"x":1}}', 'x'.repeat(1_100_000)),
      fc.json(),
      fc.anything().map((v) => JSON.stringify(v) ?? 'null'),
    );
    const counts = { requests: 0, byStatus: {} as Record<number, number> };
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...methods), body, fc.boolean(), fc.oneof({ weight: 5, arbitrary: fc.constant('application/json') }, { weight: 1, arbitrary: fc.constant('text/plain') }), async (m, b, signedIn, type) => {
        const res = await fetch(`${host.url}/api/call/${encodeURIComponent(m)}`, {
          method: 'POST',
          headers: { 'Content-Type': type, ...(signedIn ? { Cookie: cookie } : {}) },
          body: b,
        });
        counts.requests++;
        counts.byStatus[res.status] = (counts.byStatus[res.status] ?? 0) + 1;
        const json = (await res.json()) as { ok: boolean; error?: { code: string } };
        return res.status !== 500 && (json.ok || json.error?.code !== 'internal');
      }),
      { numRuns: 600, seed: 5 },
    );
    const alive = await post(host, 'auth.status', {});
    expect(alive.status).toBe(200);
    const integrity = (service.db.pragma('integrity_check') as { integrity_check: string }[])[0]!.integrity_check;
    console.log(`fuzz (HTTP host): ${counts.requests} requests, statuses ${JSON.stringify(counts.byStatus)}; host alive; integrity_check: ${integrity}`);
    expect(integrity).toBe('ok');
    await service.backups.backupNow('test');
  }, 120_000);
});
