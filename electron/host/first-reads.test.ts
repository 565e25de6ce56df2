/**
 * Issue 16: the board page comes with its first reads, each the seat's own call (the same
 * permissions and privacy as the API), so that it draws the board without round trips.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBoard } from '../../db/board';
import type { BoardService } from '../../db/service/board-service';
import { FIRST_READS_ELEMENT_ID, type FirstRead } from '../../shared/first-reads';
import { todayIn } from '../../shared/time';
import { type RunningHost, startHost } from './server';
import { raw } from './test-http';

let dir: string;
let service: BoardService;
let host: RunningHost;
let lan: RunningHost;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'act-board-first-'));
  const staticDir = path.join(dir, 'renderer');
  fs.mkdirSync(staticDir, { recursive: true });
  fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><html><head><title>ACT Board</title></head><body><div id="root"></div></body></html>');
  service = openBoard(path.join(dir, 'board'), { demo: true });
  host = await startHost({ service, port: 0, staticDir });
  lan = await startHost({ service, port: 0, staticDir, requireSignIn: true });
}, 60_000);
afterAll(async () => {
  await host.close();
  await lan.close();
  service.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** The reads in a page's HTML. */
async function readsIn(url: string, pathname = '/'): Promise<FirstRead[] | null> {
  const page = await raw(url, pathname);
  expect(page.status).toBe(200);
  const m = new RegExp(`<script type="application/json" id="${FIRST_READS_ELEMENT_ID}">(.*?)</script>`).exec(page.text);
  return m ? (JSON.parse(m[1]!) as FirstRead[]) : null;
}

/** The same call made by the same (locked) seat through the API. */
async function answer(url: string, { method, input }: FirstRead): Promise<unknown> {
  const res = await raw(url, `/api/call/${method}`, { method: 'POST', headers: { 'Content-Type': 'application/json', Origin: url }, body: JSON.stringify(input) });
  return (JSON.parse(res.text) as { result: unknown }).result;
}

describe('the board page’s first reads', () => {
  it('are what the seat would read through the API: session, settings, setup, staff, and today’s board with initials only while locked', async () => {
    const reads = (await readsIn(host.url))!;
    expect(reads.map((r) => r.method)).toEqual(['auth.status', 'settings.get', 'setup.status', 'staff.list', 'board.get']);
    const day = todayIn(service.call('settings.get', {}).timeZone);
    expect(reads[4]!.input).toEqual({ day, privateNames: true }); // the demo team shows initials while locked
    for (const read of reads) expect(read.result, read.method).toEqual(await answer(host.url, read));
    // No client's name reaches a locked seat's page.
    const html = (await raw(host.url, '/')).text;
    for (const c of service.call('clients.list', {})) expect(html).not.toContain(c.name);
  });

  it('leave out whatever the seat may not read: in LAN mode, without a PIN, only the session', async () => {
    const reads = (await readsIn(lan.url))!;
    expect(reads.map((r) => r.method)).toEqual(['auth.status']);
  });

  it('are answered while the board file is still checked after start (its session and board included)', async () => {
    const integrity = service.integrity;
    service.db.pragma('query_only = ON');
    service.integrity = new Promise<void>(() => {});
    try {
      expect((await readsIn(host.url))!.map((r) => r.method)).toContain('board.get');
    } finally {
      service.db.pragma('query_only = OFF');
      service.integrity = integrity;
    }
  });

  it('cannot be closed early by text in the data: a team name with </script> stays inside the data block', async () => {
    const { version, teamName } = service.call('settings.get', {});
    service.call('settings.update', { version, teamName: '</script><script>alert(1)</script>' });
    try {
      const html = (await raw(host.url, '/')).text;
      expect(html.match(/<script/g)).toHaveLength(1);
      expect((await readsIn(host.url))!.find((r) => r.method === 'settings.get')!.result).toMatchObject({ teamName: '</script><script>alert(1)</script>' });
    } finally {
      service.call('settings.update', { version: version + 1, teamName });
    }
  });

  it('come with the board page only, not the wall’s or paper’s', async () => {
    expect(await readsIn(host.url, '/?view=wall')).toBeNull();
    expect(await readsIn(host.url, '/?view=print')).toBeNull();
  });
});
