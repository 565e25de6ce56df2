/** The host at start (issue 16): cacheable, gzipped assets, and writes that wait for the board file's check. */
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openBoard } from '../../db/board';
import type { BoardService } from '../../db/service/board-service';
import { todayIn } from '../../shared/time';
import { type RunningHost, startHost } from './server';
import { IMMUTABLE } from './static-files';
import { raw } from './test-http';

let dir: string;
let staticDir: string;
let service: BoardService;
let host: RunningHost;
const script = `console.log(${JSON.stringify('the board '.repeat(2000))});\n`;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'act-board-start-'));
  staticDir = path.join(dir, 'renderer');
  fs.mkdirSync(path.join(staticDir, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>ACT Board</title>');
  fs.writeFileSync(path.join(staticDir, 'assets', 'index-AbC123.js'), script);
  service = openBoard(path.join(dir, 'board'), { demo: true });
  host = await startHost({ service, port: 0, staticDir });
}, 60_000);
afterAll(async () => {
  await host.close();
  service.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** The bytes as sent (fetch would unzip them). */
function bytes(pathname: string, headers: Record<string, string>): Promise<{ encoding: string | undefined; body: Buffer }> {
  const url = new URL(host.url);
  return new Promise((resolve, reject) => {
    http
      .get({ host: url.hostname, port: url.port, path: pathname, headers }, (res) => {
        const parts: Buffer[] = [];
        res.on('data', (c: Buffer) => parts.push(c));
        res.on('end', () => resolve({ encoding: res.headers['content-encoding'], body: Buffer.concat(parts) }));
      })
      .on('error', reject);
  });
}

it('a seat keeps the built assets (named by their content) and gets them gzipped; the page itself is asked for each time', async () => {
  const page = await raw(host.url, '/');
  expect(page.headers['cache-control']).toBe('no-store');
  const first = await raw(host.url, '/assets/index-AbC123.js', { headers: { 'Accept-Encoding': 'gzip' } });
  expect(first.headers['cache-control']).toBe(IMMUTABLE);
  expect(first.text).toBe(script);
  // Gzipped once, off the event loop: from a following request on.
  let gz: Buffer = Buffer.alloc(0);
  await expect
    .poll(async () => {
      const res = await bytes('/assets/index-AbC123.js', { 'Accept-Encoding': 'gzip' });
      gz = res.encoding === 'gzip' ? res.body : Buffer.alloc(0);
      return gz.length;
    })
    .toBeGreaterThan(0);
  expect(gz.length).toBeLessThan(script.length / 10);
  expect(zlib.gunzipSync(gz).toString()).toBe(script);
  // Without gzip asked for, plain; outside the renderer's folder, nothing.
  expect((await raw(host.url, '/assets/index-AbC123.js')).headers['content-encoding']).toBeUndefined();
  expect((await raw(host.url, '/..%2f..%2fboard/act-board.sqlite')).status).toBe(404);
});

it('a change sent while the board file is still being checked waits for the check, then is saved', async () => {
  const day = todayIn(service.call('settings.get', {}).timeZone);
  const contact = service.call('board.get', { day }).contacts[0]!;
  const people = (await (await fetch(`${host.url}/api/call/auth.people`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' })).json()) as {
    result: { id: number; initials: string }[];
  };
  const unlocked = await fetch(`${host.url}/api/call/auth.unlock`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ staffId: people.result.find((p) => p.initials === 'MV')!.id, pin: '1003' }),
  });
  const cookie = unlocked.headers.get('set-cookie')!.split(';')[0]!;
  // As `openBoard` with `checkLater` leaves it: query_only until the check settles.
  let release = () => {};
  service.db.pragma('query_only = ON');
  service.integrity = new Promise<void>((resolve) => (release = resolve));
  let answered = false;
  const move = fetch(`${host.url}/api/call/contacts.move`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Cookie: cookie },
    body: JSON.stringify({ id: contact.id, version: contact.version, staffId: null }),
  }).then(async (res) => {
    answered = true;
    return { status: res.status, body: (await res.json()) as { ok: boolean } };
  });
  // Reads go on meanwhile.
  expect((await raw(host.url, '/api/call/settings.get', { method: 'POST', headers: { 'Content-Type': 'application/json', Origin: host.url }, body: '{}' })).status).toBe(200);
  expect(answered).toBe(false);
  service.db.pragma('query_only = OFF');
  release();
  const { status, body } = await move;
  expect(status).toBe(200);
  expect(body.ok).toBe(true);
  expect(service.call('board.get', { day }).contacts.find((c) => c.id === contact.id)!.staffId).toBeNull();
});
