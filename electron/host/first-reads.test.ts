/**
 * Issue 16: the board page comes with its first reads, each the seat's own call (the same
 * permissions and privacy as the API), so that it draws the board without round trips.
 */
import fs from 'node:fs';
import http from 'node:http';
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

const blockIn = (html: string) => new RegExp(`<script type="application/json" id="${FIRST_READS_ELEMENT_ID}" data-as-of="([^"]*)">(.*?)</script>`).exec(html);

/** The reads in a page's HTML. */
async function readsIn(url: string, pathname = '/'): Promise<FirstRead[] | null> {
  const page = await raw(url, pathname);
  expect(page.status).toBe(200);
  const m = blockIn(page.text);
  return m ? (JSON.parse(m[2]!) as FirstRead[]) : null;
}

/** Where the host's change events stood when a page's first reads were made. */
async function markIn(url: string): Promise<string> {
  return blockIn((await raw(url, '/')).text)![1]!;
}

/** Where they stand as a live link opens: its first event. */
function markOnOpening(base: string): Promise<string> {
  const url = new URL(base);
  return new Promise((resolve, reject) => {
    const req = http.get({ host: url.hostname, port: url.port, path: '/api/events', headers: { Host: url.host } }, (res) => {
      let text = '';
      res.on('data', (c: Buffer) => {
        text += c.toString();
        const m = /event: hello\ndata: (.*)\n\n/.exec(text);
        if (!m) return;
        req.destroy();
        resolve((JSON.parse(m[1]!) as { asOf: string }).asOf);
      });
    });
    req.on('error', reject);
  });
}

/** The same call made by the same (locked) seat through the API. */
async function answer(url: string, { method, input }: FirstRead): Promise<unknown> {
  const res = await raw(url, `/api/call/${method}`, { method: 'POST', headers: { 'Content-Type': 'application/json', Origin: url }, body: JSON.stringify(input) });
  return (JSON.parse(res.text) as { result: unknown }).result;
}

describe('the board page’s first reads', () => {
  it('are what the seat would read through the API: session, settings, setup, staff, on call, and today’s board with initials (and aliases) only while locked', async () => {
    const reads = (await readsIn(host.url))!;
    expect(reads.map((r) => r.method)).toEqual(['auth.status', 'settings.get', 'setup.status', 'staff.list', 'oncall.now', 'oncall.rota', 'board.get', 'clients.profiles']);
    const day = todayIn(service.call('settings.get', {}).timeZone);
    expect(reads.find((r) => r.method === 'board.get')!.input).toEqual({ day, privateNames: true }); // the demo team shows initials while locked
    // `oncall.now` answers as of the moment it is asked: its "now" (where a stretch starts then too) is compared as such.
    const asOfNow = (result: unknown) => {
      const now = (result as { now?: unknown }).now;
      const text = JSON.stringify(result);
      return JSON.parse(typeof now === 'string' ? text.replaceAll(now, 'now') : text) as unknown;
    };
    for (const read of reads) expect(asOfNow(read.result), read.method).toEqual(asOfNow(await answer(host.url, read)));
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

  it('say where the change events stood: a live link opened with no change since is at the same mark, and one after a change is not', async () => {
    const page = await markIn(host.url);
    expect(await markOnOpening(host.url)).toBe(page);
    const staff = service.call('staff.list', {})[0]!;
    service.call('staff.update', { id: staff.id, version: staff.version, fte: staff.fte === 1 ? 0.9 : 1 });
    service.call('staff.update', { id: staff.id, version: staff.version + 1, fte: staff.fte });
    const after = await markOnOpening(host.url);
    expect(after).not.toBe(page);
    expect(await markIn(host.url)).toBe(after);
  });

  it('come with the board page only, not the wall’s or paper’s', async () => {
    expect(await readsIn(host.url, '/?view=wall')).toBeNull();
    expect(await readsIn(host.url, '/?view=print')).toBeNull();
  });
});
