/** The board host over real HTTP: session cookies, LAN mode sign-in, and hostile requests. */
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contract } from '../../shared/api';
import { openBoard } from '../../db/board';
import type { BoardService } from '../../db/service/board-service';
import { HOSTILE_STRINGS } from '../../db/service/hostile';
import { MAX_STREAMS_PER_SOURCE, type RunningHost, startHost } from './server';
import { raw as rawRequest } from './test-http';

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
  service.close();
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

const raw = (h: RunningHost, path: string, options?: Parameters<typeof rawRequest>[2]) => rawRequest(h.url, path, options);

/** Opens an event stream and resolves with it once the host has answered. */
function openStream(h: RunningHost, headers: Record<string, string> = {}): Promise<http.IncomingMessage> {
  const url = new URL(h.url);
  return new Promise((resolve, reject) => {
    http.get({ host: url.hostname, port: url.port, path: '/api/events', headers }, resolve).on('error', reject);
  });
}

describe('the host answers only to its own names (DNS rebinding)', () => {
  it('refuses every request, the event stream included, that names another host', async () => {
    const port = new URL(host.url).port;
    for (const path of ['/', '/api/events']) expect((await raw(host, path, { headers: { Host: `rebind.example:${port}` } })).status).toBe(403);
    const call = await raw(host, '/api/call/auth.status', { method: 'POST', headers: { Host: `rebind.example:${port}`, 'Content-Type': 'application/json' }, body: '{}' });
    expect(call.status).toBe(403);
    // The right name on the wrong port is another host too.
    expect((await raw(host, '/', { headers: { Host: 'localhost:1' } })).status).toBe(403);
  });

  it('http://localhost:PORT works as a name and as an origin on a loopback host', async () => {
    const port = new URL(host.url).port;
    const headers = { Host: `localhost:${port}`, Origin: `http://localhost:${port}`, 'Content-Type': 'application/json' };
    const res = await raw(host, '/api/call/auth.status', { method: 'POST', headers, body: '{}' });
    expect(res.status).toBe(200);
    const cross = await raw(host, '/api/call/auth.status', { method: 'POST', headers: { ...headers, Origin: `http://localhost:${Number(port) + 1}` }, body: '{}' });
    expect(cross.status).toBe(403);
  });

  it('on every address (--lan) it answers to this machine\'s addresses and the names it was given', async () => {
    const everywhere = await startHost({ service, port: 0, host: '0.0.0.0', staticDir: dir, allowHosts: ['board.clinic.test'] });
    try {
      const port = new URL(everywhere.url).port;
      const at = (name: string) => raw(everywhere, '/api/call/auth.status', {
        method: 'POST', headers: { Host: `${name}:${port}`, Origin: `http://${name}:${port}`, 'Content-Type': 'application/json' }, body: '{}',
      });
      const lanAddress = Object.values(os.networkInterfaces()).flat().find((a) => a?.family === 'IPv4')!.address;
      expect((await at('board.clinic.test')).status).toBe(200);
      expect((await at(lanAddress)).status).toBe(200);
      expect((await at('rebind.example')).status).toBe(403);
    } finally {
      await everywhere.close();
    }
  });
});

describe('the first admin over HTTP', () => {
  it('is created from this machine without a code; through a proxy or from another computer only with the setup code', async () => {
    const freshDir = fs.mkdtempSync(path.join(os.tmpdir(), 'act-board-setup-'));
    const fresh = openBoard(freshDir);
    const h = await startHost({ service: fresh, port: 0, staticDir: freshDir });
    try {
      const viaProxy = { 'X-Forwarded-For': '192.0.2.7' };
      const status = (await (await post(h, 'auth.status', {}, viaProxy)).json()) as { result: { setupCodeRequired: boolean } };
      expect(status.result.setupCodeRequired).toBe(true);
      const refused = await post(h, 'auth.setup', { name: 'Eve', initials: 'EV', pin: '1111' }, viaProxy);
      expect(refused.status).toBe(403);
      expect(fresh.call('staff.list', {})).toEqual([]);
      const ok = await post(h, 'auth.setup', { name: 'Ada Admin', initials: 'AA', pin: '2468', setupCode: fresh.setupCode.printable! }, viaProxy);
      expect(ok.status).toBe(200);
    } finally {
      await h.close();
      fresh.close();
    }
    // The board has its admin now: nobody, not even this machine, sets up again.
    const again = openBoard(freshDir);
    const h2 = await startHost({ service: again, port: 0, staticDir: freshDir });
    try {
      expect((await post(h2, 'auth.setup', { name: 'Other', initials: 'OT', pin: '1357' })).status).toBe(403);
    } finally {
      await h2.close();
      again.close();
      fs.rmSync(freshDir, { recursive: true, force: true });
    }
  });
});

describe('the event stream and malformed requests', () => {
  it('is GET only', async () => {
    expect((await raw(host, '/api/events', { method: 'POST', body: 'x' })).status).toBe(405);
  });

  it('closes when its session locks', async () => {
    const cookie = (await unlockOn(lan)).headers.get('set-cookie')!.split(';')[0]!;
    const stream = await openStream(lan, { Cookie: cookie });
    expect(stream.statusCode).toBe(200);
    const ended = new Promise<void>((resolve) => stream.on('end', resolve).resume());
    await post(lan, 'auth.lock', {}, { Cookie: cookie });
    await ended;
  });

  it('caps the open streams from one address', async () => {
    const streams: http.IncomingMessage[] = [];
    try {
      for (let i = 0; i < MAX_STREAMS_PER_SOURCE; i++) streams.push(await openStream(host));
      expect(streams.every((s) => s.statusCode === 200)).toBe(true);
      const over = await openStream(host);
      expect(over.statusCode).toBe(503);
      over.resume();
    } finally {
      for (const s of streams) s.destroy();
    }
  });

  it('answers a call it refuses before reading the body (LAN mode, no session)', async () => {
    // Headers promise a large body that never comes: an answer proves the host did not wait for it.
    const res = await raw(lan, '/api/call/board.get', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Content-Length': '900000' },
      body: '{"day":',
      hold: true,
    });
    expect(res.status).toBe(401);
  });

  it('a malformed % escape or cookie gets 400, not 500', async () => {
    const port = new URL(host.url).port;
    expect((await raw(host, '/%E0%A4%A')).status).toBe(400);
    expect((await raw(host, '/api/call/auth.%E0', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' })).status).toBe(400);
    const cookie = { Cookie: `act_board_session_${port}=%E0%A4%A`, 'Content-Type': 'application/json' };
    expect((await raw(host, '/api/call/auth.status', { method: 'POST', headers: cookie, body: '{}' })).status).toBe(400);
    expect((await raw(host, '/api/events', { headers: cookie })).status).toBe(400);
  });

  it('serves files only from inside the renderer folder, by whole path segments', async () => {
    const site = path.join(dir, 'site');
    fs.mkdirSync(site, { recursive: true });
    fs.mkdirSync(`${site}-secret`, { recursive: true });
    fs.writeFileSync(path.join(site, 'index.html'), '<p>the board</p>');
    fs.writeFileSync(path.join(`${site}-secret`, 'secret.txt'), 'not for seats');
    const h = await startHost({ service, port: 0, staticDir: site });
    try {
      const res = await raw(h, '/..%2Fsite-secret%2Fsecret.txt');
      expect(res.text).not.toContain('not for seats');
      expect(res.status).toBe(404);
      expect((await raw(h, '/')).text).toContain('the board');
    } finally {
      await h.close();
    }
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
